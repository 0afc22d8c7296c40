import type { AxeResults } from 'axe-core'
import type { DeckSession, GuardedPage } from './deck-session.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeSlide } from '../../scripts/lib/deck-checks/deck.ts'
import { blockingViolations, formatViolation, rulesRun, runAxe } from '../support/axe.ts'
import { findUnlabelledDiagrams } from '../support/slide-content.ts'
import { settleSlide, slideSelector } from '../support/slidev-page.ts'
import { openDeckSession, openGuardedPage, showFinalStep } from './deck-session.ts'

/**
 * axe-core on every slide's content at its final click step (everything revealed), plus one
 * scan of the whole page. The deck's own content must have no serious or critical violation;
 * Slidev's controls around the slide are reported, not failed, since the deck cannot change them.
 */

/** Page-level rules the deck controls through its headmatter (title, htmlAttrs.lang). */
const PAGE_RULES_THE_DECK_OWNS = ['html-has-lang', 'html-lang-valid', 'html-xml-lang-mismatch', 'document-title', 'meta-viewport']

interface SlideScan {
  no: number
  results: AxeResults
  unlabelledDiagrams: string[]
}

let session: DeckSession
let guarded: GuardedPage
const scans: SlideScan[] = []
const scanErrors: string[] = []
let wholePage: AxeResults

describe('accessibility (axe-core)', () => {
  beforeAll(async () => {
    session = await openDeckSession()
    // A laptop-sized window, as an audience member or screen-reader user would open the deck.
    guarded = await openGuardedPage(session, { width: 1280, height: 720 })
    const { page } = guarded
    for (const slide of session.deck.slides) {
      await showFinalStep(session, page, slide.no)
      const selector = slideSelector(slide.no)
      try {
        scans.push({
          no: slide.no,
          results: await runAxe(page, { include: [selector] }),
          unlabelledDiagrams: await findUnlabelledDiagrams(page, selector),
        })
      }
      catch (error) {
        // E.g. the slide is missing from the page: a finding about this slide, the others are still scanned.
        scanErrors.push(`${describeSlide(slide)}: could not be scanned: ${(error as Error).message.split('\n')[0]}`)
      }
    }
    await page.goto(session.url('1'))
    await settleSlide(page, 1)
    wholePage = await runAxe(page, { exclude: ['.slidev-page'] })
  })

  afterAll(async () => {
    await guarded?.context.close()
    await session?.browser.close()
  })

  it('no serious or critical violation in any slide\'s content', () => {
    const rules = new Set(scans.flatMap(s => rulesRun(s.results)))
    console.log(`[axe ${scans[0]?.results.testEngine.version}] ${scans.length} slides scanned, ${rules.size} rules run on slide content: ${[...rules].join(' ')}`)
    const minor = scans.flatMap(s => s.results.violations.filter(v => !blockingViolations(s.results).includes(v)).map(v => `slide ${s.no}:\n${formatViolation(v)}`))
    const undecided = scans.flatMap(s => s.results.incomplete.map(v => `slide ${s.no}: ${v.id} needs review on ${v.nodes.length} element(s)`))
    if (minor.length || undecided.length)
      console.log(`[axe] not failing (minor/moderate, or undecided):\n${[...minor, ...undecided].join('\n')}`)
    expect(scanErrors, `\n${scanErrors.join('\n')}`).toEqual([])
    const blocking = scans.flatMap((s) => {
      const found = blockingViolations(s.results)
      return found.length ? [`${describeSlide(session.deck.slides[s.no - 1])}:\n${found.map(v => formatViolation(v)).join('\n')}`] : []
    })
    expect(blocking, `\n${blocking.join('\n')}`).toEqual([])
  })

  it('every Mermaid diagram has a text alternative', () => {
    const missing = scans.flatMap(s => s.unlabelledDiagrams.map(m => `${describeSlide(session.deck.slides[s.no - 1])}: ${m}`))
    expect(missing, `\n${missing.join('\n')}`).toEqual([])
  })

  it('the page declares its language and title', async () => {
    const { lang, title } = await guarded.page.evaluate(() => ({ lang: document.documentElement.lang, title: document.title }))
    expect(lang, '<html lang> (headmatter htmlAttrs.lang)').toMatch(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/)
    expect(title.trim()).not.toBe('')
    const owned = wholePage.violations.filter(v => PAGE_RULES_THE_DECK_OWNS.includes(v.id))
    expect(owned.map(v => formatViolation(v)).join('\n')).toBe('')
  })

  it('reports Slidev\'s own controls (outside the slide) without failing on them', () => {
    const ui = wholePage.violations.filter(v => !PAGE_RULES_THE_DECK_OWNS.includes(v.id))
    console.log(`[axe] whole page, outside the slides: ${ui.length} rule(s) violated by Slidev's UI${ui.length ? `\n${ui.map(v => formatViolation(v)).join('\n')}` : ''}`)
    expect(rulesRun(wholePage)).toEqual(expect.arrayContaining(PAGE_RULES_THE_DECK_OWNS.filter(r => r !== 'html-xml-lang-mismatch')))
  })
})
