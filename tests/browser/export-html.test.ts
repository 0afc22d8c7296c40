import type { Browser, BrowserContext, Page } from 'playwright-chromium'
import { existsSync, statSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { describeSlide } from '../../scripts/lib/deck-checks/deck.ts'
import { exportFiles, waitForExports } from '../support/artifacts.ts'
import { connectBrowser } from '../support/browser.ts'

/**
 * The single-file HTML deck written by `scripts/export.ts`: opened from file:// with every request
 * that leaves the file blocked, walked through every slide and click step with the keyboard.
 */

const artifacts = inject('browserArtifacts')
const session = inject('browserSession')
const { deck } = artifacts
const file = exportFiles(artifacts).html
const where = (no: number): string => describeSlide(deck.slides[no - 1])

let browser: Browser
let context: BrowserContext
let page: Page
const blocked: string[] = []
const errors: string[] = []

describe(`single HTML deck (${file.slice(artifacts.deckRoot.length + 1)})`, () => {
  beforeAll(async () => {
    await waitForExports(artifacts)
    expect(existsSync(file), `${file} was not written`).toBe(true)
    browser = await connectBrowser(session.wsEndpoint)
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } })
    // Offline and self-contained: anything but the file itself (and data: inside it) is refused.
    await context.route('**/*', (route) => {
      const url = route.request().url()
      if (url === pathToFileURL(file).href || url.startsWith(`${pathToFileURL(file).href}#`) || url.startsWith('data:'))
        return route.continue()
      blocked.push(url)
      return route.abort('blockedbyclient')
    })
    page = await context.newPage()
    page.on('console', (m) => {
      if (m.type() === 'error')
        errors.push(m.text().slice(0, 300))
    })
    page.on('pageerror', e => errors.push(e.message))
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
  })

  it('is one lean file (≤ 3 MB) with a CSP of its own and no speaker notes', async () => {
    const size = statSync(file).size
    console.log(`[html] ${(size / 1024 / 1024).toFixed(2)} MB`)
    expect(size).toBeLessThanOrEqual(3 * 1024 * 1024)
  })

  it('walks every slide and click step from file:// offline, each slide showing its title', async () => {
    const started = performance.now()
    await page.goto(`${pathToFileURL(file).href}#/1`)
    await page.waitForFunction(() => document.querySelector('[data-slidev-no="1"] h1'), undefined, { timeout: 30_000 })
    console.log(`[html] slide 1 visible ${(performance.now() - started).toFixed(0)} ms after navigation`)
    const seen = new Map<number, number>()
    const problems: string[] = []
    let hash = await page.evaluate(() => location.hash)
    for (let step = 0; step < 1000; step++) {
      // A slide with a routeAlias shows the alias instead of its number (#/sources).
      const m = /^#\/([^?]+)(?:\?clicks=(\d+))?/.exec(hash)
      const no = m ? (/^\d+$/.test(m[1]) ? Number(m[1]) : deck.slides.find(s => s.routeAlias === m[1])?.no) : undefined
      if (!m || !no) {
        problems.push(`unexpected location ${hash}`)
        break
      }
      if (!seen.has(no)) {
        const title = deck.slides[no - 1]?.titlePlain ?? ''
        const shown = await page.waitForFunction(({ no, title }) => {
          const el = document.querySelector(`[data-slidev-no="${no}"]`)
          const squash = (t: string): string => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
          return el && squash(el.textContent ?? '').includes(squash(title))
        }, { no, title }, { timeout: 10_000 }).then(() => true, () => false)
        if (!shown)
          problems.push(`${where(no)}: title "${title}" not shown`)
        const diagrams = await page.evaluate(n => [...document.querySelectorAll(`[data-slidev-no="${n}"] .mermaid`)]
          .map(h => Boolean(h.shadowRoot?.querySelector('svg'))), no)
        if (diagrams.includes(false))
          problems.push(`${where(no)}: a Mermaid diagram has no SVG`)
      }
      seen.set(no, Math.max(seen.get(no) ?? 0, Number(m[2] ?? 0)))
      await page.keyboard.press('ArrowRight')
      const moved = await page.waitForFunction(previous => location.hash !== previous, hash, { timeout: 3_000 }).then(() => true, () => false)
      if (!moved)
        break
      hash = await page.evaluate(() => location.hash)
    }
    const clickSteps = [...seen.values()].reduce((a, b) => a + b, 0)
    console.log(`[html] walked ${seen.size} slides and ${clickSteps} click steps`)
    expect(problems, `\n${problems.join('\n')}`).toEqual([])
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual(deck.slides.map(s => s.no))
    expect(clickSteps, 'no click step was walked: are v-clicks working?').toBeGreaterThan(0)
    const inter = await page.evaluate(() => [...document.fonts].some(f => f.family.replace(/"/g, '') === 'Inter' && f.status === 'loaded'))
    expect(inter, 'Inter never loaded').toBe(true)
    expect(blocked, `requests outside the file:\n${blocked.join('\n')}`).toEqual([])
    expect(errors, `console errors:\n${errors.join('\n')}`).toEqual([])
  })
})
