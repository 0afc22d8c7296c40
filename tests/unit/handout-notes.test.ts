import type { DeckSlide } from '../../scripts/lib/deck-checks/deck.ts'
import { describe, expect, it } from 'vitest'
import { checkNoteSources } from '../../scripts/lib/deck-checks/note-sources.ts'
import { deckOutline } from '../../scripts/lib/handout/deck-pdf-outline.ts'
import { evaluateBudget, median, slideInfo } from '../../scripts/lib/legibility/budget.ts'
import { splitNote } from '../../scripts/lib/notes/split-notes.ts'

function slide(no: number, raw: string, frontmatter: Record<string, unknown> = {}, title = `Slide ${no}`): DeckSlide {
  return { no, title, file: 'pages/01-x.md', line: 10 * no, raw, content: '', note: '', frontmatter, layout: undefined, level: undefined, hideInToc: false, routeAlias: undefined }
}

describe('presenter-only lines and citations in notes', () => {
  it('splits [cue] lines (also as list items) from the commentary', () => {
    const note = splitNote('First point. [src: a, b]\n[cue] look up\n- [cue] click now\n[click] Second point [src: c]\n\n\n[CUE] pause')
    expect(note.commentary).toBe('First point. [src: a, b]\nSecond point [src: c]')
    expect(note.cues).toEqual([{ line: 2, text: 'look up' }, { line: 3, text: 'click now' }, { line: 7, text: 'pause' }])
    expect(note.sourceIds).toEqual(['a', 'b', 'c'])
  })

  it('leaves lines that only mention [cue] later on', () => {
    expect(splitNote('Say “[cue]” aloud').cues).toEqual([])
  })

  it('an unknown [src:] id fails naming the file and line', () => {
    const s = slide(2, '---\nsection: X\n---\n\n# T\n\n<!--\nText [src: known, nope]\n-->')
    expect(checkNoteSources([s], ['known'])).toEqual(['pages/01-x.md:27: [src: nope] in the notes of slide 2 “Slide 2” (pages/01-x.md:20) is not in data/sources.ts'])
  })
})

describe('deck PDF outline', () => {
  it('nests slides under their part, and appendix slides under the first appendix slide', () => {
    const slides = [slide(1, ''), slide(2, '', { part: 'Part 1' }), slide(3, ''), slide(4, '', { part: 'Part 2' }), slide(5, ''), slide(6, '', { appendix: true }), slide(7, '', { appendix: true })]
    const outline = deckOutline(slides)
    expect(outline.map(i => [i.page, i.children.map(c => c.page)])).toEqual([[0, []], [1, [2]], [3, [4]], [5, [6]]])
  })
})

describe('legibility budget', () => {
  const text = (kind: 'body' | 'diagram' | 'citation' | 'footer', px: number, words: number) => ({ kind, px, words, text: 'x', path: 'p' })
  it('applies each rule and exempts footer, citations and appendix', () => {
    const infos = [slideInfo({ no: 1, title: 'A', file: 'f.md', line: 1, frontmatter: {} }), slideInfo({ no: 2, title: 'B', file: 'f.md', line: 9, frontmatter: { appendix: true } })]
    const report = evaluateBudget([
      { no: 1, texts: [text('body', 17.9, 3), text('diagram', 15, 2), text('citation', 9, 1), text('footer', 11, 60), text('body', 20, 78)] },
      { no: 2, texts: [text('body', 12, 300)] },
    ], infos)
    expect(report.violations.map(v => v.message)).toEqual([
      'slide 1 “A” (f.md:1): body text 17.9 px < 18 px: p “x”',
      'slide 1 “A” (f.md:1): diagram label 15 px < 16 px: p “x”',
      'slide 1 “A” (f.md:1): 83 visible words > 80',
      'median of 83 visible words across 1 content slides > 45 (most: slide 1 “A” (f.md:1) 83)',
    ])
    expect(median([1, 5, 3, 10])).toBe(4)
  })
})
