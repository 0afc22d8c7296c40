import type { ExportDeck } from '../deck.ts'
import type { FormatStep } from '../types.ts'
import { readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as pdfLib from 'pdf-lib'
import { nestDeckPdfOutline } from '../../handout/deck-pdf-outline.ts'
import { verifySlidePdf } from '../verify.ts'

/** Title, author, subject and keywords from the headmatter, as Slidev's exporter sets them. */
export function setPdfMetadata(pdf: pdfLib.PDFDocument, deck: ExportDeck): void {
  const head = deck.slideInfos[0]?.frontmatter ?? {}
  pdf.setTitle(deck.title)
  if (deck.author)
    pdf.setAuthor(deck.author)
  if (typeof head.info === 'string')
    pdf.setSubject(head.info.trim())
  const keywords = Array.isArray(head.keywords) ? head.keywords.map(String) : typeof head.keywords === 'string' ? head.keywords.split(',') : []
  if (keywords.length)
    pdf.setKeywords(keywords.map(k => k.trim()))
  pdf.setCreator('scripts/export.ts (Slidev print view, Chromium)')
}

/**
 * A tagged PDF's catalog holds /MarkInfo << /Marked true >> and a /StructTreeRoot; pdf-lib's save
 * (metadata, then the nested outline) must keep both, or the file silently loses its tags.
 */
export async function assertTaggedPdf(path: string): Promise<void> {
  const pdf = await pdfLib.PDFDocument.load(await readFile(path), { updateMetadata: false })
  const markInfo = pdf.catalog.lookupMaybe(pdfLib.PDFName.of('MarkInfo'), pdfLib.PDFDict)
  const marked = markInfo?.get(pdfLib.PDFName.of('Marked'))
  if (!(marked instanceof pdfLib.PDFBool && marked.asBoolean()) || !pdf.catalog.has(pdfLib.PDFName.of('StructTreeRoot')))
    throw new Error(`${path} is not a tagged PDF (no /MarkInfo /Marked true or no /StructTreeRoot in its catalog)`)
}

/** Deck PDF: the print view printed once, one page per slide, with an outline of the slide titles. */
export const pdfStep: FormatStep = {
  id: 'pdf',
  label: 'PDF with outline',
  target: deck => `${deck.name}.pdf`,
  async run({ deck, view, tmpDir }) {
    const { width, height } = deck.canvas
    const margin = { top: 0, right: 0, bottom: 0, left: 0 }
    // Tagged: a structure tree (headings, paragraphs, lists, link and figure tags) for screen readers and reflow.
    const printed = await view.page.pdf({ width: `${width}px`, height: `${height}px`, margin, printBackground: true, preferCSSPageSize: true, tagged: true, outline: true })
    const pdf = await pdfLib.PDFDocument.load(printed)
    setPdfMetadata(pdf, deck)
    const path = join(tmpDir, `${deck.name}.pdf`)
    await writeFile(path, await pdf.save())
    // The outline nested by part (each divider holds its slides), shared with the site's PDF.
    const outline = await nestDeckPdfOutline(path, deck.root, deck.entry)
    await assertTaggedPdf(path)
    const bytes = (await stat(path)).size
    return { path, detail: `${pdf.getPageCount()} pages, ${outline.length} parts in the outline, ${(bytes / 1024).toFixed(0)} KB` }
  },
  verify: verifySlidePdf,
}
