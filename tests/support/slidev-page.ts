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
    ;(window as unknown as { __settlePending?: string[] }).__settlePending = pending
    return pending.length === 0
  }
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
 * Which slides reference each URL (img/source/video/link/object attributes, inline styles and
 * computed backgrounds, inside shadow roots too). Slidev mounts every slide a few seconds after
 * load and prefetches nearby slides' images, so when a request happens says nothing about which
 * slide made it; what the slides contain does. Call it once all slides have been shown.
 */
export async function slidesReferencing(page: Page, urls: string[]): Promise<Record<string, number[]>> {
  return page.evaluate((urls) => {
    const owners: Record<string, number[]> = Object.fromEntries(urls.map(u => [u, []]))
    const slides = [...document.querySelectorAll<HTMLElement>('#slide-content .slidev-page[data-slidev-no]')]
    for (const slide of slides) {
      const no = Number(slide.dataset.slidevNo)
      const haystack: string[] = []
      const visit = (root: Element | ShadowRoot): void => {
        for (const el of root.querySelectorAll('*')) {
          for (const attr of ['src', 'srcset', 'href', 'xlink:href', 'poster', 'data', 'style'])
            haystack.push(el.getAttribute(attr) ?? '')
          for (const prop of ['currentSrc', 'src', 'href'] as const) {
            const value = (el as unknown as Record<string, unknown>)[prop]
            if (typeof value === 'string')
              haystack.push(value)
          }
          haystack.push(getComputedStyle(el).backgroundImage)
          if (el.shadowRoot)
            visit(el.shadowRoot)
        }
      }
      visit(slide)
      haystack.push(getComputedStyle(slide).backgroundImage)
      const text = haystack.join('\n')
      for (const url of urls) {
        if (text.includes(url) && !owners[url].includes(no))
          owners[url].push(no)
      }
    }
    return owners
  }, urls)
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

/**
 * Visible rendering failures inside one slide: Slidev's error layout, a Mermaid error (Slidev
 * shows a thrown error as a red <pre>; Mermaid itself may draw an error SVG, "Syntax error in
 * text", into the diagram's shadow root), and a component that rendered nothing but an error.
 */
export async function findRenderErrors(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const slide = document.querySelector(selector)
    if (!slide)
      return [`${selector} is not in the page`]
    const found: string[] = []
    const text = (slide as HTMLElement).innerText ?? ''
    if (text.includes('An error occurred on this slide'))
      found.push('Slidev error box: "An error occurred on this slide"')
    for (const pre of slide.querySelectorAll('pre')) {
      const red = (pre.getAttribute('border') ?? '').includes('red')
      const body = pre.textContent ?? ''
      if (red || /^(?:\w*Error\b|Parse error|Syntax error|Lexical error|No diagram type detected)/.test(body.trim()))
        found.push(`error <pre>: ${body.trim().slice(0, 200)}`)
    }
    for (const host of slide.querySelectorAll('.mermaid')) {
      const shadow = host.shadowRoot
      if (!shadow)
        continue
      const errorSvg = shadow.querySelector('svg[aria-roledescription="error"], .error-icon, .error-text')
      const shadowText = shadow.textContent ?? ''
      if (errorSvg || /Syntax error in text|Parse error/.test(shadowText))
        found.push(`Mermaid error diagram: ${shadowText.replace(/\s+/g, ' ').trim().slice(0, 200)}`)
    }
    return found
  }, selector)
}

export interface OverflowFinding {
  /** Short description: `h1 "Agenda"` or `mermaid › svg#m123`. */
  element: string
  /** By how many canvas pixels it sticks out on each side (only the sides that do). */
  beyond: Partial<Record<'left' | 'right' | 'top' | 'bottom', number>>
  /** How many elements inside it overflow too (not listed separately). */
  nested: number
}

/**
 * Every element box and text run of slide `selector` (shadow roots included, so Mermaid SVGs
 * count) that extends outside the canvas by more than `tolerance` canvas pixels. Elements hidden
 * with display:none or visibility:hidden are skipped; v-click targets not yet revealed are only
 * transparent, so they are still measured: content that will overflow at a later click is found
 * at every step. Nested offenders are folded into their outermost offending ancestor.
 */
