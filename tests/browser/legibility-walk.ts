import type { Page } from 'playwright-chromium'
import type { BudgetReport } from '../../scripts/lib/legibility/budget.ts'
import type { SlideMeasure } from '../../scripts/lib/legibility/measure.ts'
import { loadDeck } from '../../scripts/lib/deck-checks/deck.ts'
import { evaluateBudget, slideInfos } from '../../scripts/lib/legibility/budget.ts'
import { measureSlide } from '../../scripts/lib/legibility/measure.ts'
import { deckUrl, readNav, settleSlide, slideSelector } from '../support/slidev-page.ts'

export interface LegibilityRun {
  report: BudgetReport
  measures: SlideMeasure[]
}

/**
 * Opens every slide of a built deck (hash routing) at its last click step, so every v-click is
 * revealed, measures it and checks the whole deck against the budget. The slides' file:line and
 * frontmatter come from the deck's sources at `root`.
 */
export async function measureBuiltDeck(page: Page, siteUrl: string, root: string, entry = 'slides.md'): Promise<LegibilityRun> {
  const deck = await loadDeck(root, entry)
  const canvasWidth = Number(deck.headmatter.canvasWidth ?? 980)
  const measures: SlideMeasure[] = []
  for (const slide of deck.slides) {
    await page.goto(deckUrl(siteUrl, 'hash', String(slide.no)))
    await settleSlide(page, slide.no)
    const clicksTotal = (await readNav(page))?.clicksTotal ?? 0
    if (clicksTotal > 0) {
      await page.goto(deckUrl(siteUrl, 'hash', `${slide.no}?clicks=${clicksTotal}`))
      await settleSlide(page, slide.no)
    }
    measures.push(await measureSlide(page, slide.no, slideSelector(slide.no), canvasWidth))
  }
  return { report: evaluateBudget(measures, slideInfos(deck.slides)), measures }
}
