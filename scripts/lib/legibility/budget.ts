import type { MeasuredText, SlideMeasure } from './measure.ts'

/**
 * The legibility budget (issue 12), for slides read from the back of a room. Sizes are in canvas
 * px of the 980×552 canvas. The footer, citation markers and appendix slides are exempt from the
 * content rules; appendix slides only have to stay readable in the PDF.
 */
export const BUDGET = {
  /** Body text: anything that is not a diagram label, citation, source line or the footer. */
  bodyMinPx: 18,
  /** Diagram labels (SVG text, Mermaid through its shadow root). */
  diagramMinPx: 16,
  /** Nothing but citation markers and source lines (and the exempt footer) below this. */
  anyMinPx: 16,
  /**
   * Words of prose per slide: what the room has to read (footer, citation markers and the labels
   * of a chart, map or diagram not counted; labels are evidence to look at, held to their own cap).
   */
  maxWords: 80,
  /** Words in a slide's figures (chart, map and diagram labels): enough to label, never a text in disguise. */
  maxFigureWords: 100,
  /** Median of visible words across content slides. */
  maxMedianWords: 45,
  /** Appendix slides (the sources list): still readable when printed. */
  appendixMinPx: 11,
} as const

/** Where a slide comes from and what kind of slide it is, for messages and exemptions. */
export interface SlideInfo {
  no: number
  title: string
  /** `pages/04-rounds.md:33`. */
  location: string
  /** Frontmatter `appendix: true`: exempt from the content rules. */
  appendix: boolean
  /** A content slide: not the cover, not a section divider, not appendix. */
  content: boolean
  /** Counts toward the median: a content slide on the core path (before the "Backup" divider, if any). */
  core: boolean
}

export interface Violation {
  no: number
  message: string
}

export interface SlideWords {
  no: number
  words: number
}

export interface BudgetReport {
  violations: Violation[]
  /** Visible words per slide (appendix slides included, for the figures). */
  words: SlideWords[]
  medianWords: number
  /** Most visible words on a content slide. */
  maxWords: number
  /** Share of visible words (content slides) set below bodyMinPx, footer and citations excluded. */
  shareUnder18: number
}

export function median(values: readonly number[]): number {
  if (!values.length)
    return 0
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

function describe(info: SlideInfo): string {
  return `slide ${info.no}${info.title ? ` “${info.title}”` : ''} (${info.location})`
}

function element(t: MeasuredText): string {
  return `${t.path} “${t.text}”`
}

/** Prose the audience reads: everything but the footer, citation markers and figure labels. */
export function countedWords(texts: readonly MeasuredText[]): number {
  return texts.filter(t => t.kind !== 'footer' && t.kind !== 'citation' && t.kind !== 'diagram').reduce((n, t) => n + t.words, 0)
}

/** Words in the slide's figures: the labels of charts, maps and Mermaid diagrams. */
export function figureWords(texts: readonly MeasuredText[]): number {
  return texts.filter(t => t.kind === 'diagram').reduce((n, t) => n + t.words, 0)
}

function slideViolations(info: SlideInfo, texts: readonly MeasuredText[]): string[] {
  const out: string[] = []
  if (info.appendix) {
    for (const t of texts) {
      if (t.kind !== 'footer' && t.px < BUDGET.appendixMinPx)
        out.push(`${t.kind} text ${t.px} px < ${BUDGET.appendixMinPx} px (appendix minimum): ${element(t)}`)
    }
    return out
  }
  for (const t of texts) {
    if (t.kind === 'body' && t.px < BUDGET.bodyMinPx)
      out.push(`body text ${t.px} px < ${BUDGET.bodyMinPx} px: ${element(t)}`)
    else if (t.kind === 'diagram' && t.px < BUDGET.diagramMinPx)
      out.push(`diagram label ${t.px} px < ${BUDGET.diagramMinPx} px: ${element(t)}`)
  }
  const words = countedWords(texts)
  if (words > BUDGET.maxWords)
    out.push(`${words} visible words > ${BUDGET.maxWords}`)
  const labels = figureWords(texts)
  if (labels > BUDGET.maxFigureWords)
    out.push(`${labels} words in figure labels > ${BUDGET.maxFigureWords}`)
  return out
}

/** Checks every measured slide against the budget; `infos` must cover every measured slide. */
export function evaluateBudget(measures: readonly SlideMeasure[], infos: readonly SlideInfo[]): BudgetReport {
  const byNo = new Map(infos.map(i => [i.no, i]))
  const violations: Violation[] = []
  const words: SlideWords[] = []
  let small = 0
  let total = 0
  for (const m of measures) {
    const info = byNo.get(m.no)
    if (!info)
      throw new Error(`slide ${m.no} was measured but is not in the deck`)
    for (const message of slideViolations(info, m.texts))
      violations.push({ no: m.no, message: `${describe(info)}: ${message}` })
    words.push({ no: m.no, words: countedWords(m.texts) })
    if (info.content) {
      for (const t of m.texts.filter(t => t.kind !== 'footer' && t.kind !== 'citation')) {
        total += t.words
        if (t.px < BUDGET.bodyMinPx)
          small += t.words
      }
    }
  }
  // The median is the room's reading load over the talk itself: backup slides, shown only for
  // questions, answer to the per-slide cap and the size floors but not to the median.
  const coreWords = words.filter(w => byNo.get(w.no)!.core).map(w => w.words)
  const contentWords = words.filter(w => byNo.get(w.no)!.content).map(w => w.words)
  const medianWords = median(coreWords)
  if (medianWords > BUDGET.maxMedianWords) {
    const worst = words.filter(w => byNo.get(w.no)!.core).sort((a, b) => b.words - a.words).slice(0, 5).map(w => `${describe(byNo.get(w.no)!)} ${w.words}`).join('; ')
    violations.push({ no: 0, message: `median of ${medianWords} visible words across ${coreWords.length} content slides > ${BUDGET.maxMedianWords} (most: ${worst})` })
  }
  return { violations, words, medianWords, maxWords: Math.max(0, ...contentWords), shareUnder18: total ? small / total : 0 }
}

/** Layouts that are not content slides: the cover and section dividers. */
const NON_CONTENT_LAYOUTS = new Set(['cover', 'section', 'intro', 'end'])

interface BudgetSlide { no: number, title: string, file: string, line: number, frontmatter: Record<string, unknown> }

/** SlideInfo from a slide's number, title, file:line and frontmatter; `backup`: it follows the "Backup" divider. */
export function slideInfo(slide: BudgetSlide, backup = false): SlideInfo {
  const appendix = slide.frontmatter.appendix === true
  const layout = typeof slide.frontmatter.layout === 'string' ? slide.frontmatter.layout : ''
  const content = !appendix && !NON_CONTENT_LAYOUTS.has(layout)
  return {
    no: slide.no,
    title: slide.title,
    location: `${slide.file}:${slide.line}`,
    appendix,
    content,
    core: content && !backup && slide.frontmatter.backup !== true,
  }
}

/** SlideInfo for a whole deck, in order: slides after the divider with `backup: true` are backup. */
export function slideInfos(slides: readonly BudgetSlide[]): SlideInfo[] {
  const divider = slides.findIndex(s => s.frontmatter.backup === true)
  return slides.map((s, i) => slideInfo(s, divider >= 0 && i > divider))
}
