import type { DesignReport } from '../design/budget.ts'
import type { ExportDeck } from './deck.ts'
import type { PrintView } from './print-view.ts'
import type { Finding } from './problems.ts'
import { designSlideInfos, evaluateDesign } from '../design/budget.ts'
import { describeFallback, findFallbackGlyphs } from '../design/glyphs.ts'
import { measureDesign } from '../design/measure.ts'

/**
 * The design rules (scripts/lib/design) on the print view, where every slide is ready (diagrams
 * drawn, fonts loaded, no placeholder) and shown at its last click step: a core slide whose lower
 * 40 % is empty, a cluster of citation numbers, or a glyph drawn in a system face stops the export.
 */
export async function checkDesign(view: PrintView, deck: ExportDeck): Promise<{ report: DesignReport, findings: Finding[] }> {
  const measures = []
  for (const slide of deck.slides)
    measures.push(await measureDesign(view.page, slide.no, `.print-slide-container[id^="${String(slide.no).padStart(3, '0')}-"]`, deck.canvas.width))
  const infos = designSlideInfos(deck.slides.map((s, i) => ({ ...s, frontmatter: deck.slideInfos[i]?.frontmatter ?? {} })))
  const report = evaluateDesign(measures, infos)
  // The design messages already name the slide and its file:line.
  const findings: Finding[] = report.violations.map(v => ({ no: 0, message: v.message }))
  for (const fallback of await findFallbackGlyphs(view.page.context(), view.page, '.print-slide-container'))
    findings.push({ no: fallback.no, message: describeFallback(fallback) })
  return { report, findings }
}
