import type { DeckSession, GuardedPage } from './deck-session.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeSlide } from '../../scripts/lib/deck-checks/deck.ts'
import { newGuardedContext } from '../support/browser.ts'
import { settleSlide } from '../support/slidev-page.ts'
import { announceRevealStep, liveRegions, revealTransitionSeconds, slideAnnouncement, waitForAnnouncement } from './announce-walk.ts'
import { openDeckSession, openGuardedPage } from './deck-session.ts'

/**
 * The built deck tells a screen reader where it is (global-bottom.vue): one polite live region,
 * no role="application", "Slide N of M: <title>" on every move to the next slide, the revealed
 * text on a click step; and prefers-reduced-motion turns the reveal animation off.
 * Expected titles come from the deck's sources, never from the page.
 */

let session: DeckSession
let guarded: GuardedPage
/** The first slide with a click step (found by the click-step test). */
let clickSlide: number | undefined

describe('screen-reader announcements', () => {
  beforeAll(async () => {
    session = await openDeckSession()
    guarded = await openGuardedPage(session, { width: 1280, height: 720 })
  })
  afterAll(async () => {
    await guarded?.context.close()
    await session?.browser.close()
  })

  it('three moves to the next slide each put the new slide\'s title into the live region', async () => {
    const { page } = guarded
    const { slides } = session.deck
    expect(slides.length, 'the deck needs four slides for three moves').toBeGreaterThanOrEqual(4)
    await page.goto(session.url('1'))
    await settleSlide(page, 1)
    const first = await waitForAnnouncement(page, slideAnnouncement(1, slides.length, slides[0].titlePlain))
    expect(first, describeSlide(slides[0])).toBe(slideAnnouncement(1, slides.length, slides[0].titlePlain))
    for (const no of [2, 3, 4]) {
      // ↓ is Slidev's "next slide" key: it moves on even when the slide has click steps left.
      await page.keyboard.press('ArrowDown')
      const expected = slideAnnouncement(no, slides.length, slides[no - 1].titlePlain)
      expect(await waitForAnnouncement(page, expected), describeSlide(slides[no - 1])).toBe(expected)
      expect(session.route(page).no).toBe(no)
    }
  })

  it('has exactly one polite status region and no role="application"', async () => {
    expect(await liveRegions(guarded.page)).toEqual({ announcers: 1, polite: 1, applications: 0 })
  })

  it('a click step announces the text it revealed', async () => {
    let step: { expected: string, said: string } | undefined
    for (const slide of session.deck.slides) {
      step = await announceRevealStep(guarded.page, session.url, slide.no)
      if (step) {
        clickSlide = slide.no
        break
      }
    }
    expect(step, 'no slide of the deck reveals anything on a click').toBeDefined()
    const where = describeSlide(session.deck.slides[clickSlide! - 1])
    expect(step!.expected, `${where}: the first click step reveals no text`).not.toBe('')
    expect(step!.said, where).toBe(step!.expected)
  })

  it('prefers-reduced-motion turns off the reveal animation', async () => {
    expect(clickSlide, 'needs the slide with a click step found above').toBeDefined()
    const no = clickSlide!
    await guarded.page.goto(session.url(String(no)))
    await settleSlide(guarded.page, no)
    expect(await revealTransitionSeconds(guarded.page), 'a click step fades in by default').toBeGreaterThan(0.01)
    const { context } = await newGuardedContext(session.browser, { reducedMotion: 'reduce', viewport: { width: 1280, height: 720 } })
    try {
      const page = await context.newPage()
      await page.goto(session.url(String(no)))
      await settleSlide(page, no)
      expect(await revealTransitionSeconds(page)).toBeLessThanOrEqual(0.001)
    }
    finally {
      await context.close()
    }
  })
})
