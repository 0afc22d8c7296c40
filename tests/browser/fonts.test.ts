import type { LoadedFace, RenderedText } from '../support/fonts.ts'
import type { DeckSession, GuardedPage } from './deck-session.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeSlide } from '../../scripts/lib/deck-checks/deck.ts'
import { faceCovers, loadedFaces, renderedFonts } from '../support/fonts.ts'
import { slideSelector } from '../support/slidev-page.ts'
import { openDeckSession, openGuardedPage, showFinalStep } from './deck-session.ts'

/**
 * The deck self-hosts its fonts (headmatter `fonts.provider: none`, @fontsource in styles/):
 * offline, with every remote request blocked, the text must still be drawn with them — not
 * with a system fallback that changes widths, wraps and Mermaid label sizes.
 */

let session: DeckSession
let guarded: GuardedPage
const texts: { no: number, text: RenderedText }[] = []
let faces: LoadedFace[] = []
const fontFiles: string[] = []

/** A face's own family name may carry its style: "Inter SemiBold" is the 600 face of Inter. */
function isFaceOf(faceFamily: string, family: string): boolean {
  return faceFamily === family || faceFamily.startsWith(`${family} `)
}

describe('self-hosted fonts', () => {
  beforeAll(async () => {
    session = await openDeckSession()
    guarded = await openGuardedPage(session)
    guarded.page.on('response', (response) => {
      if (/\.(?:woff2?|ttf|otf)(?:\?|$)/.test(response.url()))
        fontFiles.push(response.url())
    })
    for (const slide of session.deck.slides) {
      await showFinalStep(session, guarded.page, slide.no)
      for (const text of await renderedFonts(guarded.context, guarded.page, slideSelector(slide.no)))
        texts.push({ no: slide.no, text })
    }
    faces = await loadedFaces(guarded.page)
  })

  afterAll(async () => {
    await guarded?.context.close()
    await session?.browser.close()
  })

  const where = (no: number): string => describeSlide(session.deck.slides[no - 1])

  it('the font files come from the site itself', () => {
    expect(fontFiles.length, 'no font file was loaded at all').toBeGreaterThan(0)
    expect(fontFiles.filter(url => !url.startsWith(session.siteUrl))).toEqual([])
    // A font CDN the page tried to reach was blocked before any response, so look for it there.
    expect(guarded.blocked.filter(url => /font|\.woff2?\b|\.ttf\b|\.otf\b/i.test(url))).toEqual([])
  })

  it('document.fonts has the deck\'s sans font loaded', async () => {
    const sans = session.deck.config.fonts.webfonts[0] ?? 'Inter'
    expect(faces.filter(f => f.family === sans).length, `no loaded FontFace for ${sans}`).toBeGreaterThan(0)
    expect(await guarded.page.evaluate(family => document.fonts.check(`16px "${family}"`), sans)).toBe(true)
  })

  it('every glyph on every slide, symbols and Mermaid labels included, is drawn with a self-hosted web font', () => {
    const allowed = session.deck.config.fonts.webfonts
    const isDeckFont = (font: RenderedText['fonts'][number]): boolean => font.isCustomFont && allowed.some(family => isFaceOf(font.familyName, family))
    const drawn = texts.filter(t => t.text.fonts.length > 0)
    console.log(`[fonts] ${drawn.length} text elements on ${session.deck.slides.length} slides; faces used: ${[...new Set(drawn.flatMap(t => t.text.fonts.map(f => `${f.postScriptName}${f.isCustomFont ? '' : ' (system)'}`)))].join(', ')}`)
    // Symbols too ("→", "≈", "✓"): Inter's own symbol faces (styles/inter-symbols.css) hold them, so a
    // system face in a PDF means a character outside the deck's fonts (issue 20; the export stops on it).
    const wrong: string[] = []
    for (const { no, text } of drawn) {
      const others = text.fonts.filter(f => !isDeckFont(f))
      const otherGlyphs = others.reduce((sum, f) => sum + f.glyphCount, 0)
      if (otherGlyphs > 0)
        wrong.push(`${where(no)}: ${text.element}: ${otherGlyphs} glyph(s) from ${others.map(f => f.familyName).join(', ')}; CSS asks for ${text.cssFamily}`)
    }
    expect(wrong, `\n${wrong.join('\n')}`).toEqual([])
  })

  it('every weight and style the slides use has its own face (no synthesized bold or italic)', () => {
    const allowed = session.deck.config.fonts.webfonts
    const missing = new Map<string, string>()
    for (const { no, text } of texts) {
      if (!allowed.includes(text.cssFamily) || text.fonts.length === 0)
        continue
      if (!faces.some(face => faceCovers(face, text.cssFamily, text.weight, text.style))) {
        const key = `${text.cssFamily} ${text.weight} ${text.style}`
        if (!missing.has(key))
          missing.set(key, `${key}: first used on ${where(no)} by ${text.element}`)
      }
    }
    expect([...missing.values()], `no loaded face for:\n${[...missing.values()].join('\n')}`).toEqual([])
  })
})
