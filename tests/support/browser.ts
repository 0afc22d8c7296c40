import type { Browser, BrowserContext, BrowserContextOptions, BrowserServer, Page } from 'playwright-chromium'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/chromium.ts'

/** Hosts a test page may reach: this machine only. Everything else is blocked and recorded. */
export const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])

/** True for URLs that never leave the machine (loopback http(s), data:, blob:, about:). */
export function isLocalUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  }
  catch {
    return false
  }
  if (['data:', 'blob:', 'about:'].includes(parsed.protocol))
    return true
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && LOCAL_HOSTS.has(parsed.hostname)
}

/** The same browser the export script uses (CHROMIUM_PATH, Playwright's own, or the system one), headless. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS, headless: true })
}

/**
 * One browser process for a whole test run: test files (separate workers) attach to it with
 * `connectBrowser(server.wsEndpoint())` instead of each starting Chromium again.
 */
export async function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: await findChromium(), args: CHROMIUM_ARGS, headless: true, host: '127.0.0.1' })
}

export async function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint)
}

export interface GuardedContext {
  context: BrowserContext
  /** Every non-local URL any page of this context tried to load, in order. */
  blocked: string[]
}

/**
 * A context in which every request that would leave the machine is aborted and recorded, so a
 * test can prove the deck works offline. Service workers are blocked because their fetches bypass routing.
 */
export async function newGuardedContext(browser: Browser, options: BrowserContextOptions = {}): Promise<GuardedContext> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options })
  const blocked: string[] = []
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (isLocalUrl(url))
      return route.continue()
    blocked.push(url)
    return route.abort('blockedbyclient')
  })
  return { context, blocked }
}

export type IssueKind = 'console-error' | 'page-error' | 'request-failed' | 'request-blocked' | 'http-error'

export interface PageIssue {
  kind: IssueKind
  text: string
  /** The resource involved, when there is one (a request, or where a console message came from). */
  url?: string
}

/**
 * Collects what a person would see in DevTools as a problem: console errors, uncaught exceptions,
 * failed, blocked or 4xx/5xx requests. `take()` hands over what was seen since the last call,
 * so a walk through the deck can pin each problem on the slide that caused it.
 */
export class PageRecorder {
  private issues: PageIssue[] = []
  readonly warnings: string[] = []

  /** When each request started, and when the page last began to navigate. */
  private started = new WeakMap<object, number>()
  private lastNavigation = 0

  constructor(readonly page: Page) {
    page.on('request', (request) => {
      this.started.set(request, Date.now())
      if (request.isNavigationRequest() && request.frame() === page.mainFrame())
        this.lastNavigation = Date.now()
    })
    page.on('console', (message) => {
      if (message.type() === 'error')
        this.issues.push({ kind: 'console-error', text: message.text(), url: message.location().url || undefined })
      else if (message.type() === 'warning')
        this.warnings.push(message.text())
    })
    page.on('pageerror', error => this.issues.push({ kind: 'page-error', text: error.stack ?? error.message }))
    page.on('requestfailed', (request) => {
      const url = request.url()
      const local = isLocalUrl(url)
      // A reload or a new navigation cancels what the old page still had in flight (preloads):
      // that is the test's own doing, not a failure of the site.
      const aborted = request.failure()?.errorText === 'net::ERR_ABORTED'
      if (local && aborted && (this.started.get(request) ?? Number.POSITIVE_INFINITY) <= this.lastNavigation)
        return
      this.issues.push({
        kind: local ? 'request-failed' : 'request-blocked',
        text: `${url} (${request.failure()?.errorText ?? 'failed'})`,
        url,
      })
    })
    page.on('response', (response) => {
      if (response.status() >= 400)
        this.issues.push({ kind: 'http-error', text: `${response.status()} ${response.url()}`, url: response.url() })
    })
  }

  take(): PageIssue[] {
    const seen = this.issues
    this.issues = []
    return seen
  }
}

/** One line per issue, for assertion messages. */
export function formatIssues(issues: PageIssue[]): string {
  return issues.map(i => `  [${i.kind}] ${i.text.split('\n')[0]}`).join('\n')
}
