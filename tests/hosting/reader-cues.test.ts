import type { Browser } from 'playwright-chromium'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { pdfPageTexts } from '../../scripts/lib/export/verify.ts'
import { findNoteLeaks } from '../../scripts/lib/note-leaks.ts'
import { startStaticServer } from '../../scripts/lib/static-server.ts'
import { artifactsDir, deckRoot } from '../support/artifacts.ts'
import { connectBrowser, newGuardedContext } from '../support/browser.ts'
import { runOrThrow } from '../support/run.ts'

/**
 * The public build of a deck whose notes carry planted presenter-only lines
 * (tests/fixtures/legibility-deck): the commentary reaches the reader page and nothing else,
 * the `[cue]` lines reach no file at all. `--no-handout` leaves the reader page and the deck's
 * links to it out.
 */

const FIXTURE = resolve('tests/fixtures/legibility-deck')
const BASE = '/fixture/'
const scratch = join(artifactsDir(deckRoot()), 'hosting', 'reader-fixture')
const withHandout = join(scratch, 'with')
const withoutHandout = join(scratch, 'without')
const CUES = ['PLANTED CUE pause here and look around the room before going on', 'PLANTED CUE do not read this small print aloud to anyone']
const COMMENTARY = ['Commentary for the first slide, which the handout prints in full', 'Commentary for the small print slide, readable in the handout']
let browser: Browser

function build(out: string, extra: string[]): Promise<unknown> {
  const tsx = join(deckRoot(), 'node_modules', '.bin', 'tsx')
  return runOrThrow('scripts/build.ts (fixture)', tsx, ['scripts/build.ts', '--entry', join(FIXTURE, 'slides.md'), '--base', BASE, '--out', out, '--no-og-image', ...extra], { cwd: deckRoot(), env: { ...process.env, BASE_PATH: '', SITE_URL: '' } })
}

function allText(dir: string): string {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(e => e.isFile()).map(e => readFileSync(join(e.parentPath, e.name), 'latin1')).join('\n')
}

describe('planted presenter-only lines in the public build', () => {
  beforeAll(async () => {
    await rm(scratch, { recursive: true, force: true })
    await mkdir(scratch, { recursive: true })
    // One after the other: each is CPU-bound.
    await build(withHandout, [])
    await build(withoutHandout, ['--no-handout', '--no-pdf'])
    browser = await connectBrowser(inject('hostingArtifacts').wsEndpoint)
  }, 300_000)
  afterAll(async () => {
    await browser?.close()
  })

  it('the commentary is on the reader page and nowhere else', () => {
    const probes = COMMENTARY.map((text, i) => ({ slide: i + 1, text }))
    const found = findNoteLeaks(withHandout, probes)
    expect(found.map(l => l.file).sort()).toEqual(['handout/index.html', 'handout/index.html'])
  })

  it('no [cue] line is in any file (HTML, JS, CSS, PDF, pictures)', () => {
    const probes = CUES.map((text, i) => ({ slide: i + 1, text }))
    expect(findNoteLeaks(withHandout, probes)).toEqual([])
    expect(allText(withHandout)).not.toContain('PLANTED CUE')
  })

  it('the site\'s PDF download carries the slides but neither cue lines nor commentary (its text read with pdftotext)', async () => {
    const pdf = readdirSync(withHandout).find(name => name.endsWith('.pdf'))
    expect(pdf, 'the build writes the PDF download').toBeDefined()
    const text = (await pdfPageTexts(join(withHandout, pdf!))).join('\n').replace(/\s+/g, ' ')
    expect(text).toContain('A diagram with tiny labels')
    expect(text).not.toContain('PLANTED CUE')
    for (const line of COMMENTARY)
      expect(text).not.toContain(line)
  })

  it('the deck links to the reader page: nav bar, title slide, and a bar for phones', async () => {
    const server = await startStaticServer({ root: withHandout, base: BASE })
    const { context } = await newGuardedContext(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    try {
      const page = await context.newPage()
      await page.goto(`${server.url}#/1`)
      const phone = page.locator('a.deck-handout-phone')
      await phone.waitFor({ state: 'visible', timeout: 20_000 })
      expect(new URL((await phone.getAttribute('href'))!, page.url()).href).toBe(`${server.url}handout/`)
      await expect.poll(() => page.locator('a.deck-handout-title').count()).toBe(1)
      expect(await page.locator('a.deck-handout-link').count()).toBe(1)
      const reader = await page.request.get(`${server.url}handout/`)
      expect(reader.status()).toBe(200)
    }
    finally {
      await context.close()
      await server.close()
    }
  })

  it('--no-handout leaves the reader page and every link to it out', async () => {
    expect(existsSync(join(withoutHandout, 'handout'))).toBe(false)
    expect(existsSync(join(withoutHandout, 'index.html'))).toBe(true)
    expect(allText(withoutHandout)).not.toContain('Commentary for the first slide')
    const server = await startStaticServer({ root: withoutHandout, base: BASE })
    const { context } = await newGuardedContext(browser, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true })
    try {
      const page = await context.newPage()
      await page.goto(`${server.url}#/1`)
      await page.locator('.slidev-page[data-slidev-no="1"]').waitFor({ state: 'visible', timeout: 20_000 })
      await page.locator('.slidev-nav, nav').first().waitFor({ state: 'attached', timeout: 20_000 })
      expect(await page.locator('a.deck-handout-phone, a.deck-handout-title, a.deck-handout-link').count()).toBe(0)
    }
    finally {
      await context.close()
      await server.close()
    }
  })
})
