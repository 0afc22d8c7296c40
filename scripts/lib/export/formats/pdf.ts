import type { ExportDeck } from '../deck.ts'
import type { FormatStep } from '../types.ts'
import { stat, writeFile } from 'node:fs/promises'
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

/** Deck PDF: the print view printed once, one page per slide, with an outline of the slide titles. */
export const pdfStep: FormatStep = {
  id: 'pdf',
  label: 'PDF with outline',
  target: deck => `${deck.name}.pdf`,
  async run({ deck, view, tmpDir }) {
    const { width, height } = deck.canvas
    const margin = { top: 0, right: 0, bottom: 0, left: 0 }
    const printed = await view.page.pdf({ width: `${width}px`, height: `${height}px`, margin, printBackground: true, preferCSSPageSize: true })
    const pdf = await pdfLib.PDFDocument.load(printed)
    setPdfMetadata(pdf, deck)
    const path = join(tmpDir, `${deck.name}.pdf`)
    await writeFile(path, await pdf.save())
    // The outline nested by part (each divider holds its slides), shared with the site's PDF.
    const outline = await nestDeckPdfOutline(path, deck.root, deck.entry)
    const bytes = (await stat(path)).size
    return { path, detail: `${pdf.getPageCount()} pages, ${outline.length} parts in the outline, ${(bytes / 1024).toFixed(0)} KB` }
  },
  verify: verifySlidePdf,
}
