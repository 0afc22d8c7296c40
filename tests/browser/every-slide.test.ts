import type { PageIssue } from '../support/browser.ts'
import type { OverflowFinding } from '../support/slide-overflow.ts'
import type { DeckSession, GuardedPage } from './deck-session.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeSlide } from '../../scripts/lib/deck-checks/deck.ts'
import { formatIssues } from '../support/browser.ts'
import { findRenderErrors, slidesReferencing } from '../support/slide-content.ts'
import { formatOverflow, measureOverflow } from '../support/slide-overflow.ts'
import { readNav, settleSlide, slideSelector } from '../support/slidev-page.ts'
import { openDeckSession, openGuardedPage } from './deck-session.ts'

/**
 * Presents the whole built deck the way a speaker does, pressing → from the first slide to the
 * last, and inspects every click step on the way: console and network, error boxes, overflow.
 */

/** Canvas pixels an element may stick out before it counts as overflow (subpixel layout, borders). */
const OVERFLOW_TOLERANCE_PX = 2
/** A slide with more steps than this means → is not advancing; stop rather than loop forever. */
const MAX_STEPS = 100
/** Each unsettled step costs the full settle timeout; past this many, the walk stops and reports them. */
const MAX_UNSETTLED = 5

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
/** For every URL that failed or was blocked: the slides whose content references it. */
let owners: Record<string, number[]> = {}
/** What Mermaid left in its off-screen rendering container (it should be empty once all diagrams are drawn). */
let mermaidLeftovers = ''

async function pressNextAndWait(before: string): Promise<boolean> {
  await guarded.page.keyboard.press('ArrowRight')
  return guarded.page.waitForFunction(b => location.href !== b, before, { timeout: 5_000 }).then(() => true, () => false)
}

async function inspectStep(no: number, clicks: number): Promise<StepReport> {
  const { page, recorder } = guarded
  const selector = slideSelector(no)
  try {
    await settleSlide(page, no)
  }
  catch (error) {
    // A slide that never finishes rendering is a finding about that slide, not the end of the walk.
    return { clicks, issues: recorder.take(), renderErrors: [(error as Error).message], overflow: [] }
  }
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
  for (let clicks = 0; clicks < MAX_STEPS; clicks++) {
    report.steps.push(await inspectStep(no, clicks))
    // Read once the slide is shown: its click count is only known after its v-clicks have mounted.
    if (clicks === 0)
      report.navClicksTotal = (await readNav(page))?.clicksTotal
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
    const slide = describeSlide(session.deck.slides[report.no - 1])
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
    await settleSlide(guarded.page, 1)
    const built = (await readNav(guarded.page))?.total
    if (built !== undefined && built !== total)
      throw new Error(`the built site has ${built} slides but the deck has ${total}: was the deck edited during the build?`)
    for (let no = 1; no <= total; no++) {
      reports.push(await walkSlide(no, total))
      const unsettled = reports.flatMap(r => r.steps).filter(st => st.renderErrors.some(e => e.includes('did not settle'))).length
      if (unsettled > MAX_UNSETTLED)
        throw new Error(`stopped the walk at slide ${no}: ${unsettled} click steps never finished rendering:\n${perStep(st => st.renderErrors.map(e => `  ${e}`)).join('\n')}`)
    }
    // Every slide has been mounted by now, so each failed URL can be traced to the slides that use it.
    const urls = [...new Set(reports.flatMap(r => r.steps.flatMap(st => st.issues.flatMap(i => (i.kind !== 'console-error' && i.kind !== 'page-error' && i.url ? [i.url] : [])))))]
    owners = await slidesReferencing(guarded.page, urls)
    mermaidLeftovers = await guarded.page.evaluate(() => (document.querySelector('#mermaid-rendering-container')?.textContent ?? '').replace(/\s+/g, ' ').trim())
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

  it('no failed or blocked request (named by the slide that references it)', () => {
    const seen = new Map<string, { issue: PageIssue, at: string }>()
    for (const r of reports) {
      for (const step of r.steps) {
        for (const issue of step.issues.filter(i => i.kind !== 'console-error' && i.kind !== 'page-error' && i.url)) {
          if (!seen.has(issue.url ?? ''))
            seen.set(issue.url ?? '', { issue, at: `slide ${r.no} click ${step.clicks}` })
        }
      }
    }
    const found = [...seen.entries()].map(([url, { issue, at }]) => {
      const by = owners[url] ?? []
      const who = by.length ? by.map(no => describeSlide(session.deck.slides[no - 1])).join('; ') : `no slide references it (first seen while showing ${at})`
      return `${who}:\n  [${issue.kind}] ${issue.text}`
    })
    expect(found, `\n${found.join('\n')}`).toEqual([])
    expect(guarded.blocked).toEqual([])
  })

  it('no console error or uncaught exception', () => {
    const failedUrls = new Set(reports.flatMap(r => r.steps.flatMap(st => st.issues.filter(i => i.kind !== 'console-error' && i.kind !== 'page-error').map(i => i.url))))
    // "Failed to load resource" console lines restate the failed requests reported above.
    const found = perStep(step => step.issues
      .filter(i => (i.kind === 'console-error' || i.kind === 'page-error') && !(i.url && failedUrls.has(i.url) && /Failed to load resource/.test(i.text)))
      .map(i => formatIssues([i])))
    // Slidev mounts all slides in the background after 3 s, so an error is listed under the slide on screen when it happened.
    expect(found, `\n${found.join('\n')}`).toEqual([])
  })

  it('no Slidev error box and no Mermaid error', () => {
    const found = perStep(step => step.renderErrors.map(e => `  ${e}`))
    if (mermaidLeftovers && found.length === 0)
      found.push(`Mermaid left an unplaced diagram in #mermaid-rendering-container: "${mermaidLeftovers.slice(0, 200)}"`)
    expect(found, `\n${found.join('\n')}`).toEqual([])
  })

  it(`nothing sticks out of the canvas by more than ${OVERFLOW_TOLERANCE_PX} px (Mermaid SVGs included)`, () => {
    const found = perStep(step => step.overflow.map(f => `  ${formatOverflow(f)}`))
    expect(found, `\n${found.join('\n')}`).toEqual([])
  })
})
