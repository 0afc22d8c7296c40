import type { Page } from 'playwright-chromium'
import { LEGIBILITY_SELECTORS } from '../legibility/measure.ts'
import { DESIGN_BUDGET } from './budget.ts'

/**
 * How a slide uses its body, measured in the browser as shown now (every click revealed by the
 * caller). The body runs from below the headline (the slide's first h1) to above the footer; the
 * content is the union of what is drawn below the headline: text, pictures, SVG, canvas, Mermaid
 * diagrams and painted boxes (cards, panels). Positions are canvas px from the slide's top.
 */
export interface DesignMeasure {
  no: number
  body: { top: number, bottom: number }
  /** Vertical extent of the content inside the body; null when there is none. */
  content: { top: number, bottom: number } | null
  /** Share of the body height the content spans, 0..1. */
  fill: number
  /** Nothing reaches into the lower band of the body (DESIGN_BUDGET.lowerBandStart). */
  lowerEmpty: boolean
  /** The element that reaches furthest down, for messages: `p “Three bullets…”`. */
  lowest: string
  /** Word-weighted median size of the body text in canvas px; 0 when the slide has none. */
  bodyPx: number
  /** Pictures, charts, maps and diagrams of at least DESIGN_BUDGET.visualMinPx: `svg 620×300`. */
  visuals: string[]
  /** Runs of citation numbers with DESIGN_BUDGET.clusterNumbers or more numbers, as shown. */
  clusters: { text: string, numbers: number }[]
}

/** Elements that are visual evidence in themselves (a `data-visual` attribute marks a CSS-drawn one). */
export const VISUAL_SELECTOR = 'img, svg, canvas, video, iframe, object, .mermaid, [role="img"], [data-visual]'

/**
 * The in-page half, as source text (tsx and vitest transform functions differently; see
 * scripts/lib/legibility/measure.ts). Sizes use the same scale logic as the legibility measure.
 */
