import type { Browser, Page } from 'playwright-chromium'
import type { ExportDeck } from './deck.ts'
import type { Readiness, RenderFinding } from './page-checks.ts'
import { setTimeout as sleep } from 'node:timers/promises'
import { findRenderProblems, loadedFontFaces, readReadiness } from './page-checks.ts'
import { RenderProblemsError } from './problems.ts'
import { isBlockedEmbedFailure } from './remote-assets.ts'

export interface PrintView {
  page: Page
  /** The font faces the rendering used (for the single HTML's font pruning). */
  fonts: ReturnType<typeof loadedFontFaces>
  /** Console errors, page errors and failed requests seen so far (the checks stop on any). */
  errors: string[]
  /** Remote addresses the page asked for: blocked, so every format is the same offline and online. */
  remoteRequests: string[]
  close: () => Promise<void>
}

/** Console lines that mean a slide is wrong even though the page did not throw. */
const CONSOLE_PROBLEM = /Failed to resolve component|\[Vue warn\]|slide failed to load|Failed to load slide/i

/** The print view of the built deck, at `deviceScaleFactor` 2: 1960×1104 PNGs for a 980×552 canvas. */
export async function openPrintView(browser: Browser, siteUrl: string, deck: ExportDeck, { timeoutMs = 60_000, scale = 2 } = {}): Promise<PrintView> {
  const { width, height } = deck.canvas
  const context = await browser.newContext({ viewport: { width, height: height * deck.slides.length }, deviceScaleFactor: scale })
  // tsx compiles with esbuild's keepNames, which wraps named functions in __name(): give the page one.
  await context.addInitScript('window.__name = (f) => f')
  // Nothing is fetched from the internet: a remote asset (a cover image, web fonts) is blocked and
  // reported by the exporter with the slide that names it (remote-assets.ts).
  const remoteRequests: string[] = []
  const loopback = new URL(siteUrl).origin
  await context.route(url => /^https?:$/.test(url.protocol) && url.origin !== loopback, async (route) => {
    const url = route.request().url()
    if (!remoteRequests.includes(url))
      remoteRequests.push(url)
    await route.abort('blockedbyclient')
  })
  const page = await context.newPage()
  const errors: string[] = []
  const blocked = (text: string): boolean => /ERR_BLOCKED_BY_CLIENT/.test(text) || isBlockedEmbedFailure(text, remoteRequests)
  page.on('pageerror', error => errors.push(`page error: ${error.message.split('\n')[0]}`))
  page.on('console', (message) => {
    if ((message.type() === 'error' || CONSOLE_PROBLEM.test(message.text())) && !blocked(message.text()))
      errors.push(`console ${message.type()}: ${message.text().split('\n')[0].slice(0, 300)}`)
  })
  page.on('requestfailed', request => remoteRequests.includes(request.url()) || errors.push(`request failed: ${request.url().slice(0, 120)} (${request.failure()?.errorText ?? ''})`))
  // `?print=true` must come before the hash: Slidev reads print mode from location.search.
  await page.goto(`${siteUrl}?print=true#/print`, { waitUntil: 'load', timeout: timeoutMs })
  await page.emulateMedia({ colorScheme: 'light', media: 'screen' })

  const deadline = Date.now() + timeoutMs
  let state: Readiness = await page.evaluate(readReadiness)
  const ready = (s: Readiness): boolean => s.containers.length >= deck.slides.length && !s.loading.length && !s.waitingFor.length
    && !s.mermaidPending && s.fontsLoaded && !s.imagesPending.length
  // Ready means ready on three polls in a row: a diagram or image that starts after the first
  // "ready" reading would otherwise be checked half-drawn.
  let streak = ready(state) ? 1 : 0
  while (streak < 3 && Date.now() < deadline) {
    await sleep(200)
    state = await page.evaluate(readReadiness)
    streak = ready(state) ? streak + 1 : 0
  }
  const findings: RenderFinding[] = []
  if (!ready(state)) {
    const seconds = Math.round(timeoutMs / 1000)
    const present = new Set(state.containers)
    if (!state.containers.length)
      findings.push({ no: 0, message: 'the print view shows no slide at all: is the print route compiled into the build?' })
    for (const slide of deck.slides.filter(s => state.containers.length && !present.has(s.no)))
      findings.push({ no: slide.no, message: 'missing from the print view' })
    for (const no of new Set(state.loading))
      findings.push({ no, message: `never finished loading within ${seconds} s (still "Loading slide…", or no element with its layout's slidev-layout class)` })
    for (const { no, selector } of state.waitingFor)
      findings.push({ no, message: `never finished loading within ${seconds} s: its data-waitfor="${selector}" never appeared` })
    for (const no of new Set(state.imagesPending))
      findings.push({ no, message: `an image did not finish loading within ${seconds} s` })
    if (state.mermaidPending)
      findings.push({ no: 0, message: `Mermaid was still rendering after ${seconds} s` })
    if (!state.fontsLoaded)
      findings.push({ no: 0, message: `fonts were still loading after ${seconds} s` })
  }
  else if (state.containers.length !== deck.slides.length) {
    findings.push({ no: 0, message: `the print view has ${state.containers.length} slide containers for ${deck.slides.length} slides` })
  }
  // Slidev's exporter hides the container Mermaid lays diagrams out in; so does this one.
  await page.evaluate(() => {
    const el = document.querySelector<HTMLElement>('#mermaid-rendering-container')
    if (el)
      el.style.display = 'none'
  })
  // A remote image the route above blocked is the exporter's warning (or --strict error), not a broken slide.
  const blockedImage = (message: string): boolean => {
    const url = /^image (\S+) did not load/.exec(message)?.[1]
    return !!url && remoteRequests.some(request => request.startsWith(url))
  }
  const rendered = await page.evaluate(findRenderProblems, { families: deck.fontFamilies, canvasWidth: width, tolerance: 2 })
  findings.push(...rendered.filter(f => !blockedImage(f.message)))
  findings.push(...errors.map(message => ({ no: 0, message })))
  if (findings.length) {
    await context.close()
    throw new RenderProblemsError(deck, findings)
  }
  return {
    page,
    fonts: await page.evaluate(loadedFontFaces),
    errors,
    remoteRequests,
    close: () => context.close(),
  }
}
