import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import type { DeckSlide } from '../../scripts/lib/deck-checks/deck.ts'
import type { StaticServer } from '../../scripts/lib/static-server.ts'
import type { HostingArtifacts } from './support/artifacts.ts'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { deckId, fromBase32, fromBase64Url, packCode, toBase32, toBase64Url, unpackCode } from '../../components/pocket/pairing-code.ts'
import { loadDeck } from '../../scripts/lib/deck-checks/deck.ts'
import { findNoteLeaks, noteProbes, visibleDeckText } from '../../scripts/lib/note-leaks.ts'
import { splitNote } from '../../scripts/lib/notes/split-notes.ts'
import { startStaticServer } from '../../scripts/lib/static-server.ts'
import { squashText } from '../../scripts/lib/text-normalize.ts'
import { connectBrowser, newGuardedContext } from '../support/browser.ts'
import { readQr } from '../support/qr-decode.ts'
import { readNav } from '../support/slidev-page.ts'
import { markdownToPlainText } from '../support/text.ts'

/**
 * The pocket presenter, end to end in real Chromium on loopback: the presenter build on a laptop
 * (1920×1080) and the public build on a phone (390×844, touch). The two QR codes on screen are read
 * from screenshots with jsQR; the phone's code is typed into the laptop. No signalling server: the
 * codes are the only thing that passes between the two contexts besides WebRTC itself.
 * The phone opens the exact address in the laptop's code (the public site, https://briefing.example.org/briefing/…),
 * served here from the public build by routing that origin to the local file server.
 */

let artifacts: HostingArtifacts
let browser: Browser
let publicSite: StaticServer
let presenterSite: StaticServer
let slides: DeckSlide[]
let title: string
let laptop: BrowserContext
let presenter: Page
let audience: Page
const phones: BrowserContext[] = []

const LAPTOP = { viewport: { width: 1920, height: 1080 } }
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }

/** A phone whose requests to the public site's origin are answered by the local copy of the public build. */
async function newPhone(): Promise<Page> {
  const { context } = await newGuardedContext(browser, PHONE)
  const publicOrigin = new URL(artifacts.siteUrl).origin
  await context.route(`${publicOrigin}/**`, async (route) => {
    const url = new URL(route.request().url())
    const response = await route.fetch({ url: `${publicSite.origin}${url.pathname}${url.search}` })
    await route.fulfill({ response })
  })
  phones.push(context)
  return context.newPage()
}

/** The text of the QR code drawn by `selector`, read from a screenshot as a camera would. */
async function scanQr(page: Page, selector: string): Promise<string> {
  const element = page.locator(selector)
  await element.waitFor({ state: 'visible', timeout: 20_000 })
  const text = readQr(await element.screenshot())
  expect(text, `a readable QR code in ${selector}`).toBeTruthy()
  return text!
}

async function startPairing(): Promise<string> {
  const panel = presenter.locator('.pocket-panel')
  if (!await panel.isVisible())
    await presenter.getByRole('button', { name: 'Pair a phone' }).first().click()
  if (await panel.getByRole('button', { name: 'Pair a phone' }).isVisible())
    await panel.getByRole('button', { name: 'Pair a phone' }).click()
  await presenter.locator('.pocket-panel[data-status="offering"] svg.pocket-offer-qr').waitFor({ timeout: 20_000 })
  return scanQr(presenter, 'svg.pocket-offer-qr')
}

/** Opens the laptop's link on a new phone and returns the phone's answer: its QR code (read) and its typed code (shown). */
async function phoneAnswers(offerUrl: string): Promise<{ phone: Page, scanned: string, typed: string }> {
  const phone = await newPhone()
  await phone.goto(offerUrl)
  await phone.locator('.pocket-remote[data-status="waiting"]').waitFor({ timeout: 20_000 })
  const scanned = await scanQr(phone, 'svg.pocket-answer-qr')
  const typed = (await phone.locator('.pocket-answer-code').innerText()).trim()
  return { phone, scanned, typed }
}

async function typeOnLaptop(code: string): Promise<string> {
  await presenter.locator('#pocket-typed-code').fill(code)
  await presenter.locator('.pocket-typed button[type="submit"]').click()
  return presenter.locator('.pocket-panel').getAttribute('data-status').then(s => s ?? '')
}

async function refusal(): Promise<string> {
  const alert = presenter.locator('.pocket-refusal')
  await alert.waitFor({ timeout: 10_000 })
  return alert.innerText()
}

