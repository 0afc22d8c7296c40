import type { Page } from 'playwright-chromium'

/**
 * What a slide shows, measured in the browser: every piece of visible text with its rendered
 * size in canvas pixels (computed font size × the element's on-screen scale ÷ the slide's scale),
 * so a component that shrinks its content with a transform, or a Mermaid diagram scaled to fit,
 * is measured as the audience sees it, not as its CSS declares it.
 */

/** What a piece of text is, for the budget: each kind has its own rule. */
export type TextKind = 'body' | 'diagram' | 'citation' | 'source' | 'footer'

export interface MeasuredText {
  kind: TextKind
  /** Rendered font size in canvas px (the deck's 980-px-wide canvas), one decimal. */
  px: number
  /** Words in this element's visible text. */
  words: number
  /** The element's visible text, whitespace collapsed, at most 60 characters. */
  text: string
  /** A short CSS path from the slide to the element: `div.round-card > p.when`. */
  path: string
}

export interface SlideMeasure {
  no: number
  texts: MeasuredText[]
}

/**
 * Selectors that make text exempt or special. Content authors mark a source line under a chart
 * with `class="deck-source"` (or `data-legibility="source"`); `<Cite>` renders `.deck-cite`.
 */
export const LEGIBILITY_SELECTORS = {
  footer: '.deck-footer',
  citation: '.deck-cite',
  source: '.deck-source, [data-legibility="source"]',
} as const

/**
 * The in-page half, as source text: tsx and vitest transform functions differently (tsx adds
 * `__name` helpers that do not exist in the page), so the function is shipped as a string.
 */
const IN_PAGE = String.raw`({ selector, canvasWidth, selectors }) => {
  const root = document.querySelector(selector)
  if (!root)
    throw new Error('no slide at ' + selector)
  const page = root.matches('.slidev-page') ? root : root.querySelector('.slidev-page') || root
  const SKIP = new Set(['STYLE', 'SCRIPT', 'TEMPLATE', 'NOSCRIPT', 'TITLE', 'DESC', 'title', 'desc', 'style', 'script'])
  const byElement = new Map()
  const hostOf = new Map()

  // Scale of one element's own box: CSS transform (vertical factor, which is what sets glyph height), scale and zoom.
  function ownScale(e) {
    const cs = getComputedStyle(e)
    let s = 1
    const m = /^matrix(3d)?\((.*)\)$/.exec(cs.transform || '')
    if (m) {
      const v = m[2].split(',').map(Number)
      s *= m[1] ? Math.hypot(v[4], v[5]) : Math.hypot(v[2], v[3])
    }
    if (cs.scale && cs.scale !== 'none') {
      const parts = cs.scale.split(' ').map(Number)
      s *= parts.length > 1 ? parts[1] : parts[0]
    }
    const zoom = Number(cs.zoom)
    if (zoom && zoom !== 1)
      s *= zoom
    return s
  }
  function parentOf(e) {
    if (e.parentElement)
      return e.parentElement
    const r = e.getRootNode()
    return r instanceof ShadowRoot ? r.host : null
  }
  // On-screen CSS px per layout px of el: transforms up the tree (across shadow roots); inside
  // an SVG the screen CTM, which also carries viewBox scaling (how Mermaid fits a diagram).
  function screenScale(el) {
    let s = 1
    for (let e = el; e; e = parentOf(e)) {
      if (e instanceof SVGGraphicsElement) {
        const m = e.getScreenCTM()
        return m ? s * Math.hypot(m.c, m.d) : s
      }
      s *= ownScale(e)
    }
    return s
  }
  function closestAcross(el, sel) {
    for (let e = el; e; ) {
      const found = e.closest(sel)
      if (found)
        return found
      const host = e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : null
      e = host
    }
    return null
  }
  function kindOf(el) {
    if (closestAcross(el, selectors.footer))
      return 'footer'
    if (closestAcross(el, selectors.citation))
      return 'citation'
    if (closestAcross(el, selectors.source))
      return 'source'
    if (el.closest('svg') || el.getRootNode() instanceof ShadowRoot)
      return 'diagram'
    return 'body'
  }
  function pathOf(el) {
    const parts = []
    for (let e = el; e && e !== page && parts.length < 4; ) {
      const cls = [...e.classList].filter(c => !c.startsWith('slidev-') && !/^[a-z]+-\[|:/.test(c)).slice(0, 2)
      parts.unshift(e.localName + (e.id ? '#' + e.id : '') + cls.map(c => '.' + c).join(''))
      const parent = e.parentElement
      e = parent || (e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : null)
    }
    return parts.join(' > ')
  }
  // Text for screen readers only (.sr-only: a 1-px box, clipped) is not on screen.
  function clippedAway(el) {
    for (let e = el; e && e !== page; e = parentOf(e)) {
      const cs = getComputedStyle(e)
      if (cs.clip && cs.clip !== 'auto' && /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(cs.clip))
        return true
      if (cs.clipPath && /inset\(50%\)/.test(cs.clipPath))
        return true
      const r = e.getBoundingClientRect()
      if (cs.overflow === 'hidden' && (r.width <= 1 || r.height <= 1))
        return true
    }
    return false
  }
  function visible(text, el) {
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
      return false
    if (clippedAway(el))
      return false
    const range = document.createRange()
    range.selectNodeContents(text)
    const rects = [...range.getClientRects()].filter(r => r.width > 0.5 && r.height > 0.5)
    return rects.length > 0
  }
  function visit(node) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent.replace(/\s+/g, ' ').trim()
      const el = node.parentElement
      if (!text || !el || SKIP.has(el.tagName) || !visible(node, el))
        return
      const entry = byElement.get(el) || { el, text: '' }
      entry.text = (entry.text + ' ' + text).trim()
      byElement.set(el, entry)
      return
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE)
      return
    if (node.nodeType === Node.ELEMENT_NODE && SKIP.has(node.tagName))
      return
    for (const child of node.childNodes)
      visit(child)
    if (node.shadowRoot)
      visit(node.shadowRoot)
  }
  visit(page)
  const slideScale = screenScale(page)
  // The slide must be canvas-wide in layout px, or 'canvas px' would mean something else.
  const boxScale = page.getBoundingClientRect().width / canvasWidth
  if (Math.abs(boxScale / slideScale - 1) > 0.02)
    throw new Error('slide at ' + selector + ' is ' + page.getBoundingClientRect().width + ' px wide at scale ' + slideScale + ', not ' + canvasWidth + ' canvas px')
  const texts = []
  for (const { el, text } of byElement.values()) {
    const size = parseFloat(getComputedStyle(el).fontSize) || 0
    const px = Math.round(size * screenScale(el) / slideScale * 10) / 10
    const words = text.split(' ').filter(w => /[\p{L}\p{N}]/u.test(w)).length
    texts.push({ kind: kindOf(el), px, words, text: text.length > 60 ? text.slice(0, 57) + '…' : text, path: pathOf(el) })
  }
  return texts
}`

/** Measures the slide at `selector` (a `.slidev-page`, or a print container holding one) as it is shown now. */
export async function measureSlide(page: Page, no: number, selector: string, canvasWidth: number): Promise<SlideMeasure> {
  const texts = await page.evaluate(
    `(${IN_PAGE})(${JSON.stringify({ selector, canvasWidth, selectors: LEGIBILITY_SELECTORS })})`,
  ) as MeasuredText[]
  return { no, texts }
}
