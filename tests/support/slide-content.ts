import type { Page } from 'playwright-chromium'

/** In-page checks of what a rendered slide contains (run with the slide shown and settled). */

/**
 * Visible rendering failures inside one slide: Slidev's error layout, a Mermaid error (Slidev
 * shows a thrown error as a red <pre>; Mermaid itself may draw an error SVG, "Syntax error in
 * text", into the diagram's shadow root).
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
      const labelledBy = (svg.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map(id => text(host.shadowRoot?.getElementById(id))).join(' ').trim()
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
