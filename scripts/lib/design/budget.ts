import type { DesignMeasure } from './measure.ts'
import { median } from '../legibility/budget.ts'

/**
 * The design budget (issue 20): what a core slide must do for a room, measured with every click
 * revealed. Sizes are canvas px of the 980×552 canvas; shares are 0..1. The export stops on the
 * per-slide rules; the deck-wide figures are the acceptance targets (tests/browser/design.test.ts).
 */
export const DESIGN_BUDGET = {
  /** A core slide's content must reach below this share of its body height (its lower 40 % not empty). */
  lowerBandStart: 0.6,
  /** Median share of the body height the content spans, across core content slides. */
  minMedianFill: 0.7,
  /** Share of core content slides whose lower 40 % is empty. */
  maxShareLowerEmpty: 0.1,
  /** Median of the slides' body text size (headline, labels, citations, source lines and footer excluded). */
  minMedianBodyPx: 24,
  /** Share of core content slides with no picture, chart, map or diagram. */
  maxShareTextOnly: 0.3,
  /** A marker or a run of markers showing this many source numbers or more is a cluster. */
  clusterNumbers: 4,
  /** A picture, chart, map or diagram counts as visual evidence from this size on (canvas px, both sides). */
  visualMinPx: 80,
} as const

/** A slide as the design rules see it. */
export interface DesignSlideInfo {
  no: number
  title: string
  /** `pages/04-war-2026.md:33`. */
  location: string
  /**
   * On the core path: not the cover, not a section divider, not an appendix slide, and before
   * the `backup: true` divider (which, with everything after it, is for questions).
   */
  core: boolean
}

/** Layouts that are not content: the cover and section dividers. */
const NOT_CONTENT = new Set(['cover', 'section', 'intro', 'end'])

/** A slide's number, title, file:line and frontmatter, as the deck loaders give them. */
export interface DesignSlideSource { no: number, title: string, file: string, line: number, frontmatter: Record<string, unknown> }

/** Which slides are core content slides, from their frontmatter and order. */
export function designSlideInfos(slides: readonly DesignSlideSource[]): DesignSlideInfo[] {
  const backup = slides.findIndex(s => s.frontmatter.backup === true)
  return slides.map((s, i) => {
    const layout = typeof s.frontmatter.layout === 'string' ? s.frontmatter.layout : ''
    return {
      no: s.no,
      title: s.title,
      location: `${s.file}:${s.line}`,
      core: (backup < 0 || i < backup) && s.frontmatter.appendix !== true && !NOT_CONTENT.has(layout),
    }
  })
}

export interface DesignViolation {
  no: number
  message: string
}

/** The acceptance figures over the core content slides. */
export interface DesignFigures {
  slides: number
  medianFill: number
  shareLowerEmpty: number
  medianBodyPx: number
  shareTextOnly: number
  /** Citation clusters on any slide (not only core ones). */
  clusters: number
  lowerEmpty: number[]
  textOnly: number[]
}

export interface DesignReport {
  /** Per-slide problems that stop the export. */
  violations: DesignViolation[]
  figures: DesignFigures
  /** The deck-wide targets the figures miss (empty when the deck meets them). */
  misses: string[]
}

const pct = (share: number): string => `${Math.round(share * 100)} %`

function describe(info: DesignSlideInfo): string {
  return `slide ${info.no}${info.title ? ` “${info.title}”` : ''} (${info.location})`
}

