import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { outlinePdfFactory } from '@lillallol/outline-pdf'
import * as pdfLib from 'pdf-lib'
import type { ExportDeck } from '../deck.ts'
import type { FormatStep } from '../types.ts'
import { verifySlidePdf } from '../verify.ts'

/**
 * The bookmark lines @lillallol/outline-pdf takes (`page|--|title`), nested by heading level as
 * Slidev's own exporter nests them: a deeper heading goes under the previous shallower one.
 */
export function outlineLines(deck: ExportDeck): string {
  const lines: string[] = []
  const stack: number[] = []
  for (const [i, info] of deck.slideInfos.entries()) {
    const title = deck.slides[i]?.title
    if (!title)
      continue
    const level = info.level ?? 1
    while (stack.length && stack.at(-1)! >= level)
      stack.pop()
    lines.push(`${i + 1}|${'-'.repeat(stack.length)}|${title}`)
    stack.push(level)
  }
  return lines.join('\n')
}

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
    let pdf = await pdfLib.PDFDocument.load(printed)
    setPdfMetadata(pdf, deck)
    const outline = outlineLines(deck)
    if (outline)
      pdf = await outlinePdfFactory(pdfLib)({ outline, pdf })
    const path = join(tmpDir, `${deck.name}.pdf`)
    const bytes = await pdf.save()
    await writeFile(path, bytes)
    return { path, detail: `${pdf.getPageCount()} pages, ${(bytes.length / 1024).toFixed(0)} KB` }
  },
  verify: verifySlidePdf,
}
