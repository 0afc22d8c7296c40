import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { PageIssue } from '../../support/browser.ts'
import { newGuardedContext, PageRecorder } from '../../support/browser.ts'
import { deckUrl, readNav, settleSlide } from '../../support/slidev-page.ts'

/**
 * Checks of a deployed copy of the site, whatever serves it (a plain file server, nginx): the
 * routes are hash-based, so every URL is `<site>#/<route>`.
 */

export interface HostedPage {
  context: BrowserContext
  page: Page
  recorder: PageRecorder
  /** Requests to any other origin than the site's (blocked when not on this machine). */
  offOrigin: string[]
  /** CSP violations: `securitypolicyviolation` events and console messages naming the policy. */
  cspViolations: () => Promise<string[]>
}

interface CspWindow {
  __cspViolations?: string[]
}

/**
 * A fresh offline context on the site: requests leaving the machine are aborted (and listed by
 * the guarded context), requests to another origin are recorded, CSP reports are collected from
 * the first byte of every document on.
 */
export async function openHostedPage(browser: Browser, siteUrl: string, viewport = { width: 980, height: 551 }): Promise<HostedPage> {
  const origin = new URL(siteUrl).origin
  // Requests leaving the machine are aborted by the guarded context; every request (aborted or
  // not) still fires 'request', so offOrigin sees them all.
  const { context } = await newGuardedContext(browser, { viewport, acceptDownloads: true })
  const offOrigin: string[] = []
  const consoleCsp: string[] = []
  context.on('request', (request) => {
    const url = request.url()
    if (/^https?:/.test(url) && new URL(url).origin !== origin)
      offOrigin.push(url)
  })
  await context.addInitScript(() => {
    const store = window as unknown as CspWindow
    store.__cspViolations = []
    document.addEventListener('securitypolicyviolation', (e) => {
      store.__cspViolations?.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`)
    })
  })
  const page = await context.newPage()
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text()))
      consoleCsp.push(`[console ${message.type()}] ${message.text().slice(0, 300)}`)
  })
  const recorder = new PageRecorder(page)
  return {
    context,
    page,
    recorder,
    offOrigin,
    cspViolations: async () => {
      const fromPage = await page.evaluate(() => (window as unknown as CspWindow).__cspViolations ?? []).catch(() => [])
      return [...fromPage, ...consoleCsp]
    },
  }
}

export interface FontState {
  /** document.fonts.status */
  status: string
  /** CSS-declared faces that failed to load. */
  failed: string[]
  /** Families with at least one loaded face. */
  loadedFamilies: string[]
}

export async function readFonts(page: Page): Promise<FontState> {
  return page.evaluate(async () => {
    await document.fonts.ready
    const faces = [...document.fonts]
    return {
      status: document.fonts.status,
      failed: faces.filter(f => f.status === 'error').map(f => `${f.family} ${f.weight} ${f.style}`),
      loadedFamilies: [...new Set(faces.filter(f => f.status === 'loaded').map(f => f.family.replace(/^["']|["']$/g, '')))],
    }
  })
}

export interface ReloadReport {
  /** The deep link: the URL after going forward from slide 1 (#/5, or a slide's routeAlias). */
  urlBeforeReload: string
  urlAfterReload: string
  /** The slide number the app itself shows (Slidev's navigation state), before and after the reload. */
  slideBeforeReload: number | undefined
  slideAfterReload: number | undefined
  /** Failed/blocked/4xx requests, console errors and page errors, over the whole visit. */
  issues: PageIssue[]
  fonts: FontState
}

/**
 * What a person does with a shared link: open slide 1, go forward (↓, slide by slide, skipping
 * click steps) to slide `target`, reload the page, and look again.
 */
export async function deepLinkReload(hosted: HostedPage, siteUrl: string, target: number): Promise<ReloadReport> {
  const { page, recorder } = hosted
  await page.goto(deckUrl(siteUrl, 'hash', '1'))
  await settleSlide(page, 1)
  for (let no = 2; no <= target; no++) {
    const before = page.url()
    await page.keyboard.press('ArrowDown')
    await page.waitForFunction(b => location.href !== b, before, { timeout: 5_000 })
  }
  await settleSlide(page, target)
  const urlBeforeReload = page.url()
  const slideBeforeReload = (await readNav(page))?.no
  await page.reload({ waitUntil: 'load' })
  await settleSlide(page, target)
  const slideAfterReload = (await readNav(page))?.no
  const fonts = await readFonts(page)
  return { urlBeforeReload, urlAfterReload: page.url(), slideBeforeReload, slideAfterReload, issues: recorder.take(), fonts }
}

/**
 * Shows every slide at every click step, going through the deck with → as a presenter does.
 * Returns how many steps were shown.
 */
export async function walkEveryStep(page: Page, siteUrl: string, total: number): Promise<number> {
  await page.goto(deckUrl(siteUrl, 'hash', '1'))
  await settleSlide(page, 1)
  let steps = 1
  for (;;) {
    const nav = await readNav(page)
    if (!nav)
      throw new Error('Slidev\'s navigation state is not readable in the page')
    if (nav.no >= total && nav.clicks >= nav.clicksTotal)
      return steps
    const before = page.url()
    await page.keyboard.press('ArrowRight')
    await page.waitForFunction(b => location.href !== b, before, { timeout: 5_000 })
    // Slides with a `routeAlias` show it in the URL (#/sources): the app says which slide it is.
    const now = await readNav(page)
    if (!now)
      throw new Error(`→ led to ${page.url()}, where Slidev's navigation is not readable`)
    await settleSlide(page, now.no)
    steps++
    if (steps > 2_000)
      throw new Error('→ never reached the last step')
  }
}

/** `src`/`href` of the scripts, stylesheets, preloads and icons in an HTML document. */
export function referencedUrls(html: string): string[] {
  const urls: string[] = []
  for (const tag of html.match(/<(?:script|link)\b[^>]*>/gi) ?? []) {
    const rel = /\brel="([^"]*)"/i.exec(tag)?.[1] ?? ''
    if (tag.startsWith('<link') && !/\b(?:stylesheet|modulepreload|icon|preload)\b/i.test(rel))
      continue
    const url = /\b(?:src|href)="([^"]+)"/i.exec(tag)?.[1]
    if (url)
      urls.push(url)
  }
  return urls
}

/** The content of `<meta property|name="key">` in an HTML document. */
export function metaContent(html: string, key: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const name = /\b(?:name|property|http-equiv)="([^"]*)"/i.exec(tag)?.[1]
    if (name?.toLowerCase() === key.toLowerCase()) {
      const content = /\bcontent="([^"]*)"/i.exec(tag)?.[1]
      return content?.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    }
  }
  return undefined
}
