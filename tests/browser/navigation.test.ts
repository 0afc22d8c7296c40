import type { Page } from 'playwright-chromium'
import type { DeckSession, GuardedPage } from './deck-session.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { normalizeText } from '../../scripts/lib/text-normalize.ts'
import { formatIssues } from '../support/browser.ts'
import { readNav, settleSlide, slideSelector, waitForSlideMounted } from '../support/slidev-page.ts'
import { openDeckSession, openGuardedPage } from './deck-session.ts'

/** Keyboard, deep links and the overview route of the built site. (→ itself is covered slide by slide in every-slide.test.ts.) */

/** Requests are traced to slides in one place; these tests only notice them. */
const SEE_WALK = '(every-slide.test.ts names the slide that references a failing URL)'

let session: DeckSession
let guarded: GuardedPage

/** Presses `key` and waits for the URL to change; the route afterwards. */
async function press(page: Page, key: string): Promise<{ no: number | undefined, clicks: number }> {
  const before = page.url()
  await page.keyboard.press(key)
  await page.waitForFunction(b => location.href !== b, before, { timeout: 5_000 })
  const { no, clicks } = session.route(page)
  return { no, clicks }
}

/** The visible slide's text, for "is this really slide N" checks. */
async function visibleText(page: Page, no: number): Promise<string> {
  return normalizeText(await page.locator(slideSelector(no)).innerText())
}

describe('navigation in the built site', () => {
  beforeAll(async () => {
    session = await openDeckSession()
    guarded = await openGuardedPage(session)
  })

  afterAll(async () => {
    await guarded?.context.close()
    await session?.browser.close()
  })

  it('↓ and ↑ move one slide forward and back', async () => {
    const { page } = guarded
    await page.goto(session.url('1'))
    await settleSlide(page, 1)
    expect(await press(page, 'ArrowDown')).toEqual({ no: 2, clicks: 0 })
    await settleSlide(page, 2)
    expect(await press(page, 'ArrowUp')).toEqual({ no: 1, clicks: 0 })
    await settleSlide(page, 1)
  })

  it('← retraces every click step that → went through, from the last slide back to the first', async () => {
    const { page } = guarded
    const total = session.deck.slides.length
    await page.goto(session.url('1'))
    await settleSlide(page, 1)
    // Forward first, as a presenter would: Slidev only knows a slide's click count once it has been shown.
    const forward: string[] = ['1:0']
    for (let here: { no: number | undefined, clicks: number } = session.route(page); forward.length < 2_000;) {
      await waitForSlideMounted(page, here.no ?? 1)
      if (here.no === total && here.clicks >= ((await readNav(page))?.clicksTotal ?? 0))
        break
      here = await press(page, 'ArrowRight')
      forward.push(`${here.no}:${here.clicks}`)
    }
    const backward: string[] = [forward.at(-1) ?? '']
    for (let here: { no: number | undefined, clicks: number } = session.route(page); !(here.no === 1 && here.clicks === 0) && backward.length < 2_000;) {
      await waitForSlideMounted(page, here.no ?? 1)
      here = await press(page, 'ArrowLeft')
      backward.push(`${here.no}:${here.clicks}`)
    }
    console.log(`[navigation] → took ${forward.length - 1} steps to the end, ← ${backward.length - 1} back`)
    expect(new Set(forward.map(step => step.split(':')[0])).size).toBe(total)
    expect(backward).toEqual([...forward].reverse())
  })

  it('a deep link loads its slide, and still does after a reload', async () => {
    const { page, recorder } = guarded
    const picks = [...new Set([Math.ceil(session.deck.slides.length / 2), session.deck.slides.length])]
    for (const no of picks) {
      const slide = session.deck.slides[no - 1]
      await page.goto(session.url(String(no)))
      await settleSlide(page, no)
      await page.reload()
      await settleSlide(page, no)
      expect(session.route(page).no).toBe(no)
      expect((await readNav(page))?.no).toBe(no)
      if (slide.titlePlain)
        expect(await visibleText(page, no)).toContain(slide.titlePlain)
    }
    const issues = recorder.take()
    expect(issues, `${formatIssues(issues)}\n${SEE_WALK}`).toEqual([])
  })

  it('the overview route lists every slide', async () => {
    const { page, recorder } = guarded
    await page.goto(session.url('overview'))
    await page.locator('.overview-slide-block').first().waitFor()
    await expect.poll(() => page.locator('.overview-slide-block').count()).toBe(session.deck.slides.length)
    const issues = recorder.take()
    expect(issues, `${formatIssues(issues)}\n${SEE_WALK}`).toEqual([])
    expect(guarded.blocked, SEE_WALK).toEqual([])
  })
})
