import type { Browser } from 'playwright-chromium'
import type { SingleHtmlResult } from './types.ts'
import { stat } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import { openCold } from './measure-load.ts'
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
  const blocked = new Set<string>()
  for (let i = 1; i <= runs; i++) {
    const run = await openCold(browser, url, blocked, 60_000, { bypassCSP: true })
    const ms = await run.page.evaluate<number>('window.__bench.titleVisibleMs')
    await run.close()
    times.push(ms)
    progress(`  single HTML ${i}/${runs}: title at ${ms.toFixed(0)} ms from file://`)
  }
  if (blocked.size)
    throw new Error(`the single HTML asked for ${[...blocked].join(', ')}: it must need nothing outside the file`)
  return { bytes, titleVisibleMs: summarize(times) }
}
