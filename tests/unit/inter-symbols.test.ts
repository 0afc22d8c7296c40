import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { INTER_SYMBOLS_FACES, INTER_SYMBOLS_RANGE, interSymbolsCss, interSymbolsFile } from '../../styles/fonts/inter-symbols.ts'

/** Inter's symbol faces: the deck's CSS, the handout and the notes PDF must declare the same faces and code points. */
describe('inter symbol faces', () => {
  const css = readFileSync(new URL('../../styles/inter-symbols.css', import.meta.url), 'utf8')
  const rules = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(m => m[1])

  it('the deck declares each face once, for exactly the code points the files hold, "→" among them', () => {
    expect(rules).toHaveLength(INTER_SYMBOLS_FACES.length)
    for (const face of INTER_SYMBOLS_FACES) {
      const rule = rules.find(r => r.includes(`./fonts/${face.file}`))
      expect(rule, face.file).toBeDefined()
      expect(rule).toMatch(new RegExp(`font-weight:\\s*${face.weight};`))
      expect(rule).toMatch(new RegExp(`font-style:\\s*${face.style};`))
      expect(/unicode-range:([^;]+);/.exec(rule!)?.[1].trim()).toBe(INTER_SYMBOLS_RANGE)
    }
    expect(INTER_SYMBOLS_RANGE.split(', ')).toContain('U+2192')
  })

  it('the files are in the repository (nothing fetched) and the generated rules point at them', () => {
    for (const face of INTER_SYMBOLS_FACES) {
      expect(existsSync(interSymbolsFile(face.file)), face.file).toBe(true)
      expect(readFileSync(interSymbolsFile(face.file)).subarray(0, 4).toString('latin1')).toBe('wOF2')
    }
    expect(interSymbolsCss(f => `fonts/${f}`).match(/@font-face/g)).toHaveLength(INTER_SYMBOLS_FACES.length)
  })
})
