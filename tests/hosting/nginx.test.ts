import type { IncomingHttpHeaders } from 'node:http'
import type { Browser } from 'playwright-chromium'
import type { Deck } from '../support/deck.ts'
import type { HostingArtifacts } from './support/artifacts.ts'
import type { RunningNginx } from './support/nginx.ts'
import { Buffer } from 'node:buffer'
import { readFile } from 'node:fs/promises'
import { request } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { CACHE_IMMUTABLE, CONTENT_SECURITY_POLICY } from '../../scripts/lib/site.ts'
import { connectBrowser, formatIssues } from '../support/browser.ts'
import { loadDeck } from '../support/deck.ts'
import { builtSites } from './support/artifacts.ts'
import { startNginx } from './support/nginx.ts'
import { deepLinkReload, metaContent, openHostedPage, referencedUrls } from './support/site-checks.ts'

/**
 * The public build behind Debian's nginx, configured with nothing but the server block users
 * get (deploy/nginx/briefing.conf.template, placeholders filled as envsubst would).
 */

const artifacts: HostingArtifacts = inject('hostingArtifacts')
let browser: Browser
let deck: Deck

interface RawResponse {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

/** A GET that shows the bytes and headers as sent (fetch would decompress and hide Content-Encoding). */
function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

beforeAll(async () => {
  deck = await loadDeck(artifacts.deckRoot)
  browser = await connectBrowser(artifacts.wsEndpoint)
})

afterAll(async () => {
  await browser?.close()
})

describe.each(builtSites(artifacts))('the $name build behind nginx under $base', (site) => {
  let nginx: RunningNginx

  beforeAll(async () => {
    nginx = await startNginx({ repoRoot: artifacts.deckRoot, siteDir: site.dir, base: site.base })
  })

  afterAll(async () => {
    await nginx?.close()
  })

  it('keeps a deep link across a reload: slide 1 → slide 5 → reload → still slide 5, every request served, fonts loaded', async () => {
    const target = Math.min(5, deck.slides.length)
    const hosted = await openHostedPage(browser, nginx.url)
    try {
      const report = await deepLinkReload(hosted, nginx.url, target)
      expect(report.slideBeforeReload).toBe(target)
      expect(report.urlBeforeReload.startsWith(`${nginx.url}#/`)).toBe(true)
      expect(report.urlAfterReload).toBe(report.urlBeforeReload)
      expect(report.slideAfterReload).toBe(target)
      expect(report.issues, `problems while loading:\n${formatIssues(report.issues)}`).toEqual([])
      expect(report.fonts.failed).toEqual([])
      expect(report.fonts.loadedFamilies).toContain('Inter')
      expect(await hosted.cspViolations()).toEqual([])
      expect(hosted.offOrigin).toEqual([])
    }
    finally {
      await hosted.context.close()
    }
  })
})

describe('the public build behind nginx with deploy/nginx/briefing.conf.template: headers and fallbacks', () => {
  let nginx: RunningNginx
  let indexHtml: string

  beforeAll(async () => {
    nginx = await startNginx({ repoRoot: artifacts.deckRoot, siteDir: artifacts.publicDir, base: artifacts.publicBase })
    indexHtml = await readFile(join(artifacts.publicDir, 'index.html'), 'utf8')
  })

  afterAll(async () => {
    await nginx?.close()
  })

  it('sends index.html with Cache-Control: no-cache, at the base URL and by name', async () => {
    for (const url of [nginx.url, `${nginx.url}index.html`]) {
      const res = await get(url)
      expect(res.status, url).toBe(200)
      expect(res.headers['content-type'], url).toMatch(/^text\/html/)
      expect(res.headers['cache-control'], url).toBe('no-cache')
    }
  })

  it('caches the content-hashed assets for a year (immutable) and revalidates the unhashed files', async () => {
    const assets = referencedUrls(indexHtml).filter(u => u.startsWith(`${artifacts.publicBase}assets/`))
    expect(assets.length).toBeGreaterThan(2)
    for (const path of assets) {
      const res = await get(`${nginx.origin}${path}`)
      expect(res.status, path).toBe(200)
      expect(res.headers['cache-control'], path).toBe(CACHE_IMMUTABLE)
    }
    for (const file of [artifacts.pdfFile, 'og-image.png', 'favicon.svg']) {
      const res = await get(`${nginx.url}${file}`)
      expect(res.status, file).toBe(200)
      expect(res.headers['cache-control'], file).toBe('no-cache')
    }
    const pdf = await get(`${nginx.url}${artifacts.pdfFile}`)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('sends the same Content-Security-Policy header as the page\'s <meta> tag', async () => {
    const res = await get(nginx.url)
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(metaContent(indexHtml, 'Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(res.headers['x-content-type-options']).toBe('nosniff')
  })

  it('compresses scripts and styles with gzip', async () => {
    const script = referencedUrls(indexHtml).find(u => /\/assets\/index-[\w-]+\.js$/.test(u))
    expect(script, 'the entry script in index.html').toBeDefined()
    const plain = await get(`${nginx.origin}${script}`)
    const gz = await get(`${nginx.origin}${script}`, { 'accept-encoding': 'gzip' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(gz.headers.vary).toMatch(/Accept-Encoding/i)
    expect(gz.body.length).toBeLessThan(plain.body.length / 2)
  })

  it('falls back to the deck for unknown routes under the base, but answers 404 for a missing asset', async () => {
    const route = await get(`${nginx.url}some/old/route`)
    expect(route.status).toBe(200)
    expect(route.body.toString()).toContain('<div id="app">')
    expect(route.headers['cache-control']).toBe('no-cache')
    const missing = await get(`${nginx.url}assets/missing-deadbeef.js`)
    expect(missing.status).toBe(404)
    const bare = await get(nginx.url.replace(/\/$/, ''))
    expect(bare.status, 'the base without its slash redirects').toBe(301)
    expect(bare.headers.location).toBe(artifacts.publicBase)
  })

  it('logged no error while serving', async () => {
    const log = await nginx.errorLog()
    expect(log.split('\n').filter(l => /\[(?:error|crit|alert|emerg)\]/.test(l)), nginx.serverBlock).toEqual([])
  })
})
