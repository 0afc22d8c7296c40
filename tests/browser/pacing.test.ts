import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { PacedSlide } from '../../pacing/plan.ts'
import type { StaticServer } from '../../scripts/lib/static-server.ts'
import type { DeckSession } from './deck-session.ts'
import { mkdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest'
import { backupSlideNo, formatClock, isCore, plannedAt, stepTarget } from '../../pacing/plan.ts'
import { startStaticServer } from '../../scripts/lib/static-server.ts'
import { palette } from '../../styles/palette.ts'
import { artifactsDir, deckRoot } from '../support/artifacts.ts'
import { connectBrowser, newGuardedContext } from '../support/browser.ts'
import { runOrThrow } from '../support/run.ts'
import { deckUrl } from '../support/slidev-page.ts'
import { openDeckSession } from './deck-session.ts'

/**
 * Pacing in the presenter view, the short cut and the jump-and-return keys, in Chromium: first on
 * a built fixture deck (tests/fixtures/pacing-deck/README.md: budgets 120, 60, 90 optional, 120,
 * 60 s; slide 6 the Backup divider), then on the briefing as built by the global setup, with the
 * expectations taken from its frontmatter. Every wait is for what is measured: a route, a text.
 */

const FIXTURE = resolve('tests/fixtures/pacing-deck')
const BASE = '/pacing/'
const ALIASES: Record<string, number> = { judgments: 2 }

let server: StaticServer
let browser: Browser
let context: BrowserContext
let page: Page

const url = (route: string): string => deckUrl(server.url, 'hash', route)

/** The slide number in the address (`#/presenter/4`, `#/judgments?clicks=1`). */
function slideInUrl(href: string): number | undefined {
  const segment = /#\/(?:presenter\/)?([^/?]+)/.exec(href)?.[1]
  return segment === undefined ? undefined : ALIASES[segment] ?? Number(segment)
}

/** Presses `key` and waits until the address shows slide `no`. */
async function pressTo(key: string, no: number): Promise<void> {
  await page.keyboard.press(key)
  await page.waitForURL(href => slideInUrl(href.toString()) === no, { timeout: 5_000 })
}

/** Waits until the readout's text matches `pattern`; returns it. */
async function paceText(pattern: RegExp): Promise<string> {
  const handle = await page.waitForFunction((source) => {
    const text = document.querySelector('[data-pace]')?.textContent?.trim() ?? ''
    return new RegExp(source).test(text) ? text : undefined
  }, pattern.source, { timeout: 10_000 })
  return await handle.jsonValue() as string
}

async function open(route: string, { clock = false } = {}): Promise<void> {
  context = (await newGuardedContext(browser, { viewport: { width: 1280, height: 720 } })).context
  page = await context.newPage()
  if (clock)
    await page.clock.install()
  await page.goto(url(route))
  await page.waitForURL(href => slideInUrl(href.toString()) !== undefined)
  await page.locator(`#slide-content .slidev-page[data-slidev-no="${slideInUrl(page.url())}"]`).waitFor()
}

function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16)
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`
}

describe('pacing, short cut and backup keys on a built fixture deck', () => {
  beforeAll(async () => {
    const out = join(artifactsDir(deckRoot()), 'pacing-fixture')
    await rm(out, { recursive: true, force: true })
    await mkdir(out, { recursive: true })
    await runOrThrow('slidev build (pacing fixture)', join(deckRoot(), 'node_modules', '.bin', 'slidev'), ['build', join(FIXTURE, 'slides.md'), '--base', BASE, '--out', out], { cwd: deckRoot() })
    server = await startStaticServer({ root: out, base: BASE })
    browser = await connectBrowser(inject('browserSession').wsEndpoint)
  }, 300_000)
  afterEach(async () => {
    await context?.close()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  it('the readout shows elapsed time against the plan at each slide, live, and turns to "behind"', async () => {
    await open('presenter/1', { clock: true })
    expect(await paceText(/./)).toBe('0:00 / plan 0:00 · on plan')
    // The first move starts Slidev's own timer; slide 2's plan is slide 1's budget.
    await pressTo('ArrowRight', 2)
    const first = await paceText(/^0:0\d \/ plan 2:00 · (?:1:5\d|2:00) ahead$/)
    expect(await page.locator('.deck-pace').getAttribute('data-status')).toBe('ahead')
    // Live: the text moves on as the clock does (no fixed wait: until it differs).
    await page.clock.fastForward(2_000)
    expect(await paceText(/^0:0\d \/ plan 2:00 · 1:5\d ahead$/)).not.toBe(first)
    await page.clock.fastForward('04:00')
    await paceText(/^4:0\d \/ plan 2:00 · 2:0\d behind$/)
    const reading = page.locator('[data-pace]')
    expect(await reading.evaluate(el => getComputedStyle(el).color)).toBe(rgb(palette.paceBehind))
    expect(await page.locator('.deck-pace').getAttribute('data-status')).toBe('behind')
    // Slidev's own presenter timer runs on the same clock.
    expect(await page.locator('.grid-section.bottom').innerText()).toMatch(/4\s*:\s*0\d/)
    // Slide 3's plan adds slide 2's 60 s.
    await pressTo('ArrowRight', 3)
    await paceText(/^4:0\d \/ plan 3:00 · 1:0\d behind$/)
    expect(await page.locator('.deck-pace').getAttribute('data-description')).toMatch(/^Talk time 4:0\d \/ plan 3:00 · 1:0\d behind\.$/)
  })

  it('shift+C toggles the short cut: "Short cut" shows, → and ← step over the optional slide, the plan drops it', async () => {
    await open('presenter/2')
    await expect(page.locator('[data-short-cut]').count()).resolves.toBe(0)
    await page.keyboard.press('Shift+C')
    await page.locator('[data-short-cut]', { hasText: 'Short cut' }).waitFor()
    await pressTo('ArrowRight', 4)
    await paceText(/ \/ plan 3:00 · /)
    await pressTo('ArrowLeft', 2)
    expect(page.url()).toMatch(/#\/presenter\/judgments$/)
    await page.keyboard.press('Shift+C')
    await page.locator('[data-short-cut]').waitFor({ state: 'detached' })
    await pressTo('ArrowRight', 3)
    await pressTo('ArrowRight', 4)
    await paceText(/ \/ plan 4:30 · /)
  })

  it('?cut=short in the address starts in the short cut', async () => {
    await open('presenter/2?cut=short')
    await page.locator('[data-short-cut]', { hasText: 'Short cut' }).waitFor()
    await pressTo('ArrowRight', 4)
    await pressTo('ArrowRight', 5)
    await paceText(/ \/ plan 5:00 · /)
  })

  it('b lands on the Backup divider and Backspace returns to the slide left; so does r', async () => {
    await open('presenter/4')
    await pressTo('b', 6)
    await page.locator('.grid-section.main .slidev-page[data-slidev-no="6"]', { hasText: 'Backup' }).waitFor()
    await page.locator('[data-return]', { hasText: 'back to 4' }).waitFor()
    // In the backup the plan is the whole talk: the questions are outside it.
    await paceText(/ \/ plan 7:30 · /)
    await page.locator('.deck-pace-where', { hasText: 'Backup' }).waitFor()
    await pressTo('Backspace', 4)
    await page.locator('[data-return]').waitFor({ state: 'detached' })
    // Moving on inside the backup keeps the way back to where `b` was pressed.
    await pressTo('b', 6)
    await pressTo('ArrowRight', 7)
    await pressTo('r', 4)
  })

  it('the keys work in the audience view too, where no pacing readout is shown', async () => {
    await open('4')
    await pressTo('b', 6)
    await pressTo('Backspace', 4)
    expect(await page.locator('[data-pace]').count()).toBe(0)
  })

  it('g (go to, searching titles) and o (overview), Slidev keys, work in the build', async () => {
    await open('presenter/1')
    await page.keyboard.press('g')
    const input = page.locator('#slidev-goto-input')
    await expect.poll(() => input.evaluate(el => el === document.activeElement)).toBe(true)
    await input.fill('watch')
    await input.press('Enter')
    await page.waitForURL(href => slideInUrl(href.toString()) === 5)
    await page.keyboard.press('o')
    const overview = page.locator('.z-modal', { hasText: 'Optional detail' })
    await overview.waitFor()
    expect(await overview.innerText()).toContain('Optional detail')
    await page.keyboard.press('Escape')
    await overview.waitFor({ state: 'detached' })
  })
})

describe('pacing and the backup keys on the built briefing', () => {
  let session: DeckSession
  let paced: PacedSlide[]
  let backup: number
  const to = (no: number): string => `presenter/${no}`
  const at = (): number | undefined => session.route(page).no

  async function openDeck(route: string): Promise<void> {
    context = (await newGuardedContext(session.browser, { viewport: { width: 1280, height: 720 } })).context
    page = await context.newPage()
    await page.goto(session.url(route))
    await page.waitForURL(() => at() !== undefined)
    await page.locator(`.grid-section.main .slidev-page[data-slidev-no="${at()}"]`).waitFor()
  }
  /** ↓ is Slidev's "next slide" whatever the click steps. */
  async function stepTo(key: string, no: number): Promise<void> {
    await page.keyboard.press(key)
    await page.waitForURL(() => at() === no, { timeout: 10_000 })
  }

  beforeAll(async () => {
    session = await openDeckSession()
    paced = session.deck.slides.map(s => ({ no: s.no, frontmatter: s.frontmatter }))
    const found = backupSlideNo(paced)
    if (found === undefined)
      throw new Error('the deck has no slide with `backup: true` (the "Backup" divider)')
    backup = found
  })
  afterEach(async () => {
    await context?.close()
  })
  afterAll(async () => {
    await session?.browser.close()
  })

  it('every core slide has a budget, and the readout gives the plan at the second slide', async () => {
    const missing = paced.filter(s => isCore(paced, s.no) && typeof s.frontmatter.budget !== 'number').map(s => s.no)
    expect(missing, 'core slides without `budget:`').toEqual([])
    await openDeck(to(1))
    await stepTo('ArrowDown', 2)
    await paceText(new RegExp(`^0:0\\d / plan ${formatClock(plannedAt(paced, 2, { short: false }))} · `))
  })

  it('b jumps from a core slide to the Backup divider, Backspace returns to it', async () => {
    const from = Math.min(3, backup - 1)
    await openDeck(to(from))
    await stepTo('b', backup)
    await stepTo('Backspace', from)
  })

  it('the short cut steps over an optional core slide', async () => {
    const optional = paced.find(s => isCore(paced, s.no) && s.frontmatter.optional === true && s.no > 1)
    if (!optional)
      throw new Error('no core slide is marked `optional: true`: the short cut would present the full talk')
    const before = stepTarget(paced, optional.no, -1, { short: true })!
    await openDeck(to(before))
    await page.keyboard.press('Shift+C')
    await page.locator('[data-short-cut]').waitFor()
    await stepTo('ArrowDown', stepTarget(paced, before, 1, { short: true })!)
    expect(at()).not.toBe(optional.no)
  })

  it('g finds a slide by its title, o shows the overview', async () => {
    const target = session.deck.slides[backup - 1]
    await openDeck(to(1))
    await page.keyboard.press('g')
    const input = page.locator('#slidev-goto-input')
    await expect.poll(() => input.evaluate(el => el === document.activeElement)).toBe(true)
    await input.fill(target.titlePlain)
    await input.press('Enter')
    await page.waitForURL(() => at() === backup)
    await page.keyboard.press('o')
    const overview = page.locator('.z-modal', { hasText: session.deck.slides[1].titlePlain.slice(0, 30) })
    await overview.waitFor()
    await page.keyboard.press('Escape')
    await overview.waitFor({ state: 'detached' })
  })
})
