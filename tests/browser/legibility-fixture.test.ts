import type { Page } from 'playwright-chromium'
import type { StaticServer } from '../../scripts/lib/static-server.ts'
import type { GuardedContext } from '../support/browser.ts'
import type { LegibilityRun } from './legibility-walk.ts'
import { mkdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startStaticServer } from '../../scripts/lib/static-server.ts'
import { artifactsDir, deckRoot } from '../support/artifacts.ts'
import { connectBrowser, newGuardedContext } from '../support/browser.ts'
import { runOrThrow } from '../support/run.ts'
import { measureBuiltDeck } from './legibility-walk.ts'

/**
 * The legibility check itself, on a fixture deck that breaks the budget in known ways
 * (tests/fixtures/legibility-deck/README.md): it must fail on exactly those slides and name
 * each one's file:line, the element and its rendered size or word count.
 */

const FIXTURE = resolve('tests/fixtures/legibility-deck')
/** Messages name files relative to the deck's root. */
const PAGE = 'pages/01-fixture.md'

let server: StaticServer
let guarded: GuardedContext
let page: Page
let run: LegibilityRun
const messages = (no: number): string[] => run.report.violations.filter(v => v.no === no).map(v => v.message)

describe('legibility check on a deck that breaks the budget', () => {
  beforeAll(async () => {
    const out = join(artifactsDir(deckRoot()), 'legibility-fixture')
    await rm(out, { recursive: true, force: true })
    await mkdir(out, { recursive: true })
    await runOrThrow('slidev build (legibility fixture)', join(deckRoot(), 'node_modules', '.bin', 'slidev'), ['build', join(FIXTURE, 'slides.md'), '--base', '/fixture/', '--out', out], { cwd: deckRoot() })
    server = await startStaticServer({ root: out, base: '/fixture/' })
    const browser = await connectBrowser(inject('browserSession').wsEndpoint)
    guarded = await newGuardedContext(browser, { viewport: { width: 980, height: 552 } })
    page = await guarded.context.newPage()
    run = await measureBuiltDeck(page, server.url, FIXTURE)
  }, 300_000)
  afterAll(async () => {
    await guarded?.context.close()
    await server?.close()
  })

  it('fails on the planted slides only', () => {
    expect([...new Set(run.report.violations.map(v => v.no))].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6])
  })

  it('a slide with 120 words: its file:line and the count', () => {
    expect(messages(2)).toEqual([`slide 2 “Too many words on this slide” (${PAGE}:17): 120 visible words > 80`])
  })

  it('12-px body text: file:line, element and size (declared, through a transform, behind a click)', () => {
    expect(messages(3)).toEqual([`slide 3 “Small print” (${PAGE}:29): body text 12 px < 18 px: div.default > p “This sentence is set at twelve pixels”`])
    expect(messages(4)).toEqual([`slide 4 “Shrunk by a transform” (${PAGE}:43): body text 12 px < 18 px: div.default > div > p “Declared large but drawn at half size”`])
    expect(messages(6)).toEqual([`slide 6 “Revealed on click” (${PAGE}:75): body text 12 px < 18 px: div.default > p “Hidden until the click then too small”`])
  })

  it('mermaid labels are measured through the shadow root', () => {
    expect(messages(5).length).toBeGreaterThan(0)
    for (const m of messages(5))
      expect(m).toMatch(/^slide 5 “A diagram with tiny labels” \(pages\/01-fixture\.md:57\): diagram label (\d+(\.\d)?) px < 16 px: .*“Tiny label (one|two)”$/)
  })

  it('footer, citation markers and the appendix are exempt, but are measured', () => {
    const slide1 = run.measures.find(m => m.no === 1)!.texts
    expect(slide1.find(t => t.kind === 'citation')?.px).toBe(11)
    expect(slide1.find(t => t.kind === 'footer')?.px).toBe(11)
    expect(messages(1)).toEqual([])
    expect(run.report.words.find(w => w.no === 7)!.words).toBeGreaterThan(80)
    expect(messages(7)).toEqual([])
  })
})