async function navOf(page: Page): Promise<{ no: number, clicks: number, clicksTotal: number }> {
  const nav = await readNav(page)
  expect(nav, 'Slidev\'s nav state').toBeDefined()
  return nav!
}

async function waitForNav(page: Page, no: number, clicks: number): Promise<void> {
  await page.waitForFunction(({ no, clicks }) => {
    const host = document.querySelector('#app') as (Element & { __vue_app__?: { _context: { provides: Record<string, { nav?: { currentSlideNo: number, clicks: number } }> } } }) | null
    const nav = host?.__vue_app__?._context.provides['$$slidev-context']?.nav
    return nav?.currentSlideNo === no && nav.clicks === clicks
  }, { no, clicks }, { timeout: 15_000 }).catch(async (error: unknown) => {
    throw new Error(`${page === audience ? 'audience window' : 'presenter view'} did not reach slide ${no} click ${clicks}: at ${page.url()}, nav ${JSON.stringify(await readNav(page))}`, { cause: error })
  })
}

/** The start of a slide's spoken script, as the phone must show it. */
function scriptStart(slide: DeckSlide): string {
  const firstLine = splitNote(slide.note).script.split('\n').find(l => squashText(markdownToPlainText(l)).length >= 12) ?? ''
  return squashText(markdownToPlainText(firstLine)).slice(0, 40)
}

async function phoneShows(phone: Page, slide: DeckSlide): Promise<void> {
  await phone.locator(`.pocket-slide-no[data-no="${slide.no}"]`).waitFor({ timeout: 15_000 })
  const notes = squashText(markdownToPlainText(await phone.locator('.pocket-notes').innerText()))
  const expected = scriptStart(slide)
  expect(expected.length, `slide ${slide.no} has a script to read`).toBeGreaterThan(0)
  expect(notes, `the phone shows slide ${slide.no}'s notes`).toContain(expected)
  expect(squashText(await phone.locator('.pocket-title').innerText())).toBe(squashText(slide.title))
}

