/**
 * Functions that run INSIDE the print view (page.evaluate): they must not reference anything outside
 * their own body. The class names and attributes they read are Slidev's print view (internal 5 in
 * scripts/lib/slidev-internals.ts).
 */

export interface Readiness {
  /** Slide numbers of the print containers present (one per slide without click steps). */
  containers: number[]
  /** Slides still showing Slidev's loading placeholder, or whose layout has not mounted yet. */
  loading: number[]
  /** Slides with a `data-waitfor` selector that is not visible yet (Slidev's public export hook). */
  waitingFor: { no: number, selector: string }[]
  /** Mermaid diagrams still being laid out in Slidev's hidden rendering container. */
  mermaidPending: boolean
  fontsLoaded: boolean
  /** Slides with an image that has not finished loading. */
  imagesPending: number[]
}

export function readReadiness(): Readiness {
  const slideOf = (el: Element): number => Number((el.closest('.print-slide-container')?.id ?? '').split('-')[0]) || 0
  const containers = [...document.querySelectorAll('.print-slide-container')].map(slideOf)
  // Slidev shows its loading placeholder only 300 ms after a slide's async component starts loading:
  // before that a container is empty, so "no placeholder" alone does not mean "mounted".
  const loading = [...document.querySelectorAll('.print-slide-container')]
    .filter(c => c.querySelector('.slidev-slide-loading') || !c.querySelector('.slidev-layout'))
    .map(slideOf)
  const waitingFor: Readiness['waitingFor'] = []
  for (const el of document.querySelectorAll('.print-slide-container [data-waitfor]')) {
    const selector = el.getAttribute('data-waitfor') ?? ''
    const target = selector ? el.querySelector(selector) : null
    const visible = target && target.getClientRects().length > 0 && getComputedStyle(target).visibility !== 'hidden'
    if (!visible)
      waitingFor.push({ no: slideOf(el), selector })
  }
  const pending = document.querySelector('#mermaid-rendering-container')
  // A diagram's SVG lands in its host's shadow root after the rendering container empties:
  // wait for every host to have one (or Mermaid's error box), which is what the checks then assert.
  const hostsWaiting = [...document.querySelectorAll('.print-slide-container .mermaid')]
    .some(host => !host.shadowRoot?.querySelector('svg') && !host.closest('.print-slide-container')?.querySelector('pre[border]'))
  const imagesPending = [...document.querySelectorAll<HTMLImageElement>('.print-slide-container img')].filter(img => !img.complete).map(slideOf)
  return {
    containers,
    loading,
    waitingFor,
    mermaidPending: Boolean(pending?.querySelector('div')) || hostsWaiting,
    fontsLoaded: document.fonts.status === 'loaded',
    imagesPending,
  }
}

export interface RenderFinding {
  /** 0 when the problem is not tied to one slide. */
  no: number
  message: string
}

/**
 * What would make a format wrong although the page looks "ready": error boxes, diagrams without
 * their SVG, components that did not resolve, broken images, content beyond the slide, and fonts
 * that fell back. `families` are the headmatter's `fonts.sans` names; `canvasWidth` the deck's.
 */
