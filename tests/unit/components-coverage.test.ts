import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { deckRoot } from './support/deck-root.ts'

// A component added to components/ without a test of its own should turn the suite red.
it('every component in components/ is mounted by a component suite', () => {
  const components = readdirSync(join(deckRoot, 'components')).filter(f => f.endsWith('.vue')).map(f => f.slice(0, -4))
  const suites = join(deckRoot, 'tests/unit/components')
  const entry = readFileSync(join(deckRoot, 'tests/unit/components.test.ts'), 'utf8')
  const tested = new Set(readdirSync(suites)
    .filter(f => f.endsWith('.suite.ts'))
    // A suite only runs if components.test.ts imports it.
    .filter(f => entry.includes(`./components/${f}`))
    .flatMap(f => [...readFileSync(join(suites, f), 'utf8').matchAll(/deckComponent\('(\w+)'\)/g)].map(m => m[1])))
  expect(components.filter(c => !tested.has(c))).toEqual([])
})