export async function measureOverflow(page: Page, selector: string, { canvas = '#slide-content', canvasWidth = 980, tolerance = 2 } = {}): Promise<OverflowFinding[]> {
  return page.evaluate(({ selector, canvas, canvasWidth, tolerance }) => {
    const slide = document.querySelector(selector)
    const frame = document.querySelector(canvas)
    if (!slide || !frame)
      return [{ element: `${selector} not found`, beyond: {}, nested: 0 }]
    const box = frame.getBoundingClientRect()
    const scale = box.width / canvasWidth
    const round = (v: number): number => Math.round(v / scale)
    const sides = (r: DOMRect): OverflowFinding['beyond'] => {
      const beyond: OverflowFinding['beyond'] = {}
      if (box.left - r.left > tolerance * scale)
        beyond.left = round(box.left - r.left)
      if (r.right - box.right > tolerance * scale)
        beyond.right = round(r.right - box.right)
      if (box.top - r.top > tolerance * scale)
        beyond.top = round(box.top - r.top)
      if (r.bottom - box.bottom > tolerance * scale)
        beyond.bottom = round(r.bottom - box.bottom)
      return beyond
    }
    const describe = (el: Element, inShadow: boolean): string => {
      const id = el.id ? `#${el.id}` : ''
      const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : ''
      const words = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)
      return `${inShadow ? 'mermaid › ' : ''}${el.tagName.toLowerCase()}${id}${cls}${words ? ` "${words}"` : ''}`
    }
    const NOT_RENDERED = 'defs, marker, clipPath, mask, pattern, symbol, title, desc, style, script'
    // Element.contains stops at a shadow root; a Mermaid SVG belongs to its host element.
    const within = (outer: Element, inner: Element): boolean => {
      for (let n: Node | null = inner; n; n = n.parentNode ?? (n instanceof ShadowRoot ? n.host : null)) {
        if (n === outer)
          return true
      }
      return false
    }
    // Inside an SVG, what lies beyond the outermost <svg> box is clipped by it (Mermaid draws
    // sequence lifelines 2000 px long and lets the viewport cut them): measure the visible part.
    // The <svg> box itself is measured unclipped, so a diagram too big for the slide is still found.
    const clipToSvg = (el: Element, r: DOMRect): DOMRect | undefined => {
      let svg = el.parentElement?.closest('svg') ?? null
      for (let outer = svg?.parentElement?.closest('svg') ?? null; outer; outer = outer.parentElement?.closest('svg') ?? null)
        svg = outer
      if (!svg || getComputedStyle(svg).overflow === 'visible')
        return r
      const v = svg.getBoundingClientRect()
      const left = Math.max(r.left, v.left)
      const top = Math.max(r.top, v.top)
      const right = Math.min(r.right, v.right)
      const bottom = Math.min(r.bottom, v.bottom)
      return right < left || bottom < top ? undefined : new DOMRect(left, top, right - left, bottom - top)
    }
    const findings: (OverflowFinding & { el: Element })[] = []
    const offenders = new Set<Element>()
    const visit = (root: Element | ShadowRoot, inShadow: boolean): void => {
      for (const el of root.querySelectorAll('*')) {
        const style = getComputedStyle(el)
        // Non-rendered SVG parts (definitions, accessible titles) have boxes that mean nothing.
        if (style.display === 'none' || style.visibility === 'hidden' || el.closest(NOT_RENDERED))
          continue
        const r = clipToSvg(el, el.getBoundingClientRect())
        if (r && (r.width > 0 || r.height > 0)) {
          const beyond = sides(r)
          if (Object.keys(beyond).length) {
            offenders.add(el)
            findings.push({ el, element: describe(el, inShadow), beyond, nested: 0 })
          }
        }
        if (el.shadowRoot)
          visit(el.shadowRoot, true)
      }
      // Text can spill out of a box that itself fits (a fixed-height card): measure the glyph runs too.
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement
        if (!node.textContent?.trim() || !parent || offenders.has(parent))
          continue
        const style = getComputedStyle(parent)
        if (style.visibility === 'hidden' || parent.closest(NOT_RENDERED))
          continue
        const range = document.createRange()
        range.selectNodeContents(node)
        for (const rect of range.getClientRects()) {
          const r = clipToSvg(parent, rect)
          if (!r)
            continue
          const beyond = sides(r)
          if (Object.keys(beyond).length) {
            offenders.add(parent)
            findings.push({ el: parent, element: `text in ${describe(parent, inShadow)}`, beyond, nested: 0 })
            break
          }
        }
      }
    }
    visit(slide, false)
    // Fold nested offenders into the outermost one: one overflowing list is one finding, not twenty.
    const outer = findings.filter(f => !findings.some(o => o !== f && o.el !== f.el && within(o.el, f.el)))
    for (const f of outer)
      f.nested = findings.filter(o => o !== f && within(f.el, o.el)).length
    return outer.map(({ element, beyond, nested }) => ({ element, beyond, nested }))
  }, { selector, canvas, canvasWidth, tolerance })
}

/** "h1 "Agenda": bottom +34 px (and 3 nested)". */
export function formatOverflow(finding: OverflowFinding): string {
  const sides = Object.entries(finding.beyond).map(([side, px]) => `${side} +${px} px`).join(', ')
  return `${finding.element}: ${sides}${finding.nested ? ` (and ${finding.nested} nested)` : ''}`
}

/**
 * Mermaid diagrams in slide `selector` with no text alternative. axe cannot see this: Mermaid's
 * SVG has role "graphics-document", which no axe rule requires to be named. A diagram counts as
 * named by its own <title>/aria-label/aria-labelledby (Mermaid's `accTitle:`), an aria-label on
 * its host, or a <figcaption> of an enclosing <figure>.
 */
export async function findUnlabelledDiagrams(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const slide = document.querySelector(selector)
    if (!slide)
      return [`${selector} is not in the page`]
    const text = (el: Element | null | undefined): string => (el?.textContent ?? '').trim()
    const missing: string[] = []
    for (const host of slide.querySelectorAll('.mermaid')) {
      const svg = host.shadowRoot?.querySelector('svg')
      if (!svg)
        continue
      const labelledBy = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)
        .map(id => text(host.shadowRoot?.getElementById(id))).join(' ').trim()
      const named = [svg.getAttribute('aria-label') ?? '', labelledBy, text(svg.querySelector(':scope > title')), host.getAttribute('aria-label') ?? '', text(host.closest('figure')?.querySelector('figcaption'))]
        .some(name => name.trim().length > 0)
      if (!named) {
        const label = text(svg).replace(/\s+/g, ' ').slice(0, 60)
        missing.push(`Mermaid diagram "${label}" has no text alternative: add \`accTitle:\` (and \`accDescr:\`) to it`)
      }
    }
    return missing
  }, selector)
}
