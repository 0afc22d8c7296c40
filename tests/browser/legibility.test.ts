import type { DeckSession, GuardedPage } from './deck-session.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUDGET } from '../../scripts/lib/legibility/budget.ts'
import { openDeckSession, openGuardedPage } from './deck-session.ts'
import { measureBuiltDeck } from './legibility-walk.ts'

/**
 * The legibility budget on every slide of the built deck, every click step revealed: body text
 * ≥ 18 canvas px, diagram labels ≥ 16 px, ≤ 80 visible words per slide and a median ≤ 45 across
 * content slides. A failure names the slide, its file:line and the element with its size.
 */

let session: DeckSession
let guarded: GuardedPage

describe('legibility budget', () => {
  beforeAll(async () => {
    session = await openDeckSession()
    guarded = await openGuardedPage(session)
  })
  afterAll(async () => {
    await guarded?.context.close()
    await session?.browser.close()
  })

  it(`every slide: body ≥ ${BUDGET.bodyMinPx} px, labels ≥ ${BUDGET.diagramMinPx} px, ≤ ${BUDGET.maxWords} words, median ≤ ${BUDGET.maxMedianWords}`, async () => {
    const { report } = await measureBuiltDeck(guarded.page, session.siteUrl, session.artifacts.deckRoot)
    console.log(`[legibility] ${report.words.length} slides; words per content slide median ${report.medianWords}, max ${report.maxWords}; `
      + `${(report.shareUnder18 * 100).toFixed(1)} % of content words under ${BUDGET.bodyMinPx} px`)
    expect(report.words.length).toBe(session.deck.slides.length)
    expect(report.violations.map(v => v.message)).toEqual([])
  }, 300_000)
})