/** Per-slide rules and deck-wide figures; `infos` must cover every measured slide. */
export function evaluateDesign(measures: readonly DesignMeasure[], infos: readonly DesignSlideInfo[]): DesignReport {
  const byNo = new Map(infos.map(i => [i.no, i]))
  const violations: DesignViolation[] = []
  const core: DesignMeasure[] = []
  let clusters = 0
  for (const m of measures) {
    const info = byNo.get(m.no)
    if (!info)
      throw new Error(`slide ${m.no} was measured but is not in the deck`)
    for (const c of m.clusters) {
      clusters++
      violations.push({ no: m.no, message: `${describe(info)}: citation cluster of ${c.numbers} numbers “${c.text}”: one quiet marker per claim (<Cite> shows at most ${DESIGN_BUDGET.clusterNumbers - 1})` })
    }
    if (!info.core)
      continue
    core.push(m)
    if (m.lowerEmpty) {
      const ends = m.content ? `its content ends at ${pct((m.content.bottom - m.body.top) / (m.body.bottom - m.body.top))} of the body height${m.lowest ? `, lowest: ${m.lowest}` : ''}` : 'it has no content below the headline'
      violations.push({ no: m.no, message: `${describe(info)}: the lower ${pct(1 - DESIGN_BUDGET.lowerBandStart)} of the body is empty with every click revealed (${ends}): let the evidence fill the slide` })
    }
  }
  const lowerEmpty = core.filter(m => m.lowerEmpty).map(m => m.no)
  const textOnly = core.filter(m => m.visuals.length === 0).map(m => m.no)
  const withText = core.filter(m => m.bodyPx > 0)
  const figures: DesignFigures = {
    slides: core.length,
    medianFill: median(core.map(m => m.fill)),
    shareLowerEmpty: core.length ? lowerEmpty.length / core.length : 0,
    medianBodyPx: median(withText.map(m => m.bodyPx)),
    shareTextOnly: core.length ? textOnly.length / core.length : 0,
    clusters,
    lowerEmpty,
    textOnly,
  }
  const misses: string[] = []
  if (figures.medianFill < DESIGN_BUDGET.minMedianFill)
    misses.push(`median content fill ${pct(figures.medianFill)} < ${pct(DESIGN_BUDGET.minMedianFill)} of the body height`)
  if (figures.shareLowerEmpty > DESIGN_BUDGET.maxShareLowerEmpty)
    misses.push(`${pct(figures.shareLowerEmpty)} of core slides leave the lower ${pct(1 - DESIGN_BUDGET.lowerBandStart)} empty > ${pct(DESIGN_BUDGET.maxShareLowerEmpty)} (slides ${lowerEmpty.join(', ')})`)
  if (figures.medianBodyPx < DESIGN_BUDGET.minMedianBodyPx)
    misses.push(`median body text ${figures.medianBodyPx} px < ${DESIGN_BUDGET.minMedianBodyPx} px`)
  if (figures.shareTextOnly > DESIGN_BUDGET.maxShareTextOnly)
    misses.push(`${pct(figures.shareTextOnly)} of core slides are text only > ${pct(DESIGN_BUDGET.maxShareTextOnly)} (slides ${textOnly.join(', ')})`)
  if (clusters)
    misses.push(`${clusters} citation cluster(s) of ${DESIGN_BUDGET.clusterNumbers} or more numbers`)
  return { violations, figures, misses }
}

/** The figures in one line, for logs and the test's output. */
export function formatFigures(f: DesignFigures): string {
  return `${f.slides} core content slides: median fill ${pct(f.medianFill)} of the body (≥ ${pct(DESIGN_BUDGET.minMedianFill)}); `
    + `lower ${pct(1 - DESIGN_BUDGET.lowerBandStart)} empty on ${f.lowerEmpty.length} (${pct(f.shareLowerEmpty)}, ≤ ${pct(DESIGN_BUDGET.maxShareLowerEmpty)})${f.lowerEmpty.length ? `: ${f.lowerEmpty.join(', ')}` : ''}; `
    + `median body text ${f.medianBodyPx} px (≥ ${DESIGN_BUDGET.minMedianBodyPx}); `
    + `text only ${f.textOnly.length} (${pct(f.shareTextOnly)}, ≤ ${pct(DESIGN_BUDGET.maxShareTextOnly)})${f.textOnly.length ? `: ${f.textOnly.join(', ')}` : ''}; `
    + `citation clusters ${f.clusters}`
}
