import type { PDFDocument } from 'pdf-lib'
import type { SourceRecord } from '../../scripts/lib/deck-checks/data.ts'
import type { LoadedDeck } from '../../scripts/lib/deck-checks/deck.ts'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { PDFArray, PDFDict, PDFName, PDFString } from 'pdf-lib'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { formatDate } from '../../data/format.ts'
import { accessibilityText } from '../../scripts/lib/deck-checks/accessibility.ts'
import { citedIds } from '../../scripts/lib/deck-checks/content.ts'
import { loadDeckData } from '../../scripts/lib/deck-checks/deck-data.ts'
import { loadDeck } from '../../scripts/lib/deck-checks/deck.ts'
import { mermaidBlocks } from '../../scripts/lib/deck-checks/mermaid.ts'
import { splitNote } from '../../scripts/lib/notes/split-notes.ts'
import { normalizeText, squashText } from '../../scripts/lib/text-normalize.ts'
import { exportFiles, waitForExports } from '../support/artifacts.ts'
import { loadPdf, pageTexts, pdfInfo, readOutline } from '../support/pdf.ts'
import { runOrThrow } from '../support/run.ts'
import { markdownToPlainText } from '../support/text.ts'

/**
 * The handout PDF (`exports/<name>-handout.pdf`) and the deck PDF's links and outline, as
 * `npm run export` wrote them. Expectations come from the deck's sources: titles, notes
 * (commentary and [cue] lines), `<Cite>` and `[src: …]` ids, data/sources.ts.
 */

const artifacts = inject('browserArtifacts')
const files = exportFiles(artifacts)
const handoutFile = `${artifacts.exportsDir}/${artifacts.exportName}-handout.pdf`
/** A4 portrait in PDF points (210 × 297 mm); Chromium rounds to whole device pixels, so within 1.5 pt. */
const A4 = { width: 595.28, height: 841.89 }
const closeTo = (actual: number, expected: number): boolean => Math.abs(actual - expected) <= 1.5

let deck: LoadedDeck
let sources: readonly SourceRecord[]
let texts: string[]
let handout: PDFDocument
/** For each slide, the 1-based page its picture is on (from pdfimages). */
let imagePage: number[]
let images: { page: number, width: number, height: number, xPpi: number, yPpi: number }[]

/** squashText without hyphens: pdftotext joins a word broken at a line-end hyphen (`official-` / `says`) without it. */
const flat = (text: string): string => squashText(text).replace(/-/g, '')
/** A handout page's text without its footer ("… · handout") and page number ("25 / 103"). */
const withoutPageFurniture = (page: string): string => page.split('\n').filter(l => !/^\s*\d+ \/ \d+\s*$/.test(l) && !/· handout\s*$/.test(l)).join('\n')

/** URI and internal links on a page, from its /Annots. */
function links(pdf: PDFDocument, pageIndex: number): { uri?: string, dest?: string }[] {
  const annots = pdf.getPages()[pageIndex].node.lookup(PDFName.of('Annots'))
  if (!(annots instanceof PDFArray))
    return []
  return annots.asArray().map((_, i) => annots.lookup(i, PDFDict)).filter(a => a.get(PDFName.of('Subtype'))?.toString() === '/Link').map((a) => {
    const action = a.lookup(PDFName.of('A'))
    const uri = action instanceof PDFDict ? action.lookup(PDFName.of('URI')) : undefined
    const dest = a.get(PDFName.of('Dest'))
    return {
      uri: uri instanceof PDFString ? uri.decodeText() : undefined,
      dest: dest instanceof PDFName ? dest.decodeText() : dest instanceof PDFString ? dest.decodeText() : undefined,
    }
  })
}

/** The slide's cited source ids as the deck's sources state them: `<Cite>` on the slide and `[src:]` in the commentary. */
function expectedIds(no: number): string[] {
  const slide = deck.slides[no - 1]
  return [...new Set([...citedIds(slide), ...splitNote(slide.note).sourceIds])]
}

