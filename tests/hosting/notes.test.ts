import type { Browser } from 'playwright-chromium'
import type { NoteProbe } from '../../scripts/lib/note-leaks.ts'
import type { StaticServer } from '../../scripts/lib/static-server.ts'
import type { HostingArtifacts } from './support/artifacts.ts'
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { loadDeck } from '../../scripts/lib/deck-checks/deck.ts'
import { findNoteLeaks, noteProbes, visibleDeckText } from '../../scripts/lib/note-leaks.ts'
import { publicNote, splitNote } from '../../scripts/lib/notes/split-notes.ts'
import { startStaticServer } from '../../scripts/lib/static-server.ts'
import { connectBrowser } from '../support/browser.ts'
import { deckUrl } from '../support/slidev-page.ts'
import { openHostedPage } from './support/site-checks.ts'

/**
 * Speaker notes stay out of the public site, except the commentary on the reader page (handout/);
 * presenter-only `[cue]` lines appear nowhere (tests/hosting/reader-cues.test.ts plants some). The notes come from Slidev's own parser; the probes
 * are runs of plain words from them (≥ 20 characters, not shown on any slide), so they survive
 * HTML and JS escaping. The presenter build is the control: it must contain them, which proves
 * the search would find a leak.
 */

let artifacts: HostingArtifacts
let notes: string[]
let probes: NoteProbe[]
let browser: Browser
let publicSite: StaticServer
let presenterSite: StaticServer
let deckTitle: string

interface RouteView {
  url: string
  /** Probes present in the page's visible text. */
  shown: NoteProbe[]
  /** Slidev's presenter view (`.slidev-presenter`) is on the page. */
  presenterView: boolean
  /** Elements Slidev renders notes into. */
  noteElements: number
  cspViolations: string[]
}

/** What a route of a served build shows: its text, checked for every probe, and whether it is the presenter view. */
async function probesShownAt(site: StaticServer, route: string): Promise<RouteView> {
  const hosted = await openHostedPage(browser, site.url)
  try {
    const url = deckUrl(site.url, 'hash', route)
    await hosted.page.goto(url, { waitUntil: 'networkidle' })
    // Give lazy routes (the presenter view loads its chunk on demand) time to render.
    await hosted.page.waitForFunction(() => document.querySelector('#app')?.childElementCount, undefined, { timeout: 10_000 })
    await hosted.page.waitForTimeout(500)
    const text = (await hosted.page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ')
    return {
      url,
      shown: probes.filter(p => text.includes(p.text)),
      presenterView: await hosted.page.locator('.slidev-presenter').count() > 0,
      noteElements: await hosted.page.locator('.slidev-note').count(),
      cspViolations: await hosted.cspViolations(),
    }
  }
  finally {
    await hosted.context.close()
  }
}

describe('speaker notes are not published', () => {
  beforeAll(async () => {
    artifacts = inject('hostingArtifacts')
    const root = artifacts.deckRoot
    const { data } = await loadDeck(root)
    notes = data.slides.map(s => s.note ?? '')
    deckTitle = String(data.headmatter.title ?? '')
    probes = noteProbes(notes, visibleDeckText(root, data.slides.map(s => s.content)))
    browser = await connectBrowser(artifacts.wsEndpoint)
    publicSite = await startStaticServer({ root: artifacts.publicDir, base: artifacts.publicBase })
    presenterSite = await startStaticServer({ root: artifacts.presenterDir, base: artifacts.presenterBase })
  })

  afterAll(async () => {
    await browser?.close()
    await publicSite?.close()
    await presenterSite?.close()
  })

  it('has real notes to protect, each with distinctive snippets', () => {
    const substantial = notes.filter(n => n.trim().length >= 200)
    expect(substantial.length, 'slides with ≥ 200 characters of notes').toBeGreaterThanOrEqual(Math.ceil(notes.length / 2))
    const slidesWithProbes = new Set(probes.map(p => p.slide))
    const missing = notes.map((n, i) => ({ slide: i + 1, length: n.trim().length })).filter(n => n.length >= 80 && !slidesWithProbes.has(n.slide))
    expect(missing, 'notes with no usable ≥ 20-character snippet').toEqual([])
    expect(probes.every(p => p.text.length >= 20)).toBe(true)
  })

  it('control: the presenter build contains every snippet', () => {
    const found = new Set(findNoteLeaks(artifacts.presenterDir, probes).map(l => l.text))
    const notFound = probes.filter(p => !found.has(p.text))
    expect(notFound, 'snippets the search cannot find even where the notes are').toEqual([])
  })

  it('no snippet of any slide\'s notes is anywhere in the public build outside the reader page (JS, CSS, HTML, PDF, images)', () => {
    const leaks = findNoteLeaks(artifacts.publicDir, probes).filter(l => !l.file.startsWith('handout/'))
    expect(leaks.map(l => `slide ${l.slide}: "${l.text}" in ${l.file}`)).toEqual([])
  })

  it('the reader page (handout/) has the commentary but no presenter-only [cue] line', () => {
    const commentary = noteProbes(notes.map(publicNote), visibleDeckText(artifacts.deckRoot, []))
    const inHandout = new Set(findNoteLeaks(join(artifacts.publicDir, 'handout'), commentary).map(l => l.text))
    expect(commentary.filter(p => !inHandout.has(p.text)).map(p => `slide ${p.slide}: ${p.text}`)).toEqual([])
    const cues = noteProbes(notes.map(n => splitNote(n).cues.map(c => c.text).join('\n')), '')
    expect(findNoteLeaks(artifacts.publicDir, cues).map(l => `slide ${l.slide}: "${l.text}" in ${l.file}`)).toEqual([])
  })

  it('the bundled PDF\'s text (pdftotext) has the slides but none of their notes', () => {
    let text: string
    try {
      text = execFileSync('pdftotext', ['-layout', join(artifacts.publicDir, artifacts.pdfFile), '-'], { encoding: 'utf8' })
    }
    catch (error) {
      throw new Error('pdftotext failed: install poppler-utils (bash scripts/setup.sh --test)', { cause: error })
    }
    const flat = text.replace(/\s+/g, ' ')
    // Control: the extraction works (the deck title is on page 1).
    expect(flat).toContain(deckTitle)
    expect(probes.filter(p => flat.includes(p.text)).map(p => `slide ${p.slide}: ${p.text}`)).toEqual([])
  })

  it('control: the presenter build shows slide 1\'s notes at #/presenter/1 (under the same CSP)', async () => {
    const first = probes.find(p => p.slide === 1)
    expect(first, 'slide 1 has notes').toBeDefined()
    const view = await probesShownAt(presenterSite, 'presenter/1')
    expect(view.presenterView).toBe(true)
    expect(view.noteElements).toBeGreaterThan(0)
    expect(view.shown.some(p => p.slide === 1)).toBe(true)
    expect(view.cspViolations).toEqual([])
  })

  it('the public build has no presenter view: #/presenter, #/presenter/1, #/notes and #/overview show no notes', async () => {
    for (const route of ['presenter', 'presenter/1', 'presenter/2', 'notes', 'overview', 'presenter/print']) {
      const view = await probesShownAt(publicSite, route)
      expect(view.shown.map(p => `slide ${p.slide}: ${p.text}`), view.url).toEqual([])
      expect(view.presenterView, `${view.url} shows the presenter view`).toBe(false)
      expect(view.noteElements, `${view.url} has note elements`).toBe(0)
    }
  })
})
