import type { DesignReport } from '../../scripts/lib/design/budget.ts'
import type { DesignMeasure } from '../../scripts/lib/design/measure.ts'
import type { DeckSession, GuardedPage } from './deck-session.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DESIGN_BUDGET, designSlideInfos, evaluateDesign, formatFigures } from '../../scripts/lib/design/budget.ts'
import { measureDesign } from '../../scripts/lib/design/measure.ts'
import { slideSelector } from '../support/slidev-page.ts'
import { openDeckSession, openGuardedPage, showFinalStep } from './deck-session.ts'

/**
 * Issue 20's acceptance figures on the built deck at 1920×1080, every click revealed, over the core
 * path's content slides (not the cover, dividers, backup or sources): how much of the body the
 * content spans, how many slides leave their lower 40 % empty, the body text size, how many slides
 * are text only, and citation clusters on any slide. Thresholds: DESIGN_BUDGET.
 */

let session: DeckSession
let guarded: GuardedPage
let report: DesignReport
const measures: DesignMeasure[] = []

describe('design for the room', () => {
  beforeAll(async () => {
    session = await openDeckSession()
    guarded = await openGuardedPage(session, { width: 1920, height: 1080 })
    for (const slide of session.deck.slides) {
      await showFinalStep(session, guarded.page, slide.no)
      measures.push(await measureDesign(guarded.page, slide.no, slideSelector(slide.no), session.deck.config.canvasWidth))
    }
    report = evaluateDesign(measures, designSlideInfos(session.deck.slides))
    console.log(`[design] ${formatFigures(report.figures)}`)
    for (const m of measures)
      console.log(`[design] slide ${m.no}: fill ${Math.round(m.fill * 100)} %${m.lowerEmpty ? ' (lower 40 % empty)' : ''}, body text ${m.bodyPx} px, ${m.visuals.length ? m.visuals.join(', ') : 'text only'}`)
  })
  afterAll(async () => {
    await guarded?.context.close()
    await session?.browser.close()
  })

  it('measured every slide on the core path', () => {
    expect(measures).toHaveLength(session.deck.slides.length)
    expect(report.figures.slides).toBeGreaterThan(0)
  })

  it(`median content fill ≥ ${DESIGN_BUDGET.minMedianFill * 100} % of the body; lower 40 % empty on ≤ ${DESIGN_BUDGET.maxShareLowerEmpty * 100} % of the slides`, () => {
    expect(report.figures.medianFill).toBeGreaterThanOrEqual(DESIGN_BUDGET.minMedianFill)
    expect(report.figures.shareLowerEmpty, `lower 40 % empty: slides ${report.figures.lowerEmpty.join(', ')}`).toBeLessThanOrEqual(DESIGN_BUDGET.maxShareLowerEmpty)
  })

  it(`median body text ≥ ${DESIGN_BUDGET.minMedianBodyPx} canvas px`, () => {
    expect(report.figures.medianBodyPx).toBeGreaterThanOrEqual(DESIGN_BUDGET.minMedianBodyPx)
  })

  it(`≤ ${DESIGN_BUDGET.maxShareTextOnly * 100} % of the slides text only (no picture, chart, map or diagram)`, () => {
    expect(report.figures.shareTextOnly, `text only: slides ${report.figures.textOnly.join(', ')}`).toBeLessThanOrEqual(DESIGN_BUDGET.maxShareTextOnly)
  })

  it(`no citation cluster of ${DESIGN_BUDGET.clusterNumbers} or more numbers on any slide`, () => {
    expect(report.violations.filter(v => v.message.includes('citation cluster')).map(v => v.message)).toEqual([])
  })
})
