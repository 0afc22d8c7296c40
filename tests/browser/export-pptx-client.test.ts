import type { PdfPageWords, Pptx } from '../support/pptx.ts'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import PptxGenJS from 'pptxgenjs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { describeSlide, loadDeck } from '../../scripts/lib/deck-checks/deck.ts'
import { squashText } from '../../scripts/lib/text-normalize.ts'
import { exportFiles, waitForExports } from '../support/artifacts.ts'
import { connectBrowser } from '../support/browser.ts'
import { findOverprints, pdfWordBoxes, readPptx, renderWithLibreOffice, slideRuns, textRuns, wordsOffPage } from '../support/pptx.ts'

/**
 * The exported PPTX as a colleague without the deck's fonts sees it: LibreOffice Impress renders it
 * to PDF with only DejaVu installed (the system's alias rules kept, so Inter falls back to the
 * default sans), and poppler reports where every word landed. Plus what the file itself promises:
 * a standard 16:9 size, links that work without the export server, notes, native diagrams.
 */

const artifacts = inject('browserArtifacts')
const { deck } = artifacts
const file = exportFiles(artifacts).pptx
const where = (no: number): string => describeSlide(deck.slides[no - 1])
/** The fonts an ordinary machine has: DejaVu only, no Inter. */
const FALLBACK_FONTS = ['/usr/share/fonts/truetype/dejavu']
function describeOverprint([a, b]: [{ text: string, xMin: number, yMin: number }, { text: string }]): string {
  return `"${a.text}" over "${b.text}" at ${a.xMin.toFixed(0)},${a.yMin.toFixed(0)} pt`
}

let scratch: string
let pptx: Pptx
let pages: PdfPageWords[]

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'pptx-client-'))
})
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true })
})

describe('the overprint check itself (control)', () => {
  it('catches a planted no-wrap text box whose text runs into its neighbour', async () => {
    const control = new PptxGenJS()
    control.layout = 'LAYOUT_WIDE'
    const slide = control.addSlide()
    const long = 'This text is much too long for its box and it does not wrap'
    slide.addText(long, { x: 0.5, y: 1, w: 2, h: 0.5, wrap: false, fit: 'none', margin: 0, fontFace: 'Inter', fontSize: 18 })
    slide.addText('Neighbour text', { x: 2.6, y: 1, w: 3, h: 0.5, wrap: true, margin: 0, fontFace: 'Inter', fontSize: 18 })
    const planted = join(scratch, 'control.pptx')
    await control.writeFile({ fileName: planted })
    const xml = (await readPptx(planted)).slides[0].xml
    expect(xml).toContain('wrap="none"')
    const render = await renderWithLibreOffice(planted, join(scratch, 'control'), FALLBACK_FONTS)
    const [page] = await pdfWordBoxes(render.pdf)
    expect(page.words.map(w => w.text).join(' ')).toContain('Neighbour')
    expect(findOverprints(page).length, 'the checker must see the planted overprint').toBeGreaterThan(0)
  }, 120_000)
})

describe(`the exported PPTX in LibreOffice without Inter (${file.slice(artifacts.deckRoot.length + 1)})`, () => {
  beforeAll(async () => {
    await waitForExports(artifacts)
    expect(existsSync(file), `${file} was not written`).toBe(true)
    pptx = await readPptx(file)
    const render = await renderWithLibreOffice(file, join(scratch, 'deck'), FALLBACK_FONTS)
    console.log(`[pptx] LibreOffice rendered ${file} without Inter in ${render.seconds.toFixed(1)} s`)
    pages = await pdfWordBoxes(render.pdf)
  }, 600_000)

  it('renders one page per slide', () => {
    expect(pages.length).toBe(deck.slides.length)
  })

  it('prints no text over other text', () => {
    const problems = pages.flatMap((page, i) => {
      const found = findOverprints(page)
      return found.length ? [`${where(i + 1)}: ${found.length} overprinted words, e.g. ${found.slice(0, 3).map(describeOverprint).join('; ')}`] : []
    })
    expect(problems, `\n${problems.join('\n')}`).toEqual([])
  })

  it('keeps every word on the slide', () => {
    const problems = pages.flatMap((page, i) => {
      const off = wordsOffPage(page)
      return off.length ? [`${where(i + 1)}: ${off.map(w => `"${w.text}"`).slice(0, 5).join(', ')} past the edge`] : []
    })
    expect(problems, `\n${problems.join('\n')}`).toEqual([])
  })

  it('shows every slide\'s title', () => {
    const problems = deck.slides.filter(s => s.titlePlain).flatMap((slide) => {
      const text = squashText(pages[slide.no - 1]?.words.map(w => w.text).join(' ') ?? '')
      return text.includes(squashText(slide.titlePlain)) ? [] : [`${where(slide.no)}: title "${slide.titlePlain}" not found in the rendered page`]
    })
    expect(problems, `\n${problems.join('\n')}`).toEqual([])
  })
})

