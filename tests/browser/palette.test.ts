import type { DeckSession, GuardedPage } from './deck-session.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { palette, sideColours } from '../../styles/palette.ts'
import { slideSelector } from '../support/slidev-page.ts'
import { openDeckSession, openGuardedPage, showFinalStep } from './deck-session.ts'

/**
 * The colours on screen are the palette module's: its custom properties reach the built page,
 * and a Mermaid node given a side's class is drawn in that side's colours.
 */
let session: DeckSession
let guarded: GuardedPage

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`
}

describe('the palette on the built deck', () => {
  beforeAll(async () => {
    session = await openDeckSession()
    guarded = await openGuardedPage(session)
  })

  afterAll(async () => {
    await guarded?.context.close()
    await session?.browser.close()
  })

  it('the page carries the palette as custom properties', async () => {
    await showFinalStep(session, guarded.page, 1)
    const vars = await guarded.page.evaluate(() => {
      const style = getComputedStyle(document.documentElement)
      return { ink: style.getPropertyValue('--deck-ink').trim(), us: style.getPropertyValue('--side-us').trim() }
    })
    expect(vars).toEqual({ ink: palette.ink, us: sideColours.us.side })
  })

  it('a Mermaid node with a side\'s class is filled with that side\'s tint and outlined in its colour', async () => {
    const found: { side: string, fill: string, stroke: string }[] = []
    for (const slide of session.deck.slides) {
      await showFinalStep(session, guarded.page, slide.no)
      const selector = slideSelector(slide.no)
      found.push(...await guarded.page.evaluate(({ sel, sides }) => {
        const roots: ParentNode[] = [document.querySelector(sel)!]
        for (const e of document.querySelectorAll(`${sel} *`)) {
          if (e.shadowRoot)
            roots.push(e.shadowRoot)
        }
        const out: { side: string, fill: string, stroke: string }[] = []
        for (const root of roots) {
          for (const side of sides) {
            for (const shape of root.querySelectorAll(`.node.${side} rect, .node.${side} polygon`)) {
              const style = getComputedStyle(shape)
              out.push({ side, fill: style.fill, stroke: style.stroke })
            }
          }
        }
        return out
      }, { sel: selector, sides: Object.keys(sideColours) }))
    }
    expect(found.length, 'no Mermaid node uses a side class').toBeGreaterThan(0)
    for (const f of found) {
      const colours = sideColours[f.side as keyof typeof sideColours]
      expect(f).toEqual({ side: f.side, fill: rgb(colours.tint), stroke: rgb(colours.side) })
    }
  })
})