describe('handout PDF', () => {
  beforeAll(async () => {
    await waitForExports(artifacts)
    expect(existsSync(handoutFile), `${handoutFile} was not written`).toBe(true)
    deck = await loadDeck(artifacts.deckRoot)
    sources = (await loadDeckData(artifacts.deckRoot)).sources
    texts = await pageTexts(handoutFile)
    handout = await loadPdf(handoutFile)
    const { output } = await runOrThrow('pdfimages', 'pdfimages', ['-list', handoutFile], { cwd: tmpdir() })
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    images = output.split('\n').slice(2).map(l => l.trim().split(/\s+/)).filter(c => c[2] === 'image').map(c => ({ page: Number(c[0]), width: Number(c[3]), height: Number(c[4]), xPpi: Number(c[12]), yPpi: Number(c[13]) }))
    imagePage = images.map(i => i.page)
  })

  it('is a tagged PDF, for screen readers', async () => {
    expect((await pdfInfo(handoutFile)).Tagged).toBe('yes')
  })

  it('prints a "Text version:" of every Mermaid diagram (its accDescr)', () => {
    const all = squashText(normalizeText(texts.join('\n')))
    const described = deck.slides.flatMap(s => mermaidBlocks(s).map(b => ({ at: `${s.file}:${b.line}`, text: accessibilityText(b.code, 'accDescr') })))
    const missing = described.filter(d => !d.text || !all.includes(squashText(normalizeText(`Text version: ${d.text}`)))).map(d => `${d.at}: ${d.text ?? '(no accDescr)'}`)
    expect(missing, `\n${missing.join('\n')}`).toEqual([])
  })

  it('is A4 portrait: a cover, then every slide on its own page, its picture never cut in two', () => {
    const wrong = handout.getPages()
      .map((p, i) => ({ page: i + 1, w: p.getWidth(), h: p.getHeight() }))
      .filter(p => !closeTo(p.w, A4.width) || !closeTo(p.h, A4.height))
    expect(wrong).toEqual([])
    // One picture per slide, each whole on one page, in slide order, none on the cover.
    expect(images).toHaveLength(deck.slides.length)
    expect(new Set(imagePage).size).toBe(deck.slides.length)
    expect(imagePage).toEqual([...imagePage].sort((a, b) => a - b))
    expect(imagePage[0]).toBeGreaterThan(1)
    // Commentary may run over to a following page, but not for pages on end.
    expect(handout.getPageCount()).toBeGreaterThanOrEqual(deck.slides.length + 1)
    expect(handout.getPageCount()).toBeLessThanOrEqual(2 * deck.slides.length + 1)
    console.log(`[handout] ${handout.getPageCount()} pages for ${deck.slides.length} slides`)
  })

  it('has a cover with the title, period and coverage date, and page numbers', () => {
    const cover = normalizeText(texts[0])
    expect(cover).toContain(normalizeText(String(deck.headmatter.title)))
    const coverage = deck.headmatter.coverage as { from: string, to: string }
    expect(cover).toContain(normalizeText(`${formatDate(coverage.from.slice(0, 7))} – ${formatDate(coverage.to.slice(0, 7))}`))
    expect(cover).toContain(normalizeText(formatDate(coverage.to)))
    const total = handout.getPageCount()
    texts.forEach((t, i) => expect(normalizeText(t), `page ${i + 1}`).toMatch(new RegExp(`(^|\\D)${i + 1} ?/ ?${total}(\\D|$)`)))
  })

  it('shows slide pictures at ≥ 150 dpi', () => {
    const low = images.filter(i => Math.min(i.xPpi, i.yPpi) < 150).map(i => `page ${i.page}: ${i.xPpi}×${i.yPpi} ppi`)
    expect(low).toEqual([])
  })

  it('has every slide\'s title, its commentary and its sources\' addresses, as selectable text', () => {
    const missing: string[] = []
    deck.slides.forEach((slide, i) => {
      const last = (imagePage[i + 1] ?? texts.length + 1) - 1
      // Without the running footer and page number, so a sentence that runs over a page reads whole.
      const text = texts.slice(imagePage[i] - 1, last).map(withoutPageFurniture).join('\n')
      const where = `slide ${slide.no} (${slide.file}:${slide.line}), pages ${imagePage[i]}–${last}`
      if (slide.title && !flat(text).includes(flat(slide.title)))
        missing.push(`${where}: title “${slide.title}”`)
      const commentary = markdownToPlainText(splitNote(slide.note).commentary.replace(/\[src:[^\]]*\]/g, ' '))
      // Every sentence start of the commentary (the first 6 words of each paragraph line).
      for (const line of commentary.split(/(?<=[.!?:])\s+/).map(l => l.split(' ').slice(0, 6).join(' ')).filter(l => l.split(' ').length >= 4)) {
        if (!flat(text).includes(flat(line)))
          missing.push(`${where}: commentary “${line}”`)
      }
      for (const id of expectedIds(slide.no)) {
        const url = sources.find(s => s.id === id)!.url
        if (!flat(text).includes(flat(url)))
          missing.push(`${where}: source ${id} ${url}`)
      }
    })
    expect(missing).toEqual([])
  })

  it('makes every cited source address a clickable link', () => {
    const uris = new Set(handout.getPages().flatMap((_, i) => links(handout, i).map(l => l.uri).filter(Boolean)))
    const expected = [...new Set(deck.slides.flatMap(s => expectedIds(s.no)))].map(id => sources.find(s => s.id === id)!.url)
    expect(expected.length).toBeGreaterThan(0)
    expect(expected.filter(u => !uris.has(u))).toEqual([])
  })

  it('has no presenter-only ([cue]) line', () => {
    const all = squashText(texts.join('\n'))
    const cues = deck.slides.flatMap(s => splitNote(s.note).cues.map(c => ({ no: s.no, text: markdownToPlainText(c.text) })))
    expect(cues.filter(c => c.text.length >= 12 && all.includes(squashText(c.text))).map(c => `slide ${c.no}: ${c.text}`)).toEqual([])
  })
})

