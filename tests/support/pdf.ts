import type { Buffer } from 'node:buffer'
import type { PDFObject } from 'pdf-lib'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib'
import { runOrThrow } from './run.ts'

export async function loadPdf(file: string): Promise<PDFDocument> {
  return PDFDocument.load(await readFile(file), { updateMetadata: false })
}

export interface OutlineEntry {
  title: string
  /** 1-based page the bookmark jumps to, undefined when its destination is not a page of this file. */
  page: number | undefined
  /** 0 for top-level bookmarks. */
  depth: number
}

function text(value: PDFObject | undefined): string {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : ''
}

/**
 * The bookmark tree (/Outlines in the catalog) flattened in reading order. pdf-lib has no
 * high-level outline API, so this walks /First and /Next links and resolves each /Dest (or a
 * GoTo action's /D) to a page number.
 */
export function readOutline(pdf: PDFDocument): OutlineEntry[] {
  const pageOf = new Map(pdf.getPages().map((page, i) => [page.ref.toString(), i + 1]))
  const context = pdf.context
  const dict = (obj: PDFObject | undefined): PDFDict | undefined => {
    const resolved = obj instanceof PDFRef ? context.lookup(obj) : obj
    return resolved instanceof PDFDict ? resolved : undefined
  }
  const destinationPage = (item: PDFDict): number | undefined => {
    let dest = item.get(PDFName.of('Dest')) ?? dict(item.get(PDFName.of('A')))?.get(PDFName.of('D'))
    if (dest instanceof PDFRef)
      dest = context.lookup(dest)
    const target = dest instanceof PDFArray ? dest.get(0) : undefined
    return target instanceof PDFRef ? pageOf.get(target.toString()) : undefined
  }
  const entries: OutlineEntry[] = []
  const walk = (first: PDFObject | undefined, depth: number): void => {
    const seen = new Set<PDFDict>()
    for (let item = dict(first); item && !seen.has(item); item = dict(item.get(PDFName.of('Next')))) {
      seen.add(item)
      const title = item.get(PDFName.of('Title'))
      entries.push({ title: text(title instanceof PDFRef ? context.lookup(title) : title), page: destinationPage(item), depth })
      walk(item.get(PDFName.of('First')), depth + 1)
    }
  }
  walk(dict(pdf.catalog.get(PDFName.of('Outlines')))?.get(PDFName.of('First')), 0)
  return entries
}

/** poppler's `pdfinfo` fields (`Tagged`, `Pages`, `Title`…), the way a reader's tools see the file. */
export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { output } = await runOrThrow('pdfinfo', 'pdfinfo', [file], { cwd: tmpdir() })
  return Object.fromEntries(output.split('\n').flatMap((line) => {
    const m = /^([^:]+):(.*)$/.exec(line)
    return m ? [[m[1].trim(), m[2].trim()]] : []
  }))
}

/** The text of each page, as poppler's pdftotext extracts it (pages are separated by form feeds). */
export async function pageTexts(file: string): Promise<string[]> {
  const { output } = await runOrThrow('pdftotext', 'pdftotext', ['-enc', 'UTF-8', file, '-'], { cwd: tmpdir() })
  const pages = output.split('\f')
  // pdftotext ends the last page with a form feed too.
  return pages.at(-1)?.trim() === '' ? pages.slice(0, -1) : pages
}

export interface GrayImage { width: number, height: number, pixels: Uint8Array }

/** A binary PGM (P5, 8-bit) as pdftoppm -gray writes it. */
export function parsePgm(data: Buffer): GrayImage {
  const header = /^P5\s+(?:#.*(?:[\n\r\u2028\u2029]\s*|[\t\v\f \xA0\u1680\u2000-\u200A\u202F\u205F\u3000\uFEFF]))*(\d+)\s+(?:#.*(?:[\n\r\u2028\u2029]\s*|[\t\v\f \xA0\u1680\u2000-\u200A\u202F\u205F\u3000\uFEFF]))*(\d+)\s+(?:#.*(?:[\n\r\u2028\u2029]\s*|[\t\v\f \xA0\u1680\u2000-\u200A\u202F\u205F\u3000\uFEFF]))*(\d+)\s/.exec(data.subarray(0, 200).toString('latin1'))
  if (!header)
    throw new Error('not a binary PGM (P5)')
  const [whole, width, height, max] = header
  if (Number(max) > 255)
    throw new Error('16-bit PGM is not supported')
  const pixels = new Uint8Array(data.subarray(whole.length, whole.length + Number(width) * Number(height)))
  return { width: Number(width), height: Number(height), pixels }
}

/**
 * Share of pixels that differ noticeably from the page's most common shade: about 0 for a blank
 * (single-colour) page, a few percent for even a sparse title slide.
 */
export function inkRatio(image: GrayImage, threshold = 24): number {
  const histogram = new Uint32Array(256)
  for (const p of image.pixels)
    histogram[p]++
  const background = histogram.indexOf(Math.max(...histogram))
  let ink = 0
  for (const p of image.pixels) {
    if (Math.abs(p - background) > threshold)
      ink++
  }
  return ink / image.pixels.length
}

/** Every page rendered small and gray by pdftoppm, in page order. */
export async function renderPagesGray(file: string, dpi = 20): Promise<GrayImage[]> {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-pages-'))
  try {
    await runOrThrow('pdftoppm', 'pdftoppm', ['-r', String(dpi), '-gray', file, join(dir, 'page')], { cwd: dir })
    const files = (await readdir(dir)).filter(f => f.endsWith('.pgm')).sort()
    return Promise.all(files.map(async f => parsePgm(await readFile(join(dir, f)))))
  }
  finally {
    await rm(dir, { recursive: true, force: true })
  }
}
