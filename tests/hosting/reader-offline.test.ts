import type { Browser, BrowserContext } from 'playwright-chromium'
import type { StaticServer } from '../../scripts/lib/static-server.ts'
import type { HostingArtifacts } from './support/artifacts.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startStaticServer } from '../../scripts/lib/static-server.ts'
import { connectBrowser } from '../support/browser.ts'

/**
 * The reader page installs as an offline web app: after one visit (service worker active), it
 * reloads with the network cut off (the context offline AND the server stopped) and still shows
 * the handout, styled and in Inter.
 */

let artifacts: HostingArtifacts
let browser: Browser
let site: StaticServer
let context: BrowserContext

describe('reader page offline after one visit', () => {
  beforeAll(async () => {
    artifacts = inject('hostingArtifacts')
    browser = await connectBrowser(artifacts.wsEndpoint)
    site = await startStaticServer({ root: artifacts.publicDir, base: artifacts.publicBase })
    // Service workers allowed (the guarded contexts block them); the page fetches only its own origin.
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: 'allow' })
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await site?.close().catch(() => {})
  })

  it('has a manifest, an icon and exactly one script, same-origin, that registers the worker', () => {
    const html = readFileSync(join(artifacts.publicDir, 'handout', 'index.html'), 'utf8')
    const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map(m => m[0])
    expect(scripts).toEqual(['<script src="register-sw.js" defer>'])
    expect(html).toMatch(/<script src="register-sw.js" defer><\/script>/)
    const manifest = JSON.parse(readFileSync(join(artifacts.publicDir, 'handout', 'manifest.json'), 'utf8')) as { start_url: string, display: string, icons: { src: string }[] }
    expect(manifest.start_url).toBe('./')
    expect(manifest.display).toBe('standalone')
    for (const icon of manifest.icons)
      expect(readFileSync(join(artifacts.publicDir, 'handout', icon.src), 'utf8')).toContain('<svg')
  })

  it('reloads without a network once the service worker is active', async () => {
    const page = await context.newPage()
    const csp: string[] = []
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text()))
        csp.push(m.text())
    })
    const url = `${site.url}handout/#slide-3`
    await page.goto(url, { waitUntil: 'load' })
    const title = (await page.locator('h1').innerText()).trim()
    expect(title.length).toBeGreaterThan(0)
    const state = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state)
    expect(state).toBe('activated')
    // The network is gone: the browser is offline and the server is stopped.
    await context.setOffline(true)
    await site.close()
    await page.reload({ waitUntil: 'load' })
    expect((await page.locator('h1').innerText()).trim()).toBe(title)
    expect(await page.locator('#slide-3').count()).toBe(1)
    // Styled (handout.css from the cache) and in Inter (the fonts from the cache).
    const styled = await page.evaluate(async () => {
      await document.fonts.ready
      return {
        maxWidth: getComputedStyle(document.querySelector('main')!).maxWidth,
        inter: document.fonts.check('16px Inter'),
        loaded: [...document.fonts].filter(f => f.family.replace(/"/g, '') === 'Inter' && f.status === 'loaded').length,
      }
    })
    expect(styled.maxWidth).toBe('800px')
    expect(styled.loaded).toBeGreaterThan(0)
    expect(csp).toEqual([])
  })
})
