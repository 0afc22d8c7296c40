import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { BrowserArtifacts } from '../support/artifacts.ts'
import type { Deck } from '../support/deck.ts'
import type { RouterMode, RouteState } from '../support/slidev-page.ts'
import { inject } from 'vitest'
import { connectBrowser, newGuardedContext, PageRecorder } from '../support/browser.ts'
import { deckUrl, readNav, readRoute, settleSlide } from '../support/slidev-page.ts'

/** What a browser test file needs: the deck as parsed, the served build, the shared Chromium. */
export interface DeckSession {
  deck: Deck
  artifacts: BrowserArtifacts
  browser: Browser
  siteUrl: string
  routerMode: RouterMode
  /** Absolute URL of a deck route such as `3`, `3?clicks=1`, `presenter/3`, `overview`. */
  url: (route: string) => string
  /** The route a page is on. */
  route: (page: Page) => RouteState
}

export async function openDeckSession(): Promise<DeckSession> {
  const artifacts = inject('browserArtifacts')
  const { siteUrl, wsEndpoint } = inject('browserSession')
  const deck = artifacts.deck
  const routerMode = deck.config.routerMode as RouterMode
  const aliases = new Map(deck.slides.flatMap(s => (s.routeAlias ? [[s.routeAlias, s.no] as const] : [])))
  return {
    deck,
    artifacts,
    browser: await connectBrowser(wsEndpoint),
    siteUrl,
    routerMode,
    url: route => deckUrl(siteUrl, routerMode, route),
    route: page => readRoute(page.url(), siteUrl, routerMode, aliases),
  }
}

export interface GuardedPage {
  context: BrowserContext
  page: Page
  recorder: PageRecorder
  /** Non-local URLs the page tried to reach (all blocked). */
  blocked: string[]
}

/**
 * A page in its own offline context. The viewport defaults to the deck's canvas, so the slide is
 * drawn at scale 1 and overflow is measured in the deck's own pixels.
 */
export async function openGuardedPage(session: DeckSession, viewport?: { width: number, height: number }): Promise<GuardedPage> {
  const { canvasWidth, aspectRatio } = session.deck.config
  const { context, blocked } = await newGuardedContext(session.browser, {
    viewport: viewport ?? { width: canvasWidth, height: Math.ceil(canvasWidth / aspectRatio) },
  })
  const page = await context.newPage()
  return { context, page, recorder: new PageRecorder(page), blocked }
}

/**
 * Opens slide `no` at its last click step, where every v-click is revealed, and waits until it
 * is settled. Returns the slide's click count as Slidev reports it. A slide that never settles is
 * still returned as it is (every-slide.test.ts reports it), so the other checks can go on.
 */
export async function showFinalStep(session: DeckSession, page: Page, no: number): Promise<number> {
  const settle = (): Promise<void> => settleSlide(page, no).catch(() => undefined)
  await page.goto(session.url(String(no)))
  await settle()
  const clicksTotal = (await readNav(page))?.clicksTotal ?? 0
  if (clicksTotal > 0) {
    await page.goto(session.url(`${no}?clicks=${clicksTotal}`))
    await settle()
  }
  return clicksTotal
}