const IN_PAGE = String.raw`({ selector, canvasWidth, selectors, visualSelector, lowerBandStart, visualMinPx, clusterNumbers }) => {
  const root = document.querySelector(selector)
  if (!root)
    throw new Error('no slide at ' + selector)
  const page = root.matches('.slidev-page') ? root : root.querySelector('.slidev-page') || root
  const layout = page.querySelector('.slidev-layout') || page
  const pageBox = page.getBoundingClientRect()
  const scale = pageBox.width / canvasWidth
  const y = v => (v - pageBox.top) / scale

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
  function screenScale(el) {
    let s = 1
    for (let e = el; e; e = e.parentElement)
      s *= ownScale(e)
    return s
  }
  const slideScale = screenScale(page)
  function shown(el) {
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
      return false
    const cs = getComputedStyle(el)
    if (cs.clip && cs.clip !== 'auto' && /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(cs.clip))
      return false
    if (cs.clipPath && /inset\(50%\)/.test(cs.clipPath))
      return false
    return true
  }
  function label(el) {
    const words = (el.textContent || '').replace(/\s+/g, ' ').trim()
    return el.localName + (words ? ' “' + (words.length > 50 ? words.slice(0, 47) + '…' : words) + '”' : '')
  }

  const headline = [...layout.querySelectorAll('h1')].find(h => shown(h)) || null
  const footer = page.querySelector(selectors.footer)
  const cs = getComputedStyle(layout)
  const layoutBox = layout.getBoundingClientRect()
  const top = headline ? y(headline.getBoundingClientRect().bottom) : y(layoutBox.top) + parseFloat(cs.paddingTop || '0')
  const footerBox = footer && shown(footer) ? footer.getBoundingClientRect() : null
  const bottom = footerBox && footerBox.height > 0 ? y(footerBox.top) : y(layoutBox.bottom) - parseFloat(cs.paddingBottom || '0')
  const body = { top, bottom }

  const boxes = []
  const visuals = []
  const sizes = []
  function add(rect, el) {
    const t = Math.max(y(rect.top), body.top)
    const b = Math.min(y(rect.bottom), body.bottom)
    if (rect.width > 0.5 && rect.height > 0.5 && b - t > 0.5)
      boxes.push({ top: t, bottom: b, el })
  }
  function painted(el, st) {
    const bg = st.backgroundColor
    const hasBg = (bg && !/^(transparent|rgba\(.*,\s*0\))$/.test(bg)) || (st.backgroundImage && st.backgroundImage !== 'none')
    const hasBorder = ['Top', 'Right', 'Bottom', 'Left'].some(s => parseFloat(st['border' + s + 'Width']) > 0 && st['border' + s + 'Style'] !== 'none')
    return hasBg || hasBorder
  }
  function visit(el) {
    // A display: contents element (a grid row of cells) has no box of its own; its children do.
    if (el !== layout && getComputedStyle(el).display === 'contents') {
      for (const child of el.children)
        visit(child)
      return
    }
    if (el === headline || el === footer || !shown(el))
      return
    const rect = el.getBoundingClientRect()
    if (el.matches(visualSelector)) {
      add(rect, el)
      if (rect.width / scale >= visualMinPx && rect.height / scale >= visualMinPx && y(rect.bottom) > body.top)
        visuals.push(el.localName + (el.classList.contains('mermaid') ? '.mermaid' : '') + ' ' + Math.round(rect.width / scale) + '×' + Math.round(rect.height / scale))
      return
    }
    const st = getComputedStyle(el)
    // A box that covers (nearly) the whole slide is a background, not content.
    if (el !== layout && painted(el, st) && !(rect.width >= pageBox.width * 0.95 && rect.height >= pageBox.height * 0.9))
      add(rect, el)
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        const text = node.textContent.replace(/\s+/g, ' ').trim()
        if (!text)
          continue
        const range = document.createRange()
        range.selectNodeContents(node)
        for (const r of range.getClientRects())
          add(r, el)
        const inCite = el.closest(selectors.citation) || el.closest(selectors.source)
        if (!inCite && y(range.getBoundingClientRect().bottom) > body.top) {
          const px = Math.round(parseFloat(getComputedStyle(el).fontSize) * screenScale(el) / slideScale * 10) / 10
          const words = text.split(' ').filter(w => /[\p{L}\p{N}]/u.test(w)).length
          if (words)
            sizes.push({ px, words })
        }
      }
      else if (node.nodeType === Node.ELEMENT_NODE && !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) {
        visit(node)
      }
    }
  }
  visit(layout)
  let content = null
  let lowest = null
  for (const b of boxes) {
    if (!content)
      content = { top: b.top, bottom: b.bottom }
    content.top = Math.min(content.top, b.top)
    if (b.bottom >= content.bottom)
      lowest = b.el
    content.bottom = Math.max(content.bottom, b.bottom)
  }
  const height = Math.max(1, body.bottom - body.top)
  const fill = content ? Math.min(1, (content.bottom - content.top) / height) : 0
  // Two canvas px of slack: a descender touching the band does not fill it.
  const lowerEmpty = !content || content.bottom <= body.top + lowerBandStart * height + 2

  sizes.sort((a, b) => a.px - b.px)
  const total = sizes.reduce((n, s) => n + s.words, 0)
  let bodyPx = 0
  for (let seen = 0, i = 0; i < sizes.length; i++) {
    seen += sizes[i].words
    if (seen * 2 >= total) {
      bodyPx = sizes[i].px
      break
    }
  }

  // Citation numbers as the slide shows them: "[1, 8, 25]", adjacent markers "[1, 2][3, 4]" read as one run.
  const clusters = []
  const text = page.innerText || ''
  const run = /(?:\[[\d\s,;–—+·\u2009\u202F-]*\d[\d\s,;–—+·\u2009\u202F-]*\][\s\u2009\u202F]*)+/g
  for (const m of text.matchAll(run)) {
    let numbers = 0
    for (const part of m[0].matchAll(/(\d+)\s*[–—-]\s*(\d+)|\d+/g))
      numbers += part[2] ? Math.max(1, Number(part[2]) - Number(part[1]) + 1) : 1
    if (numbers >= clusterNumbers)
      clusters.push({ text: m[0].trim().replace(/\s+/g, ' ').slice(0, 60), numbers })
  }
  return {
    body: { top: Math.round(body.top * 10) / 10, bottom: Math.round(body.bottom * 10) / 10 },
    content: content && { top: Math.round(content.top * 10) / 10, bottom: Math.round(content.bottom * 10) / 10 },
    fill: Math.round(fill * 1000) / 1000,
    lowerEmpty,
    lowest: lowest ? label(lowest) : '',
    bodyPx,
    visuals,
    clusters,
  }
}`

/** Measures the slide at `selector` (a `.slidev-page`, or a print container holding one) as shown now. */
export async function measureDesign(page: Page, no: number, selector: string, canvasWidth: number): Promise<DesignMeasure> {
  const args = {
    selector,
    canvasWidth,
    selectors: LEGIBILITY_SELECTORS,
    visualSelector: VISUAL_SELECTOR,
    lowerBandStart: DESIGN_BUDGET.lowerBandStart,
    visualMinPx: DESIGN_BUDGET.visualMinPx,
    clusterNumbers: DESIGN_BUDGET.clusterNumbers,
  }
  const measure = await page.evaluate(`(${IN_PAGE})(${JSON.stringify(args)})`) as Omit<DesignMeasure, 'no'>
  return { no, ...measure }
}
