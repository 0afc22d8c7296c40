import type { Page } from 'playwright-chromium'

/**
 * Slidev-specific knowledge for driving a built deck in a browser: URLs, what "rendered" means,
 * and how to read the app's navigation state. Selectors follow Slidev 52's DOM:
 * `#slide-content` is the canvas, `.slidev-page[data-slidev-no="N"]` one slide in it.
 */

export type RouterMode = 'hash' | 'history' | 'memory'

/** URL of a route (`3`, `3?clicks=2`, `presenter/3`, `overview`) of a deck served at `siteUrl` (ends with `/`). */
export function deckUrl(siteUrl: string, routerMode: RouterMode, route: string): string {
  return routerMode === 'hash' ? `${siteUrl}#/${route}` : `${siteUrl}${route}`
}

export interface RouteState {
  /** Path after the base, without a leading slash: `3`, `presenter/3`, `overview`. */
  path: string
  /** Slide number when the route shows one (play or presenter), else undefined. */
  no: number | undefined
  /** `?clicks=` of the route, 0 when absent. */
  clicks: number
}

/**
 * Where the page is, read from its URL (hash or path, depending on the router mode). Slides with
 * a `routeAlias` frontmatter show the alias instead of the number; `aliases` maps them back.
 */
export function readRoute(url: string, siteUrl: string, routerMode: RouterMode, aliases: ReadonlyMap<string, number> = new Map()): RouteState {
  const full = new URL(url)
  const raw = routerMode === 'hash'
    ? full.hash.replace(/^#\/?/, '')
    : `${full.pathname.slice(new URL(siteUrl).pathname.length)}${full.search}`
  const [path, query = ''] = raw.split('?')
  const slide = /^(?:presenter\/)?([^/]+)$/.exec(path)?.[1]
  const no = slide === undefined ? undefined : /^\d+$/.test(slide) ? Number(slide) : aliases.get(slide)
  const clicks = Number(new URLSearchParams(query).get('clicks') ?? 0)
  return { path, no, clicks: Number.isFinite(clicks) ? clicks : 0 }
}

/** What Slidev's own navigation reports; read from the app so it can be checked against what the URL and keys did. */
export interface NavState {
  no: number
  total: number
  clicks: number
  clicksTotal: number
}

interface SlidevContextLike {
  nav: { currentSlideNo: number, total: number, clicks: number, clicksTotal: number }
}
interface VueAppLike {
  _context: { provides: Record<string, SlidevContextLike | undefined> }
}

/**
 * Slidev exposes `window.__slidev__` only in dev; a production build still mounts the Vue app on
 * `#app.__vue_app__`, and Slidev provides its context under the string key '$$slidev-context'.
 */
export async function readNav(page: Page): Promise<NavState | undefined> {
  return page.evaluate(() => {
    const host = document.querySelector('#app') as (Element & { __vue_app__?: VueAppLike }) | null
    const nav = host?.__vue_app__?._context.provides['$$slidev-context']?.nav
    return nav ? { no: nav.currentSlideNo, total: nav.total, clicks: nav.clicks, clicksTotal: nav.clicksTotal } : undefined
  })
}

/**
 * Waits until slide `no` is fully shown in the `root` canvas: the only visible page, async slide
 * chunks loaded, Mermaid diagrams rendered into their shadow roots, images decoded, web fonts
 * ready, and every finite animation (the slide transition, v-click fades) finished. Measuring
 * earlier would catch half-faded or not-yet-laid-out content.
 */
export async function settleSlide(page: Page, no: number, { root = '#slide-content', timeout = 20_000 } = {}): Promise<void> {
  const check = ({ no, root }: { no: number, root: string }): boolean => {
    const pending: string[] = []
    const canvas = document.querySelector(root)
    const pages = canvas ? [...canvas.querySelectorAll<HTMLElement>('.slidev-page')].filter(p => p.getClientRects().length > 0) : []
    const slide = pages.length === 1 && pages[0].dataset.slidevNo === String(no) ? pages[0] : undefined
    if (!slide)
      pending.push(`visible slides: [${pages.map(p => p.dataset.slidevNo).join(', ')}], want [${no}]`)
    if (document.fonts.status !== 'loaded')
      pending.push('web fonts loading')
    if (slide?.querySelector('.slidev-slide-loading'))
      pending.push('slide chunk loading')
    // Slidev shows its loading placeholder only 300 ms after a slide's chunk starts loading: until
    // then an empty container looks settled. A slide has mounted once its layout is in the DOM.
    if (slide && !slide.querySelector('.slidev-layout'))
      pending.push('slide not mounted')
    // Each diagram of this slide drawn into its shadow root (a failed one is replaced by a <pre>).
    const undrawn = slide ? [...slide.querySelectorAll<HTMLElement>('.mermaid')].filter(m => !m.shadowRoot?.childElementCount).length : 0
    if (undrawn)
      pending.push(`${undrawn} Mermaid diagram(s) not drawn`)
    const loading = slide ? [...slide.querySelectorAll('img')].filter(img => !img.complete).length : 0
    if (loading)
      pending.push(`${loading} image(s) loading`)
    const running = document.getAnimations().filter(a => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity).length
    if (running)
      pending.push(`${running} animation(s) running`)
    const w = window as unknown as { __settlePending?: string[], __settleStreak?: number }
    w.__settlePending = pending
    // Settled only when it reads so on three polls in a row (a diagram can mount between two).
    w.__settleStreak = pending.length === 0 ? (w.__settleStreak ?? 0) + 1 : 0
    return w.__settleStreak >= 3
  }
  await page.evaluate(() => {
    (window as unknown as { __settleStreak?: number }).__settleStreak = 0
  })
  try {
    await page.waitForFunction(check, { no, root }, { timeout, polling: 50 })
  }
  catch (error) {
    const pending = await page.evaluate(() => (window as unknown as { __settlePending?: string[] }).__settlePending ?? [])
    throw new Error(`slide ${no} did not settle within ${timeout} ms (${page.url()}): ${pending.join('; ')}`, { cause: error })
  }
  // Two frames so layout and paint reflect the settled state.
  await page.evaluate(() => new Promise<void>(resolve => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))))
}

/**
 * Waits only until slide `no` is mounted and visible in the canvas (its v-clicks registered), not
 * for transitions to end: enough before pressing a key, much faster than `settleSlide`.
 */
export async function waitForSlideMounted(page: Page, no: number, { root = '#slide-content', timeout = 10_000 } = {}): Promise<void> {
  await page.waitForFunction(({ no, root }) => {
    const slide = document.querySelector(`${root} .slidev-page[data-slidev-no="${no}"]`)
    return !!slide && slide.getClientRects().length > 0 && !slide.querySelector('.slidev-slide-loading')
  }, { no, root }, { timeout, polling: 'raf' })
  await page.evaluate(() => new Promise<void>(resolve => requestAnimationFrame(() => resolve())))
}

/** CSS selector of slide `no` inside the canvas `root`. */
export function slideSelector(no: number, root = '#slide-content'): string {
  return `${root} .slidev-page[data-slidev-no="${no}"]`
}
