import type { BrowserContext, Page } from 'playwright-chromium'
import type { PlatformFont } from '../../scripts/lib/design/platform-fonts.ts'
import { platformFontsOfProbes } from '../../scripts/lib/design/platform-fonts.ts'

/** A text-bearing element and the fonts Chromium actually drew its glyphs with. */
export interface RenderedText {
  element: string
  /** First family of the computed `font-family`, unquoted. */
  cssFamily: string
  weight: string
  style: string
  /** The element's text, descendants included (DevTools may count glyphs of inline children too). */
  text: string
  /** From the DevTools protocol: the real faces used, most glyphs first. */
  fonts: PlatformFont[]
}

const PROBE = 'data-font-probe'

interface ProbeInfo { element: string, text: string, cssFamily: string, weight: string, style: string }

/**
 * What fonts really drew the text in `selector` (shadow roots included): `document.fonts` only
 * says a face was loaded, not that the text uses it; the DevTools protocol's
 * CSS.getPlatformFontsForNode tells a web font (isCustomFont) from a system fallback.
 */
export async function renderedFonts(context: BrowserContext, page: Page, selector: string): Promise<RenderedText[]> {
  const probes = await page.evaluate(({ selector, PROBE }) => {
    const found: ProbeInfo[] = []
    const visit = (root: Element | ShadowRoot, inShadow: boolean): void => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot)
          visit(el.shadowRoot, true)
        const style = getComputedStyle(el)
        const ownText = [...el.childNodes].some(n => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim())
        if (!ownText || style.display === 'none' || style.visibility === 'hidden' || el.closest('style, script, title, desc'))
          continue
        el.setAttribute(PROBE, String(found.length))
        const words = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)
        found.push({
          element: `${inShadow ? 'mermaid › ' : ''}${el.tagName.toLowerCase()} "${words}"`,
          text: el.textContent ?? '',
          cssFamily: style.fontFamily.split(',')[0].trim().replace(/^["']|["']$/g, ''),
          weight: style.fontWeight,
          style: style.fontStyle,
        })
      }
    }
    const slide = document.querySelector(selector)
    if (slide)
      visit(slide, false)
    return found
  }, { selector, PROBE })

  const fonts = await platformFontsOfProbes(context, page, PROBE)
  return probes.map((probe, index) => ({ ...probe, fonts: fonts.get(index) ?? [] }))
}

export interface LoadedFace { family: string, weight: string, style: string }

/** The FontFaces the page has finished loading (a family has one per unicode subset and weight). */
export async function loadedFaces(page: Page): Promise<LoadedFace[]> {
  return page.evaluate(() => [...document.fonts]
    .filter(f => f.status === 'loaded')
    .map(f => ({ family: f.family.replace(/^["']|["']$/g, ''), weight: f.weight, style: f.style })))
}

/** Whether a loaded face covers a computed weight: either that weight or a variable range "100 900". */
export function faceCovers(face: LoadedFace, family: string, weight: string, style: string): boolean {
  if (face.family !== family || (face.style !== style && !(style === 'oblique' && face.style === 'italic')))
    return false
  const [low, high = low] = face.weight.split(/\s+/).map(w => (w === 'normal' ? 400 : w === 'bold' ? 700 : Number(w)))
  const want = weight === 'normal' ? 400 : weight === 'bold' ? 700 : Number(weight)
  return want >= low && want <= high
}
