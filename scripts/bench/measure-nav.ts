import type { Browser } from 'playwright-chromium'
import type { NavResult, NavStep } from './types.ts'
import { VIEWPORT } from './browser.ts'
import { TITLE_SELECTOR } from './measure-load.ts'
import { CURRENT_SLIDE_EXPR, firstViewInitScript, NAV_INIT_SCRIPT, TITLE_VISIBLE_EXPR, TRANSITION_MS_EXPR } from './page-scripts.ts'
import { median, summarize } from './stats.ts'

type NavProbe = { pressedAt: number | null, renderedAt: number, settledAt: number, mermaid: number } | { error: string }

/**
 * Walks the deck from slide 1 to the last with the Down arrow (Slidev's "next slide", which skips
 * click steps, so each press is one slide transition), `passes` times, each in a fresh context.
 * Before the walk it waits for Slidev's own preloading (every slide is mounted, hidden, 3 s after
 * start), as a presenter's deck has been open for more than 3 s before the first key press.
 * Between presses it waits for the transition to finish and 150 ms more, like a presenter would.
 */
export async function measureNav(browser: Browser, url: string, slides: number, passes: number, progress: (msg: string) => void): Promise<NavResult> {
  const steps: NavStep[] = []
  let transitionMs = 0
  for (let pass = 1; pass <= passes; pass++) {
    const context = await browser.newContext({ viewport: VIEWPORT })
    await context.addInitScript({ content: firstViewInitScript(TITLE_SELECTOR) })
    await context.addInitScript({ content: NAV_INIT_SCRIPT })
    const page = await context.newPage()
    try {
      await page.goto(url, { waitUntil: 'commit' })
      await page.waitForFunction(TITLE_VISIBLE_EXPR, undefined, { polling: 'raf', timeout: 60_000 })
      await page.waitForLoadState('networkidle')
      await page.waitForTimeout(3500)
      await page.waitForLoadState('networkidle')
      transitionMs = await page.evaluate<number>(TRANSITION_MS_EXPR)
      for (let to = 2; to <= slides; to++) {
        await page.evaluate(`window.__benchWatch(${to})`)
        await page.keyboard.press('ArrowDown')
        await page.waitForFunction('window.__benchNav.result !== null', undefined, { polling: 100, timeout: 30_000 })
        const probe = await page.evaluate<NavProbe>('window.__benchNav.result')
        if ('error' in probe)
          throw new Error(`navigation ${to - 1} → ${to} at ${url}: ${probe.error}`)
        if (probe.pressedAt === null)
          throw new Error(`navigation ${to - 1} → ${to}: the key press never reached the page`)
        const now = await page.evaluate<number>(CURRENT_SLIDE_EXPR)
        if (now !== to)
          throw new Error(`navigation ${to - 1} → ${to}: the deck shows ${now > 0 ? `slide ${now}` : `${-now} slides at once`}`)
        steps.push({ from: to - 1, to, renderedMs: probe.renderedAt - probe.pressedAt, settledMs: probe.settledAt - probe.pressedAt, mermaid: probe.mermaid })
        await page.waitForTimeout(150)
      }
    }
    finally {
      await context.close()
    }
    const mine = steps.slice(-(slides - 1))
    progress(`  nav pass ${pass}/${passes}: ${mine.length} transitions, worst ${Math.max(...mine.map(s => s.renderedMs)).toFixed(0)} ms`)
  }
  const bySlide = new Map<number, NavStep[]>()
  for (const s of steps)
    bySlide.set(s.to, [...(bySlide.get(s.to) ?? []), s])
  return {
    renderedMs: summarize(steps.map(s => s.renderedMs)),
    settledMs: summarize(steps.map(s => s.settledMs)),
    perSlideWorstMs: [...bySlide].map(([slide, list]) => ({
      slide,
      ms: Math.max(...list.map(s => s.renderedMs)),
      medianMs: median(list.map(s => s.renderedMs)),
      mermaid: list[0].mermaid,
    })).sort((a, b) => a.slide - b.slide),
    steps,
    passes,
    transitionMs,
  }
}
