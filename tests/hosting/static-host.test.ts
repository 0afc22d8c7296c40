import type { Browser } from 'playwright-chromium'
import type { StaticServer } from '../../scripts/lib/static-server.ts'
import type { Deck } from '../support/deck.ts'
import type { HostingArtifacts } from './support/artifacts.ts'
import { Buffer } from 'node:buffer'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { pngSize } from '../../scripts/lib/png-size.ts'
import { startStaticServer } from '../../scripts/lib/static-server.ts'
import { connectBrowser, formatIssues } from '../support/browser.ts'
import { loadDeck } from '../support/deck.ts'
import { deckUrl, settleSlide } from '../support/slidev-page.ts'
import { builtSites } from './support/artifacts.ts'
import { deepLinkReload, metaContent, openHostedPage, referencedUrls, walkEveryStep } from './support/site-checks.ts'

/**
 * The builds on the plainest possible host: a file server with no SPA fallback, no rewrites and
 * no special headers, under a sub-folder (/briefing/ for the public build, two levels,
 * /team/briefing-2025/, for the presenter build).
 */

const artifacts: HostingArtifacts = inject('hostingArtifacts')
let browser: Browser
let deck: Deck

beforeAll(async () => {
  deck = await loadDeck(artifacts.deckRoot)
  browser = await connectBrowser(artifacts.wsEndpoint)
})

afterAll(async () => {
  await browser?.close()
})

describe.each(builtSites(artifacts))('the $name build on a plain file server (no SPA fallback) under $base', (site) => {
  let server: StaticServer
  let indexHtml: string

  beforeAll(async () => {
    server = await startStaticServer({ root: site.dir, base: site.base, spa: false })
    indexHtml = await readFile(join(site.dir, 'index.html'), 'utf8')
  })

  afterAll(async () => {
    await server?.close()
  })

  it('really has no fallback: an unknown path under the base is a 404', async () => {
    const response = await fetch(`${server.url}5`)
    expect(response.status).toBe(404)
  })

  it('keeps a deep link across a reload: slide 1 → slide 5 → reload → still slide 5, every request served, fonts loaded', async () => {
    const target = Math.min(5, deck.slides.length)
    const hosted = await openHostedPage(browser, server.url)
    try {
      const report = await deepLinkReload(hosted, server.url, target)
      expect(report.slideBeforeReload, 'where ↓ led').toBe(target)
      expect(report.urlBeforeReload.startsWith(`${server.url}#/`), `${report.urlBeforeReload} is a hash route under the base`).toBe(true)
      expect(report.urlAfterReload, 'the URL after the reload').toBe(report.urlBeforeReload)
      expect(report.slideAfterReload, 'the slide the app shows after the reload').toBe(target)
      expect(report.issues, `problems while loading:\n${formatIssues(report.issues)}`).toEqual([])
      expect(report.fonts.status).toBe('loaded')
      expect(report.fonts.failed, 'fonts that failed to load').toEqual([])
      expect(report.fonts.loadedFamilies).toContain('Inter')
      expect(hosted.offOrigin).toEqual([])
      expect(await hosted.cspViolations()).toEqual([])
    }
    finally {
      await hosted.context.close()
    }
  })

  it('references every script, stylesheet and the favicon under the base, and serves each of them', async () => {
    const urls = referencedUrls(indexHtml)
    expect(urls.some(u => /\.js$/.test(u)) && urls.some(u => /\.css$/.test(u))).toBe(true)
    expect(urls.some(u => /favicon/.test(u)), 'a favicon link').toBe(true)
    for (const url of urls) {
      expect(url.startsWith(site.base), `${url} is outside ${site.base}`).toBe(true)
      const response = await fetch(new URL(url, server.url))
      expect(response.status, url).toBe(200)
    }
  })

  it('offers the bundled PDF from the nav bar: the button downloads <base><exportFilename>.pdf, one page per slide', async () => {
    const hosted = await openHostedPage(browser, server.url)
    try {
      const { page } = hosted
      // From a later slide, so a relative link would show: the href must not depend on the route.
      await page.goto(deckUrl(server.url, 'hash', '3'))
      await settleSlide(page, 3)
      const button = page.getByRole('button', { name: 'Download as PDF' })
      expect(await button.count(), 'the nav bar\'s "Download as PDF" button').toBe(1)
      const [download] = await Promise.all([page.waitForEvent('download'), button.click({ force: true })])
      expect(download.url()).toBe(`${server.url}${artifacts.pdfFile}`)
      // The browser runs in another process (connected over WebSocket): read the file through Playwright.
      const chunks: Buffer[] = []
      for await (const chunk of await download.createReadStream())
        chunks.push(chunk as Buffer)
      const pdf = await PDFDocument.load(Buffer.concat(chunks))
      expect(pdf.getPageCount()).toBe(deck.slides.length)
      expect(pdf.getTitle()).toBe(deck.config.title)
      expect(hosted.recorder.take()).toEqual([])
    }
    finally {
      await hosted.context.close()
    }
  })
})

