import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { deckRoot } from './support/deck-root.ts'

// A component added to components/ without a test of its own should turn the suite red.
it('every component in components/ is mounted by a component test', () => {
  const components = readdirSync(join(deckRoot, 'components')).filter(f => f.endsWith('.vue')).map(f => f.slice(0, -4))
  const testDir = join(deckRoot, 'tests/unit')
  const tested = new Set(readdirSync(testDir)
    .filter(f => /^components-.*\.test\.ts$/.test(f))
    .flatMap(f => [...readFileSync(join(testDir, f), 'utf8').matchAll(/deckComponent\('(\w+)'\)/g)].map(m => m[1])))
  expect(components.filter(c => !tested.has(c))).toEqual([])
})
