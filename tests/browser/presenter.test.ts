import type { DeckSession, GuardedPage } from './deck-session.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeSlide } from '../../scripts/lib/deck-checks/deck.ts'
import { normalizeText } from '../../scripts/lib/text-normalize.ts'
import { formatIssues } from '../support/browser.ts'
import { readNav, settleSlide } from '../support/slidev-page.ts'
import { distinctiveSnippet } from '../support/text.ts'
import { openDeckSession, openGuardedPage } from './deck-session.ts'

/**
 * The presenter view of the built site (/presenter/N): for every slide it must show that slide,
 * the next one, and that slide's speaker notes.
 */

/** Slidev 52's presenter layout: the current slide's canvas, the "next" preview, the notes panel. */
const CURRENT = '.grid-section.main #slide-content'
const NEXT = '.grid-section.next'
const NOTES = '.grid-section.note .slidev-note'

interface PresenterView {
  no: number
  currentShown: boolean
  nextShown: number | undefined
  notes: string
}

/** Requests are traced to slides in one place; these tests only notice them. */
const SEE_WALK = '(every-slide.test.ts names the slide that references a failing URL)'

let session: DeckSession
let guarded: GuardedPage
const views: PresenterView[] = []

describe('presenter view', () => {
  beforeAll(async () => {
    session = await openDeckSession()
    guarded = await openGuardedPage(session, { width: 1280, height: 720 })
    const { page } = guarded
    for (const slide of session.deck.slides) {
      // At the last click step, so "next" previews the next slide rather than this slide's next click.
      // A slide that never settles is reported by every-slide.test.ts; here it is checked as it is.
      const settle = (): Promise<void> => settleSlide(page, slide.no, { root: CURRENT }).catch(() => undefined)
      await page.goto(session.url(`presenter/${slide.no}`))
      await settle()
      const clicksTotal = (await readNav(page))?.clicksTotal ?? 0
      if (clicksTotal > 0) {
        await page.goto(session.url(`presenter/${slide.no}?clicks=${clicksTotal}`))
        await settle()
      }
      views.push(await page.evaluate(({ no, CURRENT, NEXT, NOTES }) => {
        const shown = (el: Element | null): boolean => !!el && el.getClientRects().length > 0
        const next = [...document.querySelectorAll<HTMLElement>(`${NEXT} .slidev-page`)].find(shown)
        return {
          no,
          currentShown: shown(document.querySelector(`${CURRENT} .slidev-page[data-slidev-no="${no}"]`)),
          nextShown: next ? Number(next.dataset.slidevNo) : undefined,
          notes: (document.querySelector<HTMLElement>(NOTES)?.innerText ?? ''),
        }
      }, { no: slide.no, CURRENT, NEXT, NOTES }))
    }
  })

  afterAll(async () => {
    await guarded?.context.close()
    await session?.browser.close()
  })

  const where = (no: number): string => describeSlide(session.deck.slides[no - 1])

  it('shows the current slide and the next one', () => {
    const wrong = views.flatMap((view) => {
      const expectedNext = view.no < session.deck.slides.length ? view.no + 1 : undefined
      const problems: string[] = []
      if (!view.currentShown)
        problems.push(`${where(view.no)}: not shown as the current slide`)
      if (expectedNext !== undefined && view.nextShown !== expectedNext)
        problems.push(`${where(view.no)}: "next" shows slide ${view.nextShown ?? 'nothing'}, expected ${expectedNext}`)
      return problems
    })
    expect(wrong, `\n${wrong.join('\n')}`).toEqual([])
  })

  it('shows each slide\'s own speaker notes', () => {
    const notes = session.deck.slides.map(s => s.notePlain)
    const wrong = session.deck.slides.filter(s => s.notePlain).flatMap((slide) => {
      const snippet = distinctiveSnippet(slide.notePlain, notes.filter((_, i) => i !== slide.no - 1))
      const shown = normalizeText(views[slide.no - 1]?.notes ?? '')
      return shown.includes(snippet) ? [] : [`${where(slide.no)}: notes panel lacks "${snippet}"; it shows "${shown.slice(0, 80)}"`]
    })
    console.log(`[presenter] ${views.length} slides; ${session.deck.slides.filter(s => s.notePlain).length} with notes`)
    expect(wrong, `\n${wrong.join('\n')}`).toEqual([])
  })

  it('loads without errors or outside requests', () => {
    const issues = guarded.recorder.take()
    expect(issues, `${formatIssues(issues)}\n${SEE_WALK}`).toEqual([])
    expect(guarded.blocked, SEE_WALK).toEqual([])
  })
})
