import type { BrowserContext, Page } from 'playwright-chromium'
import { platformFontsOfProbes } from './platform-fonts.ts'

/**
 * Text drawn in a face the deck does not ship. `document.fonts` only says a face loaded; Chromium's
 * DevTools protocol (CSS.getPlatformFontsForNode) names the faces that really drew an element's
 * glyphs and tells a web font (`isCustomFont`) from a system fallback such as DejaVu or Liberation,
 * which is what the PDF then embeds. Mermaid labels are reached through their shadow roots.
 */
export interface FallbackGlyphs {
  /** Slide number from the print container around the element; 0 outside one. */
  no: number
  /** `span “Umbrella ☂”` (`mermaid › …` inside a diagram). */
  element: string
  /** The characters of the element's own text that no face of its font family declares: `☂ (U+2602)`. */
  chars: string[]
  /** The system faces used and how many glyphs each drew. */
  faces: { family: string, glyphs: number }[]
}

const PROBE = 'data-glyph-probe'

interface Probe { no: number, element: string, chars: string[] }

/** Every element with its own text under `scope` whose glyphs came (partly) from a system face. */
export async function findFallbackGlyphs(context: BrowserContext, page: Page, scope: string): Promise<FallbackGlyphs[]> {
  const probes = await page.evaluate(`(${String.raw`({ scope, PROBE }) => {
    const found = []
    // Unicode ranges of every declared face per family: a character outside all of them has no face.
    const ranges = new Map()
    for (const face of document.fonts) {
      const family = face.family.replace(/^['"]|['"]$/g, '')
      const list = ranges.get(family) || []
      for (const part of (face.unicodeRange || 'U+0-10FFFF').split(',')) {
        const [a, b] = part.trim().replace(/^U\+/i, '').split('-')
        const lo = parseInt(a.replace(/\?/g, '0'), 16)
        const hi = b ? parseInt(b, 16) : parseInt(a.replace(/\?/g, 'F'), 16)
        list.push([lo, hi])
      }
      ranges.set(family, list)
    }
    const slideOf = (el) => {
      for (let e = el; e; e = e.getRootNode() instanceof ShadowRoot ? e.getRootNode().host : null) {
        const c = e.closest('.print-slide-container')
        if (c)
          return Number(c.id.split('-')[0]) || 0
      }
      return 0
    }
    const visit = (root, inShadow) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot)
          visit(el.shadowRoot, true)
        const own = [...el.childNodes].filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join('')
        if (!own.trim() || el.closest('style, script, title, desc, template'))
          continue
        const style = getComputedStyle(el)
        if (style.display === 'none' || style.visibility === 'hidden')
          continue
        const family = style.fontFamily.split(',')[0].trim().replace(/^['"]|['"]$/g, '')
        const declared = ranges.get(family) || []
        const chars = [...new Set([...own].filter(ch => /\S/.test(ch) && !/[\u200B-\u200F\u2060\uFE00-\uFE0F]/.test(ch)))]
          .filter(ch => !declared.some(([lo, hi]) => ch.codePointAt(0) >= lo && ch.codePointAt(0) <= hi))
          .map(ch => ch + ' (U+' + ch.codePointAt(0).toString(16).toUpperCase().padStart(4, '0') + ')')
        el.setAttribute(PROBE, String(found.length))
        const words = (el.textContent || '').replace(/\s+/g, ' ').trim()
        found.push({ no: slideOf(el), element: (inShadow ? 'mermaid › ' : '') + el.localName + ' “' + (words.length > 50 ? words.slice(0, 47) + '…' : words) + '”', chars })
      }
    }
    for (const root of document.querySelectorAll(scope))
      visit(root, false)
    return found
  }`})(${JSON.stringify({ scope, PROBE })})`) as Probe[]

  const fonts = await platformFontsOfProbes(context, page, PROBE)
  const found: FallbackGlyphs[] = []
  for (const [index, probe] of probes.entries()) {
    const system = (fonts.get(index) ?? []).filter(f => !f.isCustomFont && f.glyphCount > 0)
    if (system.length)
      found.push({ ...probe, faces: system.map(f => ({ family: f.familyName, glyphs: f.glyphCount })) })
  }
  return found
}

/** One line per element: what fell back, to which face. */
export function describeFallback(f: FallbackGlyphs): string {
  const what = f.chars.length ? `${f.chars.join(', ')} ${f.chars.length > 1 ? 'are' : 'is'} in none of the deck's fonts` : 'some glyphs are missing from the deck\'s fonts'
  return `${what}: ${f.element} is drawn in ${f.faces.map(x => `${x.family} (${x.glyphs} glyph${x.glyphs > 1 ? 's' : ''})`).join(', ')}, a system face that the exports would embed`
}
