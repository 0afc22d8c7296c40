import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatIssues } from '../support/browser.ts'
import type { PageIssue } from '../support/browser.ts'
import { describeSlide } from '../support/deck.ts'
import { findRenderErrors, formatOverflow, measureOverflow, readNav, settleSlide, slideSelector } from '../support/slidev-page.ts'
import type { OverflowFinding } from '../support/slidev-page.ts'
import { openDeckSession, openGuardedPage } from './deck-session.ts'
import type { DeckSession, GuardedPage } from './deck-session.ts'

/**
 * Presents the whole built deck the way a speaker does, pressing → from the first slide to the
 * last, and inspects every click step on the way: console and network, error boxes, overflow.
 */

/** Canvas pixels an element may stick out before it counts as overflow (subpixel layout, borders). */
const OVERFLOW_TOLERANCE_PX = 2
/** A slide with more steps than this means → is not advancing; stop rather than loop forever. */
const MAX_STEPS = 100

interface StepReport {
  clicks: number
  issues: PageIssue[]
  renderErrors: string[]
  overflow: OverflowFinding[]
}

interface SlideReport {
  no: number
  /** Click steps the walk saw (steps after the first). */
  clicks: number
  /** clicksTotal as Slidev's navigation reports it, for the cross-check. */
  navClicksTotal: number | undefined
  steps: StepReport[]
  /** Anything wrong with → itself on this slide. */
  navigation: string[]
}

let session: DeckSession
let guarded: GuardedPage
const reports: SlideReport[] = []

async function pressNextAndWait(before: string): Promise<boolean> {
  await guarded.page.keyboard.press('ArrowRight')
  return guarded.page.waitForFunction(b => location.href !== b, before, { timeout: 5_000 }).then(() => true, () => false)
}

async function inspectStep(no: number, clicks: number): Promise<StepReport> {
  const { page, recorder } = guarded
  await settleSlide(page, no)
  const selector = slideSelector(no)
  return {
    clicks,
    issues: recorder.take(),
    renderErrors: await findRenderErrors(page, selector),
    overflow: await measureOverflow(page, selector, { canvasWidth: session.deck.config.canvasWidth, tolerance: OVERFLOW_TOLERANCE_PX }),
  }
}

async function walkSlide(no: number, total: number): Promise<SlideReport> {
  const { page } = guarded
  const report: SlideReport = { no, clicks: 0, navClicksTotal: undefined, steps: [], navigation: [] }
  const arrived = session.route(page)
  if (arrived.no !== no || arrived.clicks !== 0) {
    report.navigation.push(`→ should have arrived at slide ${no} click 0, but the URL says ${arrived.path}?clicks=${arrived.clicks}; opened it directly`)
    await page.goto(session.url(String(no)))
  }
  report.navClicksTotal = (await readNav(page))?.clicksTotal
  for (let clicks = 0; clicks < MAX_STEPS; clicks++) {
    report.steps.push(await inspectStep(no, clicks))
    const atEnd = no === total && report.navClicksTotal !== undefined && clicks >= report.navClicksTotal
    const before = page.url()
    if (atEnd || !await pressNextAndWait(before)) {
      if (no !== total)
        report.navigation.push(`→ at click ${clicks} did nothing`)
      return { ...report, clicks }
    }
    const now = session.route(page)
    if (now.no === no && now.clicks === clicks + 1)
      continue
    if (!(now.no === no + 1 && now.clicks === 0))
      report.navigation.push(`→ at click ${clicks} went to ${now.path}?clicks=${now.clicks}, expected click ${clicks + 1} or slide ${no + 1}`)
    return { ...report, clicks }
  }
  report.navigation.push(`more than ${MAX_STEPS} click steps: → does not leave the slide`)
  return { ...report, clicks: MAX_STEPS }
}

/** One line per failing step: "slide 3 “Agenda” (pages/x.md), click 1:\n  details". */
function perStep(pick: (step: StepReport) => string[]): string[] {
  return reports.flatMap((report) => {
    const slide = describeSlide(session.deck.slides[report.no - 1], session.deck.root)
    return report.steps
      .map(step => ({ step, lines: pick(step) }))
      .filter(({ lines }) => lines.length > 0)
      .map(({ step, lines }) => `${slide}, click ${step.clicks}:\n${lines.join('\n')}`)
  })
}

describe('every slide at every click step of the built site', () => {
  beforeAll(async () => {
    session = await openDeckSession()
    guarded = await openGuardedPage(session)
    await guarded.page.goto(session.url('1'))
    const total = session.deck.slides.length
    for (let no = 1; no <= total; no++)
      reports.push(await walkSlide(no, total))
  })

  afterAll(async () => {
    await guarded?.context.close()
    await session?.browser.close()
  })

  it('→ steps through every slide and click in order, matching Slidev\'s own click counts', () => {
    const totalSteps = reports.reduce((sum, r) => sum + r.steps.length, 0)
    console.log(`[walk] ${reports.length} slides, ${totalSteps} click steps (clicks per slide: ${reports.map(r => `${r.no}:${r.clicks}`).join(' ')})`)
    expect(reports.map(r => r.no)).toEqual(session.deck.slides.map(s => s.no))
    const problems = reports.flatMap(r => r.navigation.map(p => `slide ${r.no}: ${p}`))
    for (const r of reports) {
      if (r.navClicksTotal !== undefined && r.navClicksTotal !== r.clicks)
        problems.push(`slide ${r.no}: → took ${r.clicks} clicks, Slidev counts ${r.navClicksTotal}`)
    }
    expect(problems, problems.join('\n')).toEqual([])
  })

  it('no console error, page error, failed or blocked request', () => {
    const found = perStep(step => step.issues.length ? [formatIssues(step.issues)] : [])
    expect(found, `\n${found.join('\n')}\nblocked: ${guarded.blocked.join(', ')}`).toEqual([])
    expect(guarded.blocked).toEqual([])
  })

  it('no Slidev error box and no Mermaid error', () => {
    const found = perStep(step => step.renderErrors.map(e => `  ${e}`))
    expect(found, `\n${found.join('\n')}`).toEqual([])
  })

  it(`nothing sticks out of the canvas by more than ${OVERFLOW_TOLERANCE_PX} px (Mermaid SVGs included)`, () => {
    const found = perStep(step => step.overflow.map(f => `  ${formatOverflow(f)}`))
    expect(found, `\n${found.join('\n')}`).toEqual([])
  })
})