describe('pocket presenter: a phone paired by two QR codes drives the deck and shows the notes', () => {
  let offerUrl: string
  let firstPhone: Page
  let firstAnswerTyped: string

  beforeAll(async () => {
    artifacts = inject('hostingArtifacts')
    const deck = await loadDeck(artifacts.deckRoot)
    slides = deck.slides
    title = String(deck.headmatter.title ?? '')
    browser = await connectBrowser(artifacts.wsEndpoint)
    publicSite = await startStaticServer({ root: artifacts.publicDir, base: artifacts.publicBase })
    presenterSite = await startStaticServer({ root: artifacts.presenterDir, base: artifacts.presenterBase })
    laptop = (await newGuardedContext(browser, LAPTOP)).context
    audience = await laptop.newPage()
    await audience.goto(`${presenterSite.url}#/1`)
    presenter = await laptop.newPage()
    await presenter.goto(`${presenterSite.url}#/presenter/1`)
    await presenter.locator('.slidev-presenter').waitFor({ timeout: 30_000 })
  }, 120_000)

  afterAll(async () => {
    for (const phone of phones)
      await phone.close().catch(() => {})
    await laptop?.close()
    await browser?.close()
    await publicSite?.close()
    await presenterSite?.close()
  })

  it('the laptop\'s code opens the public deck\'s remote page with a compact offer for this deck', async () => {
    offerUrl = await startPairing()
    expect(offerUrl.startsWith(`${artifacts.siteUrl}${artifacts.publicBase}#/remote?o=`), offerUrl).toBe(true)
    const offer = unpackCode(fromBase64Url(new URL(offerUrl).hash.split('o=')[1]))
    expect(offer.kind).toBe('offer')
    expect(offer.deck).toBe(deckId(title))
    expect(offer.candidates.length).toBeGreaterThan(0)
    // Small enough for a phone camera across a desk: a raw SDP is about 600 characters.
    expect(offerUrl.length).toBeLessThan(260)
  })

  it('the phone answers with a QR code and a typed code; the laptop takes the typed one and they pair', async () => {
    const answer = await phoneAnswers(offerUrl)
    firstPhone = answer.phone
    firstAnswerTyped = answer.typed
    const fromQr = unpackCode(fromBase32(answer.scanned))
    const fromTyped = unpackCode(fromBase32(answer.typed))
    expect(fromQr.kind).toBe('answer')
    expect(fromTyped.token).toBe(fromQr.token)
    expect(fromTyped.fingerprint).toBe(fromQr.fingerprint)
    await typeOnLaptop(answer.typed)
    await presenter.locator('.pocket-panel[data-status="paired"]').waitFor({ timeout: 25_000 })
    await firstPhone.locator('.pocket-remote[data-status="paired"]').waitFor({ timeout: 10_000 })
    await phoneShows(firstPhone, slides[0])
  })

  it('the phone moves three slides: the presenter view and the audience window follow, the phone shows each slide\'s notes', async () => {
    for (let step = 1; step <= 3; step++) {
      const target = slides[step]
      await firstPhone.getByRole('button', { name: 'Next slide' }).click()
      await waitForNav(presenter, target.no, 0)
      await waitForNav(audience, target.no, 0)
      await phoneShows(firstPhone, target)
    }
  })

  it('the phone goes to a slide by number and steps one click, as Slidev\'s own next() does', async () => {
    const withClicks = slides.find(s => s.no > 1 && /v-clicks?\b|v-after\b|\[click\]/.test(s.content)) ?? slides[5]
    await firstPhone.locator('#pocket-go-no').fill(String(withClicks.no))
    await firstPhone.getByRole('button', { name: 'Go' }).click()
    await waitForNav(presenter, withClicks.no, 0)
    await phoneShows(firstPhone, withClicks)
    const before = await navOf(presenter)
    await firstPhone.getByRole('button', { name: 'Next', exact: true }).click()
    // One click step if the slide has one left, else the next slide: what → does on the laptop.
    const expected = before.clicks < before.clicksTotal ? { no: before.no, clicks: before.clicks + 1 } : { no: before.no + 1, clicks: 0 }
    await waitForNav(presenter, expected.no, expected.clicks)
    await waitForNav(audience, expected.no, expected.clicks)
    await firstPhone.locator(`.pocket-slide-no[data-no="${expected.no}"]`).waitFor({ timeout: 10_000 })
  })

  it('a second phone with the same (now used) code is refused while the first is paired', async () => {
    const second = await phoneAnswers(offerUrl)
    await typeOnLaptop(second.typed)
    expect(await refusal()).toMatch(/already paired/)
    await expect.poll(() => presenter.locator('.pocket-panel').getAttribute('data-status')).toBe('paired')
    await second.phone.close()
  })

  it('closing the phone\'s page ends the pairing on the laptop', async () => {
    await firstPhone.close()
    await presenter.locator('.pocket-panel[data-status="ended"]').waitFor({ timeout: 40_000 })
  })

  it('a new pairing refuses the old code, and a code made for another deck', async () => {
    const newOfferUrl = await startPairing()
    expect(newOfferUrl).not.toBe(offerUrl)
    await typeOnLaptop(firstAnswerTyped)
    expect(await refusal()).toMatch(/earlier pairing/)
    // A well-formed answer with this pairing's token, but another deck's id.
    const offer = unpackCode(fromBase64Url(new URL(newOfferUrl).hash.split('o=')[1]))
    const forged = toBase32(packCode({ ...unpackCode(fromBase32(firstAnswerTyped)), token: offer.token, deck: (offer.deck + 1) & 0xFFFF }))
    await typeOnLaptop(forged)
    expect(await refusal()).toMatch(/another deck/)
    expect(await presenter.locator('.pocket-panel').getAttribute('data-status')).toBe('offering')
  })

  it('a phone refuses a pairing link made for another deck', async () => {
    const offer = unpackCode(fromBase64Url(new URL(offerUrl).hash.split('o=')[1]))
    const other = `${offerUrl.split('o=')[0]}o=${toBase64Url(packCode({ ...offer, deck: (offer.deck + 1) & 0xFFFF }))}`
    const phone = await newPhone()
    await phone.goto(other)
    await phone.locator('.pocket-remote[data-status="refused"]').waitFor({ timeout: 20_000 })
    expect(await phone.locator('.pocket-remote-msg').innerText()).toMatch(/another deck/)
  })

  it('no file of the public build carries the notes the phone was shown', () => {
    const probes = noteProbes(slides.map(s => s.note), visibleDeckText(artifacts.deckRoot, slides.map(s => s.content)))
    expect(probes.length).toBeGreaterThan(0)
    const leaks = findNoteLeaks(artifacts.publicDir, probes).filter(l => !l.file.startsWith('handout/'))
    expect(leaks.map(l => `slide ${l.slide}: "${l.text}" in ${l.file}`)).toEqual([])
  })
})
