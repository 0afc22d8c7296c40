import type { BudgetReport } from '../legibility/budget.ts'
import type { ExportDeck } from './deck.ts'
import type { PrintView } from './print-view.ts'
import type { Finding } from './problems.ts'
import { evaluateBudget, slideInfos } from '../legibility/budget.ts'
import { measureSlide } from '../legibility/measure.ts'

/**
 * The legibility budget (scripts/lib/legibility) on the print view, where every slide is shown at
 * its last click step: a slide the room cannot read stops the export like one that overflows.
 */
export async function checkLegibility(view: PrintView, deck: ExportDeck): Promise<{ report: BudgetReport, findings: Finding[] }> {
  const measures = []
  // Slidev's print containers are named `<slide, 3 digits>-<click + 1, 2 digits>`, e.g. 007-01.
  for (const slide of deck.slides)
    measures.push(await measureSlide(view.page, slide.no, `.print-slide-container[id^="${String(slide.no).padStart(3, '0')}-"]`, deck.canvas.width))
  const infos = slideInfos(deck.slides.map((s, i) => ({ ...s, frontmatter: deck.slideInfos[i]?.frontmatter ?? {} })))
  const report = evaluateBudget(measures, infos)
  // The budget's messages already name the slide and its file:line.
  return { report, findings: report.violations.map(v => ({ no: 0, message: v.message })) }
}
