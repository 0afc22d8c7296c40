import type { PptxDeckInfo } from './deck-info.ts'
import type { CollectedDeck } from './types.ts'

export type LinkTarget = { slide: number } | { url: string } | undefined

/**
 * Where a link in the print view should point in the PPTX. Links inside the deck (Slidev routes
 * such as `#/12` or `#sources-2`, route aliases, element ids) become jumps to the PPTX's own slide;
 * external http(s)/mailto addresses stay; anything else on the export's own server (localhost,
 * 127.0.0.1, the page's origin) is dropped rather than written as a link that dies with the server.
 */
export function linkResolver(collected: CollectedDeck, deck: PptxDeckInfo): (href: string) => LinkTarget {
  const aliases = new Map<string, number>()
  for (const s of deck.slides) {
    if (s.routeAlias)
      aliases.set(s.routeAlias, s.no)
  }
  const anchors = new Map<string, number>()
  for (const s of collected.slides) {
    for (const id of s.anchors) {
      if (!anchors.has(id))
        anchors.set(id, s.no)
    }
  }
  const count = deck.slides.length
  const routeToSlide = (route: string): number | undefined => {
    const path = decodeURIComponent(route).replace(/^#?\/?/, '').replace(/[?#].*$/, '').replace(/\/$/, '')
    if (/^\d+$/.test(path))
      return Number(path) >= 1 && Number(path) <= count ? Number(path) : undefined
    return aliases.get(path) ?? anchors.get(path)
  }
  return (href: string): LinkTarget => {
    const raw = href.trim()
    if (!raw)
      return undefined
    if (raw.startsWith('#') || raw.startsWith('/')) {
      const slide = routeToSlide(raw.startsWith('/') ? raw : raw.slice(1))
      return slide ? { slide } : undefined
    }
    let url: URL
    try {
      url = new URL(raw, collected.origin)
    }
    catch {
      return undefined
    }
    const local = url.origin === collected.origin || ['localhost', '127.0.0.1', '[::1]', '0.0.0.0'].includes(url.hostname)
    if (local) {
      const slide = routeToSlide(url.hash ? url.hash.slice(1) : url.pathname)
      return slide ? { slide } : undefined
    }
    if (['http:', 'https:', 'mailto:'].includes(url.protocol))
      return { url: url.href }
    return undefined
  }
}
