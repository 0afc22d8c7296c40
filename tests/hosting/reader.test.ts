import type { Browser } from 'playwright-chromium'
import type { LoadedDeck } from '../../scripts/lib/deck-checks/deck.ts'
import type { StaticServer } from '../../scripts/lib/static-server.ts'
import type { HostingArtifacts } from './support/artifacts.ts'
import type { HostedPage } from './support/site-checks.ts'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck } from '../../scripts/lib/deck-checks/deck.ts'
import { splitNote } from '../../scripts/lib/notes/split-notes.ts'
import { startStaticServer } from '../../scripts/lib/static-server.ts'
import { squashText } from '../../scripts/lib/text-normalize.ts'
import { connectBrowser, newGuardedContext, PageRecorder } from '../support/browser.ts'
import { markdownToPlainText } from '../support/text.ts'

/**
 * The reader page (`<base>handout/`) of the public build, on a phone: a 390×844 touch screen.
 * Plain HTML that needs no JavaScript (its one script registers the offline cache), same CSP as the deck,
 * nothing fetched from another site.
 */

let artifacts: HostingArtifacts
let deck: LoadedDeck
let browser: Browser
let site: StaticServer
let hosted: HostedPage
let readerUrl: string

describe('reader page on a phone', () => {
  beforeAll(async () => {
    artifacts = inject('hostingArtifacts')
    deck = await loadDeck(artifacts.deckRoot)
    browser = await connectBrowser(artifacts.wsEndpoint)
    site = await startStaticServer({ root: artifacts.publicDir, base: artifacts.publicBase })
    readerUrl = `${site.url}handout/`
    hosted = await openPhonePage()
    await hosted.page.goto(readerUrl, { waitUntil: 'load' })
    // Lazy pictures: bring each into view so it is requested (driven from here: the page runs no script).
    const images = hosted.page.locator('img')
    for (let i = 0; i < await images.count(); i++)
      await images.nth(i).scrollIntoViewIfNeeded()
    const deadline = Date.now() + 60_000
    while (!await hosted.page.evaluate(() => [...document.images].every(i => i.complete && i.naturalWidth > 0) && document.fonts.status === 'loaded')) {
      if (Date.now() > deadline)
        throw new Error(`the reader page's pictures and fonts did not load within 60 s (${readerUrl})`)
      await hosted.page.waitForTimeout(200)
    }
  }, 180_000)

  /** Like openHostedPage (site-checks.ts), on an emulated phone with JavaScript off: the page must not need it. */
  async function openPhonePage(): Promise<HostedPage> {
    const origin = new URL(site.url).origin
    const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, javaScriptEnabled: false }
    const { context } = await newGuardedContext(browser, phone)
    const offOrigin: string[] = []
    context.on('request', (request) => {
      const url = request.url()
      if (/^https?:/.test(url) && new URL(url).origin !== origin)
        offOrigin.push(url)
    })
    const page = await context.newPage()
    const consoleCsp: string[] = []
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text()))
        consoleCsp.push(m.text())
    })
    return { context, page, recorder: new PageRecorder(page), offOrigin, cspViolations: async () => consoleCsp }
  }

  afterAll(async () => {
    await hosted?.context.close()
    await site?.close()
    await browser?.close()
  })

  it('is in the public build, with a picture of every slide', () => {
    expect(existsSync(join(artifacts.publicDir, 'handout', 'index.html'))).toBe(true)
    for (const slide of deck.slides)
      expect(readFileSync(join(artifacts.publicDir, 'handout', 'index.html'), 'utf8')).toContain(`id="slide-${slide.no}"`)
  })

  it('shows every slide: title, picture, commentary (without presenter-only lines)', async () => {
    const page = hosted.page
    const text = squashText(await page.evaluate(() => document.body.innerText))
    const missing: string[] = []
    for (const slide of deck.slides) {
      const article = page.locator(`#slide-${slide.no}`)
      if (!await article.isVisible())
        missing.push(`slide ${slide.no}: no article`)
      const img = article.locator('img')
      const size = await img.evaluate((i: HTMLImageElement) => ({ w: i.naturalWidth, shown: i.getBoundingClientRect().width }))
      if (size.w < 980 || size.shown < 300)
        missing.push(`slide ${slide.no}: picture ${size.w} px wide, shown at ${size.shown} px`)
      if (slide.title && !text.includes(squashText(slide.title)))
        missing.push(`slide ${slide.no}: title ${slide.title}`)
      const commentary = markdownToPlainText(splitNote(slide.note).commentary.replace(/\[src:[^\]]*\]/g, ' ')).split(' ').slice(0, 8).join(' ')
      if (commentary && !text.includes(squashText(commentary)))
        missing.push(`slide ${slide.no}: commentary “${commentary}”`)
      for (const cue of splitNote(slide.note).cues) {
        if (cue.text.length >= 12 && text.includes(squashText(markdownToPlainText(cue.text))))
          missing.push(`slide ${slide.no}: presenter-only line shown: ${cue.text}`)
      }
    }
    expect(missing).toEqual([])
  })

  it('has body text of at least 16 CSS px and no horizontal scrolling at 390 px', async () => {
    const page = hosted.page
    const report = await page.evaluate(() => {
      const small: string[] = []
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement
        if (!el || !n.textContent?.trim() || !el.checkVisibility())
          continue
        const size = Number.parseFloat(getComputedStyle(el).fontSize)
        // Reference markers are superscript-like citations; everything else is body text.
        if (size < 16 && !el.closest('.cite'))
          small.push(`${el.localName}.${el.className} ${size}px “${n.textContent.trim().slice(0, 40)}”`)
      }
      return { small, scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth, innerWidth }
    })
    expect(report.small).toEqual([])
    expect(report.innerWidth).toBe(390)
    expect(report.scrollWidth).toBeLessThanOrEqual(report.clientWidth)
  })

  it('fetches nothing from another site, and logs no error or CSP violation, without JavaScript', async () => {
    expect(hosted.offOrigin).toEqual([])
    expect(hosted.recorder.take().map(i => `${i.kind}: ${i.text} ${i.url ?? ''}`)).toEqual([])
    expect(await hosted.cspViolations()).toEqual([])
    const html = readFileSync(join(artifacts.publicDir, 'handout', 'index.html'), 'utf8')
    // One same-origin script, which only registers the offline cache (reader-offline.test.ts); no inline code.
    expect([...html.matchAll(/<script\b[^>]*>/gi)].map(m => m[0])).toEqual(['<script src="register-sw.js" defer>'])
    expect(html).toContain('http-equiv="Content-Security-Policy"')
  })

  it('links back to the deck', async () => {
    const back = await hosted.page.locator('a', { hasText: 'The slides' }).first().getAttribute('href')
    expect(new URL(back!, readerUrl).href).toBe(site.url)
  })

  it('is linked from the deck\'s title slide and nav bar, and offered to phone visitors', async () => {
    const { context } = await newGuardedContext(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    try {
      const page = await context.newPage()
      await page.goto(`${site.url}#/1`)
      for (const selector of ['a.deck-handout-phone', 'a.deck-handout-title', 'a.deck-handout-link']) {
        await page.locator(selector).first().waitFor({ state: 'attached', timeout: 20_000 })
        expect(new URL((await page.locator(selector).first().getAttribute('href'))!, page.url()).href, selector).toBe(readerUrl)
      }
      expect(await page.locator('a.deck-handout-phone').isVisible()).toBe(true)
    }
    finally {
      await context.close()
    }
  })
})
