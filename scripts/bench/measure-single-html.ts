import type { Browser } from 'playwright-chromium'
import type { SingleHtmlResult } from './types.ts'
import { stat } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { VIEWPORT } from './browser.ts'
import { TITLE_SELECTOR } from './measure-load.ts'
import { firstViewInitScript, TITLE_VISIBLE_EXPR } from './page-scripts.ts'
import { summarize } from './stats.ts'

/**
 * The single HTML deck as its reader meets it: opened from disk (file://) in a fresh context each
 * time, timed from navigation start to the first frame in which slide 1's title is visible. The
 * browser resolves no outside host (launchOffline), so nothing but the file can be used.
 */
export async function measureSingleHtml(browser: Browser, file: string, runs: number, progress: (msg: string) => void): Promise<SingleHtmlResult> {
  const bytes = (await stat(file)).size
  const url = `${pathToFileURL(file).href}#/1`
  const times: number[] = []
  for (let i = 1; i <= runs; i++) {
    // The file's CSP forbids eval, which Playwright's string predicates use; the page's own scripts are unchanged.
    const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP: true })
    try {
      await context.addInitScript({ content: firstViewInitScript(TITLE_SELECTOR) })
      const page = await context.newPage()
      await page.goto(url, { waitUntil: 'commit' })
      await page.waitForFunction(TITLE_VISIBLE_EXPR, undefined, { polling: 'raf', timeout: 60_000 })
      const ms = await page.evaluate<number>('window.__bench.titleVisibleMs')
      times.push(ms)
      progress(`  single HTML ${i}/${runs}: title at ${ms.toFixed(0)} ms from file://`)
    }
    finally {
      await context.close()
    }
  }
  return { bytes, titleVisibleMs: summarize(times) }
}
