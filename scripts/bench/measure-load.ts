import type { Browser, Page } from 'playwright-chromium'
import type { ByteShare, LoadResult, RequestBytes } from './types.ts'
import { VIEWPORT } from './browser.ts'
import { COLLECT_TIMING_EXPR, firstViewInitScript, TITLE_VISIBLE_EXPR } from './page-scripts.ts'
import { medianIndex, summarize } from './stats.ts'

interface Timing {
  titleVisibleMs: number
  requests: RequestBytes[]
}

/** Slide 1's title: the first heading of slide 1 (both decks open with an h1). */
export const TITLE_SELECTOR = '[data-slidev-no="1"] h1, [data-slidev-no="1"] h2'

/** Which part of the app a built file belongs to, from the names Vite/Rolldown and Slidev give chunks. */
export function categorize(url: string): string {
  const path = new URL(url).pathname
  if (/\.(woff2?|ttf|otf)$/.test(path))
    return 'fonts'
  if (/\.css$/.test(path))
    return 'css'
  if (/\.(png|jpe?g|webp|gif|svg|ico)$/.test(path))
    return 'images'
  if (!path.includes('/assets/'))
    return 'html'
  if (/monaco|ts\.worker|editor\.worker/i.test(path))
    return 'monaco'
  // Slidev's manualChunks names this chunk after Shiki, but Rolldown also puts Vue's runtime and
  // the twoslash popups (floating-vue) in it; Shiki's grammars are in it only when code is highlighted.
  if (/modules\/shiki/i.test(path))
    return 'modules/shiki chunk (Vue runtime, popups, Shiki)'
  if (/shiki|langs?\//i.test(path))
    return 'shiki'
  if (/katex/i.test(path))
    return 'katex'
  // Mermaid's own split chunks keep its 8-character upper-case ids (chunk-ABCD1234-…, xDiagram-ABCD1234-…).
  if (/mermaid|Diagram|cytoscape|dagre|elk|chunk-[A-Z0-9]{8}-/.test(path))
    return 'mermaid'
  if (/modules\/vue|\/vue-/.test(path))
    return 'modules/vue chunk'
  if (/\/slidev\/|\/assets\/index-|SlideWrapper|rolldown-runtime|preload-helper|plugin-vue/.test(path))
    return 'slidev app'
  return 'deck & other js'
}

function breakdown(requests: RequestBytes[]): ByteShare[] {
  const categories = new Map<string, ByteShare>()
  for (const r of requests) {
    const category = categorize(r.url)
    const c = categories.get(category) ?? { category, encodedBytes: 0, requests: 0 }
    c.encodedBytes += r.encodedBytes
    c.requests++
    categories.set(category, c)
  }
  return [...categories.values()].sort((a, b) => b.encodedBytes - a.encodedBytes)
}

async function waitForTitle(page: Page, timeoutMs: number): Promise<void> {
  await page.waitForFunction(TITLE_VISIBLE_EXPR, undefined, { polling: 'raf', timeout: timeoutMs })
}

/**
 * A first visit to `url` (new context: empty HTTP cache, cookies and storage), returned once slide
 * 1's title is visible. `bypassCSP` only for a page whose CSP forbids the eval Playwright's string
 * predicates use (the single HTML); the page's own scripts run unchanged.
 */
export async function openCold(
  browser: Browser,
  url: string,
  blocked: Set<string>,
  timeoutMs = 60_000,
  { bypassCSP = false } = {},
): Promise<{ page: Page, close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: VIEWPORT, bypassCSP })
  await context.addInitScript({ content: firstViewInitScript(TITLE_SELECTOR) })
  const page = await context.newPage()
  page.on('requestfailed', (r) => {
    if (!r.url().startsWith(new URL(url).origin) || url.startsWith('file:'))
      blocked.add(new URL(r.url()).origin)
  })
  await page.goto(url, { waitUntil: 'commit' })
  await waitForTitle(page, timeoutMs)
  return { page, close: () => context.close() }
}

/**
 * First view against the static server, `runs` times, each in a fresh browser context.
 * One extra, unmeasured load comes first: it makes the server compress every file a visit fetches
 * (slides preload everything 3 s after load) and also gives the "bytes until idle" figure.
 */
export async function measureLoad(browser: Browser, url: string, runs: number, progress: (msg: string) => void): Promise<LoadResult> {
  const blocked = new Set<string>()
  // Unmeasured, and the server compresses every file it sends at brotli 11 on first request: the
  // starter's multi-MB Monaco chunks take minutes on a busy 2-core machine.
  const warm = await openCold(browser, url, blocked, 600_000)
  await warm.page.waitForLoadState('networkidle')
  // Slidev preloads every slide 3 s after start; wait for that and for the network to calm down.
  await warm.page.waitForTimeout(3500)
  await warm.page.waitForLoadState('networkidle')
  await warm.page.waitForTimeout(1000)
  const idle = await warm.page.evaluate<Timing>(COLLECT_TIMING_EXPR)
  await warm.close()
  const idleBytes = idle.requests.reduce((s, r) => s + r.encodedBytes, 0)

  const times: number[] = []
  const bytes: number[] = []
  const firstViews: RequestBytes[][] = []
  for (let i = 1; i <= runs; i++) {
    const run = await openCold(browser, url, blocked)
    const timing = await run.page.evaluate<Timing>(COLLECT_TIMING_EXPR)
    await run.close()
    const before = timing.requests.filter(r => r.responseEndMs > 0 && r.responseEndMs <= timing.titleVisibleMs)
    times.push(timing.titleVisibleMs)
    bytes.push(before.reduce((s, r) => s + r.encodedBytes, 0))
    firstViews.push(before)
    progress(`  load ${i}/${runs}: title at ${timing.titleVisibleMs.toFixed(0)} ms, ${(bytes[i - 1] / 1024).toFixed(0)} KiB in ${before.length} requests`)
  }

  const representative = firstViews[medianIndex(bytes)]
  return {
    firstViewBytes: summarize(bytes),
    titleVisibleMs: summarize(times),
    idleBytes: summarize([idleBytes]),
    firstViewRequests: representative.length,
    firstViewBreakdown: breakdown(representative),
    idleBreakdown: breakdown(idle.requests),
    largestFirstViewRequests: [...representative]
      .sort((a, b) => b.encodedBytes - a.encodedBytes)
      .slice(0, 12)
      .map(r => ({ ...r, url: new URL(r.url).pathname })),
    blockedRequests: [...blocked].sort(),
  }
}