export function findRenderProblems({ families, canvasWidth, tolerance }: { families: string[], canvasWidth: number, tolerance: number }): RenderFinding[] {
  const findings: RenderFinding[] = []
  const containers = [...document.querySelectorAll<HTMLElement>('.print-slide-container')]
  const describe = (el: Element): string => {
    const words = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50)
    return `<${el.tagName.toLowerCase()}>${words ? ` "${words}"` : ''}`
  }
  for (const container of containers) {
    const no = Number(container.id.split('-')[0]) || 0
    const add = (message: string): void => {
      findings.push({ no, message })
    }
    const text = (container.textContent ?? '').replace(/\s+/g, ' ')
    if (/An error occurred on this slide|Failed to fetch this slide/.test(text))
      add('Slidev could not render it (its error layout is shown)')
    for (const pre of container.querySelectorAll('pre[border]'))
      add(`a Mermaid diagram failed: ${(pre.textContent ?? '').trim().split('\n')[0].slice(0, 160)}`)
    for (const host of container.querySelectorAll('.mermaid')) {
      if (!host.shadowRoot?.querySelector('svg'))
        add('a Mermaid diagram has no SVG')
      // Mermaid sizes a node from text it measured; measured in a fallback font (Inter not loaded
      // yet), the label comes out wider than its box, and the foreignObject silently cuts it off.
      for (const box of host.shadowRoot?.querySelectorAll('foreignObject') ?? []) {
        const label = box.querySelector('span, p')
        const room = box.getBoundingClientRect().width
        const need = label?.getBoundingClientRect().width ?? 0
        if (label && room > 0 && need > room + 1)
          add(`a diagram label is cut off: "${(label.textContent ?? '').trim().slice(0, 40)}" is ${Math.round(need)} px wide in a ${Math.round(room)} px box`)
      }
    }
    // A component name Vue could not resolve is left in the DOM as an unknown element (production
    // builds drop Vue's "Failed to resolve component" warning, so the DOM is the proof).
    for (const el of container.querySelectorAll('*')) {
      if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml')
        continue
      if (el instanceof HTMLUnknownElement || (el.localName.includes('-') && !customElements.get(el.localName)))
        add(`unknown component or element <${el.localName}> (misspelled, or not in components/?)`)
    }
    for (const img of container.querySelectorAll<HTMLImageElement>('img')) {
      if (!img.complete || img.naturalWidth === 0)
        add(`image ${img.getAttribute('src')?.slice(0, 80) ?? ''} did not load`)
    }
    // Content beyond the slide's canvas is cut off in every format: the 2nd..25th bullet of an
    // overflowing list simply vanish from the PDF.
    const canvas = container.querySelector('.slidev-slide-content') ?? container
    const box = canvas.getBoundingClientRect()
    const scale = box.width / canvasWidth
    const slack = tolerance * scale
    const beyond = (r: DOMRect): string[] => {
      const sides: string[] = []
      if (r.width <= 0 && r.height <= 0)
        return sides
      if (r.bottom - box.bottom > slack)
        sides.push(`bottom +${Math.round((r.bottom - box.bottom) / scale)} px`)
      if (r.right - box.right > slack)
        sides.push(`right +${Math.round((r.right - box.right) / scale)} px`)
      if (box.top - r.top > slack)
        sides.push(`top +${Math.round((box.top - r.top) / scale)} px`)
      if (box.left - r.left > slack)
        sides.push(`left +${Math.round((box.left - r.left) / scale)} px`)
      return sides
    }
    const offenders: string[] = []
    const walker = document.createTreeWalker(canvas, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node && offenders.length < 3; node = walker.nextNode()) {
      const parent = node.parentElement
      if (!node.textContent?.trim() || !parent)
        continue
      const style = getComputedStyle(parent)
      if (style.visibility === 'hidden' || style.display === 'none')
        continue
      const range = document.createRange()
      range.selectNodeContents(node)
      const rects = [...range.getClientRects()]
      const sides = rects.flatMap(beyond)
      if (sides.length)
        offenders.push(`${describe(parent)} sticks out (${sides[0]})`)
    }
    for (const svg of canvas.querySelectorAll('.mermaid')) {
      const sides = beyond(svg.getBoundingClientRect())
      if (sides.length)
        offenders.push(`a Mermaid diagram sticks out (${sides[0]})`)
    }
    if (offenders.length)
      add(`content overflows the slide: ${offenders.join('; ')}`)
  }
  for (const family of families) {
    const faces = [...document.fonts].filter(f => f.family.replace(/^['"]|['"]$/g, '') === family)
    if (faces.some(f => f.status === 'loaded'))
      continue
    const why = faces.length ? `its ${faces.length} faces are ${[...new Set(faces.map(f => f.status))].join('/')}` : 'no @font-face declares it'
    findings.push({ no: 0, message: `font "${family}" (headmatter fonts.sans) never loaded: the text fell back to another font (${why})` })
  }
  return findings
}

/** The FontFaces the page actually loaded: which font files the single HTML must keep. */
export function loadedFontFaces(): { family: string, weight: string, style: string, unicodeRange: string }[] {
  return [...document.fonts].filter(f => f.status === 'loaded').map(f => ({
    family: f.family.replace(/^['"]|['"]$/g, ''),
    weight: f.weight,
    style: f.style,
    unicodeRange: f.unicodeRange,
  }))
}