describe('the exported PPTX file', () => {
  beforeAll(async () => {
    await waitForExports(artifacts)
    pptx ??= await readPptx(file)
  }, 600_000)

  it('has PowerPoint\'s standard 16:9 size (13.333 × 7.5 in)', () => {
    expect(pptx.size).toEqual({ cx: 12192000, cy: 6858000 })
  })

  it('links nowhere on the export\'s own server', () => {
    const local = [...pptx.relParts].filter(([, xml]) => /Target="(?:https?:)?\/\/(?:localhost|127\.0\.0\.1|\[::1\])/.test(xml)).map(([path]) => path)
    expect(local).toEqual([])
  })

  it('links each citation marker to a sources slide of its own, or to the source\'s address', () => {
    const aliased = new Set(deck.slides.filter(s => s.routeAlias).map(s => s.no))
    let citations = 0
    const problems = pptx.slides.flatMap((slide, i) => slideRuns(slide.xml).filter(r => r.superscript && r.link).flatMap((run) => {
      citations++
      const rel = slide.rels.get(run.link!)
      if (!rel)
        return [`${where(i + 1)}: citation "${run.text}" links to a missing relationship ${run.link}`]
      if (rel.external)
        return /^https?:\/\//.test(rel.target) ? [] : [`${where(i + 1)}: citation "${run.text}" links to ${rel.target}`]
      const target = pptx.slides.findIndex(s => s.path === rel.target) + 1
      if (run.action !== 'ppaction://hlinksldjump' || !target)
        return [`${where(i + 1)}: citation "${run.text}" is not a jump to a slide of this file (${rel.target}, ${run.action})`]
      return aliased.has(target) ? [] : [`${where(i + 1)}: citation "${run.text}" jumps to slide ${target}, which is not a named (sources) slide`]
    }))
    expect(problems, `\n${problems.join('\n')}`).toEqual([])
    // Every slide that cites in the deck cites in the file.
    expect(citations).toBeGreaterThan(0)
  })

  it('has notes on every slide, presenter-only [cue] lines included', () => {
    const problems = deck.slides.flatMap((slide) => {
      const notes = pptx.slides[slide.no - 1]?.notes
      if (!notes || !notes.join('').trim())
        return [`${where(slide.no)}: no speaker notes`]
      const cues = slide.note.split('\n').map(l => l.trim()).filter(l => l.startsWith('[cue]'))
      const text = squashText(notes.join('\n'))
      return cues.filter(c => !text.includes(squashText(c.replace(/[*_`]/g, '')))).map(c => `${where(slide.no)}: presenter line missing: ${c}`)
    })
    expect(problems, `\n${problems.join('\n')}`).toEqual([])
  })

  it('draws every Mermaid diagram as native shapes with connectors, not a picture', async () => {
    const { data } = await loadDeck(deck.root)
    const diagramSlides = data.slides.map((s, i) => ({ no: i + 1, count: (s.source.content.match(/^\s*```mermaid/gm) ?? []).length })).filter(s => s.count)
    expect(diagramSlides.length).toBeGreaterThan(0)
    const problems = diagramSlides.flatMap(({ no }) => {
      const xml = pptx.slides[no - 1].xml
      const connectors = (xml.match(/<p:cxnSp>/g) ?? []).length
      const pictures = (xml.match(/<p:pic>/g) ?? []).length
      return connectors && !pictures ? [] : [`${where(no)}: ${connectors} connectors, ${pictures} pictures`]
    })
    expect(problems, `\n${problems.join('\n')}`).toEqual([])
  })

  it('leaves screen-reader-only text out (it is hidden on the slide)', async () => {
    // Read from the built deck's overview, where every slide is mounted.
    const session = inject('browserSession')
    const browser = await connectBrowser(session.wsEndpoint)
    let hidden: { no: number, text: string }[]
    try {
      const page = await browser.newPage()
      await page.goto(`${session.siteUrl}#/overview`)
      await page.waitForFunction(n => document.querySelectorAll('.slidev-page[data-slidev-no]').length >= n && !document.querySelector('.slidev-slide-loading'), deck.slides.length, { timeout: 60_000 })
      hidden = await page.evaluate(() => [...document.querySelectorAll('.sr-only')].map(el => ({
        no: Number(el.closest('[data-slidev-no]')?.getAttribute('data-slidev-no')),
        text: el.textContent?.trim() ?? '',
      })).filter(h => h.no && h.text))
    }
    finally {
      await browser.close()
    }
    // The deck's components use the sr-only pattern; finding none would mean this read nothing.
    const usesSrOnly = ['components', 'pages'].some(dir => existsSync(join(deck.root, dir)) && readdirSync(join(deck.root, dir), { withFileTypes: true })
      .some(f => f.isFile() && readFileSync(join(deck.root, dir, f.name), 'utf8').includes('sr-only')))
    if (usesSrOnly)
      expect(hidden.length, 'no .sr-only element found in the overview').toBeGreaterThan(0)
    const paragraphs = (xml: string): string[] => [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map(m => squashText(textRuns(m[1]).join('')))
    const problems = hidden.filter(h => paragraphs(pptx.slides[h.no - 1].xml).includes(squashText(h.text))).map(h => `${where(h.no)}: hidden text "${h.text}" is a visible text box`)
    expect(problems, `\n${problems.join('\n')}`).toEqual([])
  })

  it('sets citation markers in superscript and writes one paragraph-properties element per paragraph', () => {
    const superscripts = pptx.slides.reduce((n, s) => n + slideRuns(s.xml).filter(r => r.superscript).length, 0)
    expect(superscripts).toBeGreaterThan(0)
    const doubled = pptx.slides.filter(s => [...s.xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].some(m => (m[1].match(/<a:pPr\b/g) ?? []).length > 1))
    expect(doubled.map(s => s.path)).toEqual([])
  })
})
