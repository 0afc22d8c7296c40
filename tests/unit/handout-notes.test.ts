import type { DeckSlide } from '../../scripts/lib/deck-checks/deck.ts'
import { describe, expect, it } from 'vitest'
import { checkCorePath } from '../../scripts/lib/deck-checks/core-path.ts'
import { checkNoteSources } from '../../scripts/lib/deck-checks/note-sources.ts'
import { deckOutline } from '../../scripts/lib/handout/deck-pdf-outline.ts'
import { evaluateBudget, median, slideInfo } from '../../scripts/lib/legibility/budget.ts'
import { splitNote, spokenWords } from '../../scripts/lib/notes/split-notes.ts'
import { clock, timeCorePath } from '../../scripts/lib/notes/timing.ts'

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

  it('keeps the script, the cues and the handout-only detail apart', () => {
    const note = splitNote('We say this. [src: a]\n[cue] pause\nAnd this.\n[handout]\nDetail for readers [src: b]\n[cue] late cue')
    expect(note.script).toBe('We say this.\nAnd this.')
    expect(note.presenter).toBe('We say this.\n[cue] pause\nAnd this.')
    expect(note.detail).toBe('Detail for readers [src: b]')
    expect(note.commentary).toBe('We say this. [src: a]\nAnd this.\n\nDetail for readers [src: b]')
    expect(note.sourceIds).toEqual(['a', 'b'])
    expect(spokenWords(note.script)).toBe(5)
  })

  it('times the core path up to the Backup divider, and the short cut without optional slides', () => {
    const words = (n: number) => Array.from({ length: n }).fill('word').join(' ')
    const slides = [
      { no: 1, note: words(140), frontmatter: {} },
      { no: 2, note: `${words(70)}\n[handout]\n${words(500)}`, frontmatter: { optional: true } },
      { no: 3, note: words(1000), frontmatter: { backup: true } },
    ]
    const full = timeCorePath(slides)
    expect(full.slides.map(s => s.no)).toEqual([1, 2])
    expect(full.seconds).toBe(60 + 15 + 30 + 15)
    expect(timeCorePath(slides, 'short').seconds).toBe(75)
    expect(clock(full.seconds)).toBe('2:00')
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
      { no: 1, texts: [text('body', 17.9, 3), text('diagram', 15, 2), text('citation', 9, 1), text('footer', 11, 60), text('body', 20, 78), text('diagram', 20, 99)] },
      { no: 2, texts: [text('body', 12, 300)] },
    ], infos)
    expect(report.violations.map(v => v.message)).toEqual([
      'slide 1 “A” (f.md:1): body text 17.9 px < 18 px: p “x”',
      'slide 1 “A” (f.md:1): diagram label 15 px < 16 px: p “x”',
      'slide 1 “A” (f.md:1): 81 visible words > 80',
      'slide 1 “A” (f.md:1): 101 words in figure labels > 100',
      'median of 81 visible words across 1 content slides > 45 (most: slide 1 “A” (f.md:1) 81)',
    ])
    expect(median([1, 5, 3, 10])).toBe(4)
  })
})

describe('the core path check', () => {
  const core = (no: number, fm: Record<string, unknown>, note = 'A short script.'): DeckSlide => ({ ...slide(no, ''), title: fm.backup ? 'Backup' : `Slide ${no}`, note, frontmatter: fm })
  it('passes a timed path and leaves untimed decks alone', () => {
    expect(checkCorePath([core(1, { budget: 60 }), core(2, { backup: true })], 'slides.md')).toEqual([])
    expect(checkCorePath([core(1, {}), core(2, {})], 'slides.md')).toEqual([])
  })
  it('names the slide without a budget, the overlong path and a misplaced optional', () => {
    const long = Array.from({ length: 23 }, (_, i) => core(i + 1, { budget: 30 }))
    const errors = checkCorePath([...long.slice(0, 22), core(23, {}), core(24, { backup: true }), core(25, { optional: true })], 'slides.md')
    expect(errors).toContain('slide 23 “Slide 23” (pages/01-x.md:230): a core slide needs `budget:` (seconds, a positive number) in its frontmatter')
    expect(errors).toContain('slide 24 “Backup” (pages/01-x.md:240): the core path has 23 slides before "Backup"; at most 22')
    expect(errors).toContain('slide 25 “Slide 25” (pages/01-x.md:250): `optional` only means something on the core path (before "Backup")')
    expect(errors.some(e => e.includes('budgets add up to'))).toBe(false)
  })
  it('fails a path whose scripts run over the slot', () => {
    const words = Array.from({ length: 3600 }).fill('word').join(' ')
    const errors = checkCorePath([core(1, { budget: 60 }, words), core(2, { backup: true })], 'slides.md')
    expect(errors).toEqual(['slide 2 “Backup” (pages/01-x.md:20): the core path\'s scripts read in 25:58 (3600 words at 140 a minute plus 15 s a slide), over the 25:00 slot'])
  })
})