describe('deck PDF: citation links and nested outline', () => {
  let pdf: PDFDocument
  let pageTextList: string[]
  beforeAll(async () => {
    await waitForExports(artifacts)
    deck = deck ?? await loadDeck(artifacts.deckRoot)
    sources = sources ?? (await loadDeckData(artifacts.deckRoot)).sources
    pdf = await loadPdf(files.pdf)
    pageTextList = await pageTexts(files.pdf)
  })

  it('links every citation marker to its entry on the sources slides, inside the PDF', () => {
    const dests = pdf.catalog.lookup(PDFName.of('Dests'))
    expect(dests, 'the PDF has named destinations').toBeInstanceOf(PDFDict)
    const pageOf = new Map(pdf.getPages().map((p, i) => [p.ref.toString(), i]))
    const appendixPages = new Set(deck.slides.filter(s => s.frontmatter.appendix === true).map(s => s.no - 1))
    const problems: string[] = []
    let count = 0
    const slidesWithLinks = new Set<number>()
    pdf.getPages().forEach((_, i) => {
      for (const link of links(pdf, i).filter(l => l.dest?.startsWith('source-'))) {
        count++
        slidesWithLinks.add(i + 1)
        const id = link.dest!.slice('source-'.length)
        const target = (dests as PDFDict).lookup(PDFName.of(link.dest!))
        const page = target instanceof PDFArray ? pageOf.get(target.get(0).toString()) : undefined
        const source = sources.find(s => s.id === id)
        if (!source || page === undefined || !appendixPages.has(page))
          problems.push(`page ${i + 1}: link to ${link.dest} lands on ${page === undefined ? 'nothing' : `page ${page + 1}`}`)
        else if (!normalizeText(pageTextList[page]).includes(normalizeText(source.outlet)))
          problems.push(`page ${i + 1}: link to ${id} lands on page ${page + 1}, which does not list ${source.outlet}`)
      }
    })
    expect(problems).toEqual([])
    // Every slide that cites with <Cite> has its markers linked.
    const citing = deck.slides.filter(s => citedIds(s).length > 0).map(s => s.no)
    expect(citing.length).toBeGreaterThan(0)
    expect(citing.filter(no => !slidesWithLinks.has(no))).toEqual([])
    expect(count).toBeGreaterThanOrEqual(citing.length)
  })

  it('nests the outline by part: each part\'s slides under its divider, the appendix under its first slide', () => {
    const outline = readOutline(pdf)
    const parts = deck.slides.filter(s => typeof s.frontmatter.part === 'string')
    expect(parts.length).toBeGreaterThan(0)
    for (const part of parts) {
      const at = outline.findIndex(e => e.page === part.no)
      expect(at, `bookmark of part slide ${part.no}`).toBeGreaterThanOrEqual(0)
      expect(outline[at].depth).toBe(0)
      const next = parts.find(p => p.no > part.no)?.no ?? deck.slides.find(s => s.no > part.no && s.frontmatter.appendix === true)?.no ?? deck.slides.length + 1
      const inside = outline.filter(e => e.page !== undefined && e.page > part.no && e.page < next)
      expect(inside.length, `slides under part slide ${part.no}`).toBeGreaterThan(0)
      expect(inside.every(e => e.depth === 1), `slides ${part.no + 1}–${next - 1} nested under “${part.title}”`).toBe(true)
    }
    const appendix = deck.slides.filter(s => s.frontmatter.appendix === true)
    if (appendix.length > 1)
      expect(outline.filter(e => appendix.slice(1).some(s => s.no === e.page)).every(e => e.depth === 1)).toBe(true)
  })
})