describe('the public build\'s page, on the same kind of server', () => {
  let server: StaticServer
  let indexHtml: string

  beforeAll(async () => {
    server = await startStaticServer({ root: artifacts.publicDir, base: artifacts.publicBase, spa: false })
    indexHtml = await readFile(join(artifacts.publicDir, 'index.html'), 'utf8')
  })

  afterAll(async () => {
    await server?.close()
  })

  it('has link previews: title, description and an absolute image URL of the title slide, 1200 px wide', async () => {
    const image = `${artifacts.siteUrl}${artifacts.publicBase}og-image.png`
    expect(metaContent(indexHtml, 'og:title')).toBe(deck.config.title)
    expect(metaContent(indexHtml, 'twitter:title')).toBe(deck.config.title)
    const description = metaContent(indexHtml, 'og:description') ?? ''
    expect(description.length).toBeGreaterThan(40)
    expect(description, 'Slidev\'s own quoting (&quot;…\\n&quot;) must be gone').not.toMatch(/^"|\\n/)
    expect(metaContent(indexHtml, 'description')).toBe(description)
    expect(metaContent(indexHtml, 'og:image')).toBe(image)
    expect(metaContent(indexHtml, 'twitter:image')).toBe(image)
    expect(metaContent(indexHtml, 'twitter:card')).toBe('summary_large_image')
    expect(metaContent(indexHtml, 'og:url')).toBe(`${artifacts.siteUrl}${artifacts.publicBase}`)
    // The image is served at the same path on this host, and is what the tags say.
    const response = await fetch(new URL(new URL(image).pathname, server.url))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/png')
    const size = pngSize(new Uint8Array(await response.arrayBuffer()))
    expect(size.width).toBe(1200)
    expect(String(size.width)).toBe(metaContent(indexHtml, 'og:image:width'))
    expect(String(size.height)).toBe(metaContent(indexHtml, 'og:image:height'))
    expect(size.height).toBe(Math.round(1200 / deck.config.aspectRatio))
  })

  it('runs every slide and click step under its Content-Security-Policy with no violation and no request off the origin', async () => {
    expect(metaContent(indexHtml, 'Content-Security-Policy')).toMatch(/default-src 'self'/)
    // The policy must come before the first script or stylesheet to govern it.
    expect(indexHtml.indexOf('Content-Security-Policy')).toBeLessThan(indexHtml.search(/<script|<link rel="stylesheet"/))
    const hosted = await openHostedPage(browser, server.url)
    try {
      const steps = await walkEveryStep(hosted.page, server.url, deck.slides.length)
      expect(steps).toBeGreaterThanOrEqual(deck.slides.length)
      expect(await hosted.cspViolations()).toEqual([])
      expect(hosted.offOrigin, 'requests to another origin').toEqual([])
      const issues = hosted.recorder.take()
      expect(issues, formatIssues(issues)).toEqual([])
      console.log(`[hosting] walked ${steps} steps of ${deck.slides.length} slides under the CSP`)
    }
    finally {
      await hosted.context.close()
    }
  })
})
