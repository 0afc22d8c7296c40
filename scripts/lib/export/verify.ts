import type { ExportDeck } from './deck.ts'
import type { Finding } from './problems.ts'
import { execFile } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import JSZip from 'jszip'
import { PDFDocument } from 'pdf-lib'
import { pngSize } from '../png-size.ts'
import { pngInkRatio } from './png-ink.ts'

const run = promisify(execFile)

/** Text of each page as poppler's pdftotext extracts it. */
export async function pdfPageTexts(file: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 })
  const pages = stdout.split('\f')
  return pages.at(-1)?.trim() === '' ? pages.slice(0, -1) : pages
}

/**
 * A slide PDF is good when it has one page per slide and text on every page: a blank PDF has the
 * right page count (the viewport is slides × height tall), so the count alone proves nothing.
 */
export async function verifySlidePdf(file: string, deck: ExportDeck): Promise<Finding[]> {
  const pdf = await PDFDocument.load(await readFile(file), { updateMetadata: false })
  const findings: Finding[] = []
  if (pdf.getPageCount() !== deck.slides.length)
    findings.push({ no: 0, message: `the PDF has ${pdf.getPageCount()} pages for ${deck.slides.length} slides` })
  const texts = await pdfPageTexts(file)
  deck.slides.forEach((slide, i) => {
    if (!texts[i]?.trim())
      findings.push({ no: slide.no, message: `page ${i + 1} of the PDF has no text` })
  })
  return findings
}

/** A text PDF (notes, handout): at least one page, text on every page. */
export async function verifyTextPdf(file: string): Promise<Finding[]> {
  const texts = await pdfPageTexts(file)
  if (!texts.length)
    return [{ no: 0, message: 'the PDF has no pages' }]
  return texts.flatMap((t, i) => (t.trim() ? [] : [{ no: 0, message: `page ${i + 1} of the PDF has no text` }]))
}

/** Below this share of non-background pixels a slide image counts as blank (a title alone is several %). */
const BLANK_INK = 0.002

export async function verifyPngDir(dir: string, deck: ExportDeck, size: { width: number, height: number }): Promise<Finding[]> {
  const files = (await readdir(dir)).filter(f => f.endsWith('.png')).sort()
  const findings: Finding[] = []
  if (files.length !== deck.slides.length)
    findings.push({ no: 0, message: `${files.length} PNGs for ${deck.slides.length} slides` })
  for (const [i, name] of files.entries()) {
    const png = await readFile(join(dir, name))
    const { width, height } = pngSize(png, name)
    if (width !== size.width || height !== size.height)
      findings.push({ no: i + 1, message: `${name} is ${width}×${height}, not ${size.width}×${size.height}` })
    const ink = pngInkRatio(png)
    if (ink < BLANK_INK)
      findings.push({ no: i + 1, message: `${name} is blank (${(ink * 100).toFixed(2)}% ink)` })
  }
  return findings
}

/** Slides in presentation order with their text runs (<a:t>), from a .pptx. */
export async function pptxSlideTexts(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await readFile(file))
  const presentation = await zip.file('ppt/presentation.xml')?.async('string')
  const rels = await zip.file('ppt/_rels/presentation.xml.rels')?.async('string')
  if (!presentation || !rels)
    throw new Error(`${file} is not a PPTX (no ppt/presentation.xml)`)
  const target = new Map([...rels.matchAll(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/g)].map(m => [m[1], m[2]]))
  const order = [...presentation.matchAll(/<p:sldId\b[^>]*\br:id="([^"]+)"/g)].map(m => target.get(m[1]) ?? '')
  return Promise.all(order.map(async (path) => {
    const xml = await zip.file(`ppt/${path.replace(/^\/?ppt\//, '')}`)?.async('string') ?? ''
    return [...xml.matchAll(/<a:t(?:\s[^>]*)?>([^<]*)<\/a:t>/g)].map(m => m[1]).join(' ')
  }))
}

export async function verifyPptx(file: string, deck: ExportDeck): Promise<Finding[]> {
  const slides = await pptxSlideTexts(file)
  const findings: Finding[] = []
  if (slides.length !== deck.slides.length)
    findings.push({ no: 0, message: `the PPTX has ${slides.length} slides for ${deck.slides.length}` })
  slides.forEach((text, i) => {
    if (!text.trim())
      findings.push({ no: i + 1, message: `PPTX slide ${i + 1} has no text (a picture only?)` })
  })
  return findings
}
