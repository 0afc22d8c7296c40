import type { DeckDataSet } from '../../scripts/lib/deck-checks/data.ts'
import { resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkAccessibility, checkQuoteLanguages, mermaidClassPairs, paletteColourPairs } from '../../scripts/lib/deck-checks/accessibility.ts'
import { contrastRatio } from '../../scripts/lib/deck-checks/contrast.ts'
import { loadDeck } from '../../scripts/lib/deck-checks/deck.ts'
import { groupDescribed } from '../../scripts/lib/pptx/post-process.ts'
import * as deckPalette from '../../styles/palette.ts'

/**
 * The deck accessibility check (scripts/lib/deck-checks/accessibility.ts) on a fixture with planted
 * faults (tests/fixtures/a11y-faults/README.md): each must be reported at its file:line, and the
 * slide that keeps the rules must not be.
 */

const FAULTS = resolve('tests/fixtures/a11y-faults')
const PAGE = 'pages/01-faults.md'
let errors: string[]

describe('deck accessibility check on planted faults', () => {
  beforeAll(async () => {
    const deck = await loadDeck(FAULTS)
    errors = await checkAccessibility(FAULTS, deck.slides)
  })

  it('a duplicate title names both slides', () => {
    expect(errors).toContain(`slide 3 “A described diagram” (${PAGE}:17): the title is the same as slide 2's (${PAGE}:6); give each slide its own title (number repeated appendix slides, e.g. “Sources 13–24 of 156”)`)
  })

  it('an undescribed Mermaid diagram is named at its fence', () => {
    expect(errors.filter(e => e.includes(`Mermaid diagram at ${PAGE}:20`))).toEqual([
      expect.stringContaining('has no accTitle:'),
      expect.stringContaining('has no accDescr:'),
    ])
    // The described diagram on slide 2 (fence at line 8) passes.
    expect(errors.join('\n')).not.toContain(`${PAGE}:8`)
  })

  it('a low-contrast class: in a diagram at its classDef line, in the palette at its line', () => {
    expect(errors).toContain(`slide 3 “A described diagram” (${PAGE}:17): classDef pale at ${PAGE}:23 puts text #aaaaaa on #ffffff: contrast 2.32:1 < 4.5:1`)
    expect(errors).toContain('styles/palette.ts:10: Mermaid class “faint” (label on fill): #9aa4b2 on #f3f5f8 has contrast 2.31:1 < 4.5:1')
    expect(errors.join('\n')).not.toContain('“solid”')
  })

  it('a skipped heading level, vague and bare link text, text in another script without lang', () => {
    const slide4 = errors.filter(e => e.startsWith('slide 4 '))
    expect(slide4).toEqual([
      expect.stringContaining(`heading level 3 at ${PAGE}:31 follows level 1`),
      expect.stringContaining(`the link text “click here” at ${PAGE}:33`),
      expect.stringContaining(`the link text at ${PAGE}:33 is a bare address (https://example.org/bare-address)`),
      expect.stringContaining(`text in another script at ${PAGE}:35 has no lang`),
    ])
    // The same text with lang="fa" (line 37) is fine.
    expect(errors.join('\n')).not.toContain(`${PAGE}:37`)
  })

  it('reports nothing on the slide that keeps the rules', () => {
    expect(errors.filter(e => e.startsWith('slide 1 '))).toEqual([])
    expect(errors).toHaveLength(9)
  })
})

describe('the deck\'s own palette', () => {
  it('every text colour reaches 4.5:1 on its backgrounds, Mermaid classes included', () => {
    const pairs = paletteColourPairs(deckPalette)
    expect(pairs.filter(p => p.what.startsWith('Mermaid class')).length).toBeGreaterThanOrEqual(Object.keys(deckPalette.sideColours).length)
    const failing = pairs.map(p => ({ ...p, ratio: contrastRatio(p.text, p.background)! })).filter(p => p.ratio < 4.5)
    expect(failing).toEqual([])
  })

  it('reads a class\'s label colour, and the ink when a class sets none', () => {
    expect(mermaidClassPairs('.node.a rect{fill:#000000}.node.b rect{fill:#ffffff}.node.b span{color:#777777}', '#111111')).toEqual([
      { text: '#111111', background: '#000000', what: 'Mermaid class “a” (label on fill)' },
      { text: '#777777', background: '#ffffff', what: 'Mermaid class “b” (label on fill)' },
    ])
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
  })
})

describe('quotes in another language', () => {
  const data = (quotes: Record<string, unknown>[]): DeckDataSet => ({
    sources: [],
    collections: { quotes: quotes.map(q => ({ id: 'q', ...q })) },
    files: [{ path: 'data/quotes.ts', text: 'export const quotes = [\n  {\n    id: \'q\',\n  },\n]\n' }],
  })
  it('a quote in Persian script needs lang, at the record\'s line', () => {
    expect(checkQuoteLanguages(data([{ text: 'ما به دیپلماسی متعهدیم' }]))).toEqual([
      'data/quotes.ts:3: quote “q” is not in English (another script): add lang: \'<tag>\' so QuoteBlock marks it for screen readers',
    ])
    expect(checkQuoteLanguages(data([{ text: 'ما به دیپلماسی متعهدیم', lang: 'fa' }]))).toEqual([])
    expect(checkQuoteLanguages(data([{ text: 'In English', lang: 'not a tag' }]))[0]).toContain('not a language tag')
  })
})

describe('pPTX: a described diagram becomes one group with its description', () => {
  const shape = (id: number, name: string, x: number, y: number, w: number, h: number): string =>
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${name}"/></p:nvSpPr><p:spPr><a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${w}" cy="${h}"/></a:xfrm></p:spPr></p:sp>`
  const xml = `<p:spTree>${shape(2, 'Text 1.1', 0, 0, 10, 10)}${shape(3, 'Shape 1.2', 100, 50, 20, 20)}${shape(4, 'Text 1.3', 110, 80, 40, 5)}${shape(5, 'Text 1.4', 0, 0, 1, 1)}</p:spTree>`

  it('wraps the members, sets descr (escaped) and the union frame', () => {
    const out = groupDescribed(xml, [{ description: 'Bars: A < B & "C".', names: ['Shape 1.2', 'Text 1.3'] }])
    expect(out).toContain('<p:cNvPr id="6" name="Diagram 6" descr="Bars: A &lt; B &amp; &quot;C&quot;."/>')
    expect(out).toContain('<a:off x="100" y="50"/><a:ext cx="50" cy="35"/><a:chOff x="100" y="50"/><a:chExt cx="50" cy="35"/>')
    expect(out.indexOf('<p:grpSp>')).toBeGreaterThan(out.indexOf('name="Text 1.1"'))
    expect(out.indexOf('</p:grpSp>')).toBeGreaterThan(out.indexOf('name="Text 1.3"'))
    expect(out.indexOf('</p:grpSp>')).toBeLessThan(out.indexOf('name="Text 1.4"'))
  })

  it('refuses a group whose shapes are missing', () => {
    expect(() => groupDescribed(xml, [{ description: 'x', names: ['Shape 9.9'] }])).toThrow(/found 0 of its 1 shapes/)
  })
})
