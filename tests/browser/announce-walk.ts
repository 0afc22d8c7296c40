import type { Page } from 'playwright-chromium'
import { normalizeText } from '../../scripts/lib/text-normalize.ts'
import { settleSlide } from '../support/slidev-page.ts'

/**
 * What the screen-reader announcer (global-bottom.vue) does on a built deck, measured in a real
 * page: shared by announce.test.ts (the deck) and by work on a fixture deck. Every wait is for the
 * text being measured, never a fixed delay.
 */

export const ANNOUNCER = '[data-deck-announcer]'

export async function announcement(page: Page): Promise<string> {
  return normalizeText((await page.locator(ANNOUNCER).textContent()) ?? '')
}

/** Waits until the live region says `expected` (normalised), and returns what it says then or at the timeout. */
export async function waitForAnnouncement(page: Page, expected: string, timeout = 15_000): Promise<string> {
  await page.waitForFunction(({ selector, expected }) => {
    const text = (document.querySelector(selector)?.textContent ?? '').normalize('NFKC').replace(/[‘’]/g, '\'').replace(/[“”]/g, '"').replace(/[‐‑‒–—―−]/g, '-').replace(/\s+/g, ' ').trim()
    return text === expected
  }, { selector: ANNOUNCER, expected: normalizeText(expected) }, { timeout }).catch(() => undefined)
  return announcement(page)
}

/** What the region should say on arriving at slide `no`. */
export function slideAnnouncement(no: number, total: number, title: string): string {
  return normalizeText(`Slide ${no} of ${total}${title ? `: ${title}` : ''}`)
}

/** Live regions and application roles in the page (the slide show must have one region, no application role). */
export async function liveRegions(page: Page): Promise<{ announcers: number, polite: number, applications: number }> {
  return page.evaluate(selector => ({
    announcers: document.querySelectorAll(selector).length,
    polite: document.querySelectorAll(`${selector}[role="status"][aria-live="polite"]`).length,
    applications: document.querySelectorAll('[role="application"]').length,
  }), ANNOUNCER)
}

/**
 * Presses → once on slide `no` (at its first step) and returns what the region should say (the
 * text the step revealed, normalised) and what it said; undefined when the slide has no click step.
 */
export async function announceRevealStep(page: Page, url: (route: string) => string, no: number): Promise<{ expected: string, said: string } | undefined> {
  await page.goto(url(String(no)))
  await settleSlide(page, no)
  const hiddenBefore = await page.evaluate(n => [...document.querySelectorAll(`#slideshow .slidev-page[data-slidev-no="${n}"] .slidev-vclick-target.slidev-vclick-hidden`)].length, no)
  if (hiddenBefore === 0)
    return undefined
  await page.evaluate((n) => {
    for (const [i, el] of [...document.querySelectorAll(`#slideshow .slidev-page[data-slidev-no="${n}"] .slidev-vclick-target.slidev-vclick-hidden`)].entries())
      el.setAttribute('data-announce-hidden', String(i))
  }, no)
  await page.keyboard.press('ArrowRight')
  // The elements the step showed: hidden before, shown now.
  await page.waitForFunction(() => [...document.querySelectorAll('[data-announce-hidden]')].some(el => !el.classList.contains('slidev-vclick-hidden')))
  const revealed = await page.evaluate(() => {
    const shown = [...document.querySelectorAll('[data-announce-hidden]')].filter(el => !el.classList.contains('slidev-vclick-hidden'))
    return shown.filter(el => !shown.some(o => o !== el && o.contains(el))).map(el => (el.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean).join(' · ')
  })
  const expected = normalizeText(revealed.length > 400 ? `${revealed.slice(0, 397)}…` : revealed)
  return { expected, said: await waitForAnnouncement(page, expected) }
}

/** The computed transition duration (seconds) of the first click-step element on the page. */
export async function revealTransitionSeconds(page: Page): Promise<number> {
  await page.locator('.slidev-vclick-target').first().waitFor({ state: 'attached' })
  return page.evaluate(() => Math.max(...getComputedStyle(document.querySelector('.slidev-vclick-target')!).transitionDuration.split(',').map(v => Number.parseFloat(v) * (v.trim().endsWith('ms') ? 0.001 : 1))))
}
