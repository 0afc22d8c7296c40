import type { Page } from 'playwright-chromium'

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
