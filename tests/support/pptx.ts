import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, posix } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import JSZip from 'jszip'

const execFileAsync = promisify(execFile)

export interface PptxSlide {
  /** Zip path, e.g. ppt/slides/slide3.xml. */
  path: string
  /** Every <a:t> run, in document order, entities decoded. */
  texts: string[]
  /** The speaker notes' text runs, undefined when the slide has no notes page. */
  notes: string[] | undefined
  /** The slide part's XML. */
  xml: string
  /** Its relationships: id → type (last path segment, e.g. "slide", "hyperlink"), target, external or not. */
  rels: Map<string, { type: string, target: string, external: boolean }>
}

export interface Pptx {
  /** In presentation order (ppt/presentation.xml's slide list), not file-name order. */
  slides: PptxSlide[]
  /** docProps/core.xml: dc:title, dc:creator, … (local names). */
  core: Record<string, string>
  /** ppt/presentation.xml's p:sldSz, in EMU. */
  size: { cx: number, cy: number }
  /** Every .rels part: path → its XML. */
  relParts: Map<string, string>
}

function decodeXml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, '\'')
    .replace(/&amp;/g, '&')
}

/** Text runs (<a:t>) of a DrawingML part. */
export function textRuns(xml: string): string[] {
  return [...xml.matchAll(/<a:t(?:\s[^>]*)?>([^<]*)<\/a:t>/g)].map(m => decodeXml(m[1]))
}

/** Relationship id → target path (resolved against the part's folder) of a .rels file. */
function relationships(xml: string, partDir: string): Map<string, { type: string, target: string, external: boolean }> {
  const rels = new Map<string, { type: string, target: string, external: boolean }>()
  for (const m of xml.matchAll(/<Relationship\b([^>]*)>/g)) {
    const attr = (name: string): string => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1])?.[1] ?? ''
    const external = attr('TargetMode') === 'External'
    rels.set(attr('Id'), { type: attr('Type'), target: external ? decodeXml(attr('Target')) : posix.normalize(posix.join(partDir, attr('Target'))), external })
  }
  return rels
}

/**
 * Opens a .pptx as a zip (failing if it is not one) and reads what a reviewer checks: slides in
 * order with their text and notes, and the document properties.
 */
export async function readPptx(file: string): Promise<Pptx> {
  const zip = await JSZip.loadAsync(await readFile(file))
  const part = async (path: string): Promise<string> => {
    const entry = zip.file(path)
    if (!entry)
      throw new Error(`${file} has no ${path}`)
    return entry.async('string')
  }
  const relsOf = async (path: string): Promise<Map<string, { type: string, target: string, external: boolean }>> => {
    const relsPath = posix.join(posix.dirname(path), '_rels', `${posix.basename(path)}.rels`)
    return zip.file(relsPath) ? relationships(await part(relsPath), posix.dirname(path)) : new Map()
  }
  const presentation = await part('ppt/presentation.xml')
  const presentationRels = await relsOf('ppt/presentation.xml')
  const order = [...presentation.matchAll(/<p:sldId\b[^>]*\br:id="([^"]+)"/g)].map(m => presentationRels.get(m[1])?.target ?? `missing ${m[1]}`)
  const slides: PptxSlide[] = []
  for (const path of order) {
    const rels = await relsOf(path)
    const notesRel = [...rels.values()].find(r => r.type.endsWith('/notesSlide'))
    const xml = await part(path)
    slides.push({
      path,
      texts: textRuns(xml),
      notes: notesRel ? textRuns(await part(notesRel.target)) : undefined,
      xml,
      rels,
    })
  }
  const coreXml = await part('docProps/core.xml')
  const core = Object.fromEntries([...coreXml.matchAll(/<(?:\w+:)?(\w+)(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?\1>/g)].map(m => [m[1], decodeXml(m[2]).trim()]))
  const sldSz = /<p:sldSz\b[^>]*\bcx="(\d+)"[^>]*\bcy="(\d+)"/.exec(presentation)
  const relParts = new Map<string, string>()
  for (const path of Object.keys(zip.files).filter(p => p.endsWith('.rels')))
    relParts.set(path, await part(path))
  return { slides, core, size: { cx: Number(sldSz?.[1]), cy: Number(sldSz?.[2]) }, relParts }
}

// ---- A real client: LibreOffice renders the PPTX, poppler reads back where every word landed ----

export interface WordBox {
  text: string
  xMin: number
  yMin: number
  xMax: number
  yMax: number
  /** Index of its pdftotext line on the page: words of one line never count as overprinting. */
  line: number
}

export interface PdfPageWords {
  width: number
  height: number
  words: WordBox[]
}

/** Word boxes of every page (`pdftotext -bbox-layout`), in PDF points from the top-left corner. */
export async function pdfWordBoxes(pdf: string): Promise<PdfPageWords[]> {
  const { stdout } = await execFileAsync('pdftotext', ['-bbox-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })
  const num = (attrs: string, name: string): number => Number(new RegExp(`\\b${name}="([-\\d.]+)"`).exec(attrs)?.[1] ?? Number.NaN)
  return [...stdout.matchAll(/<page\b([^>]*)>([\s\S]*?)<\/page>/g)].map((page) => {
    const words: WordBox[] = []
    let line = 0
    for (const l of page[2].matchAll(/<line\b[^>]*>([\s\S]*?)<\/line>/g)) {
      line++
      for (const w of l[1].matchAll(/<word\b([^>]*)>([^<]*)<\/word>/g))
        words.push({ text: decodeXml(w[2]), xMin: num(w[1], 'xMin'), yMin: num(w[1], 'yMin'), xMax: num(w[1], 'xMax'), yMax: num(w[1], 'yMax'), line })
    }
    return { width: num(page[1], 'width'), height: num(page[1], 'height'), words }
  })
}

/**
 * Words of different text lines that are printed over each other. A word box spans the font's whole
 * ascent and descent, so tightly set lines (and superscripts) touch without any ink colliding: only
 * the middle 60 % of each box (where the letters' bodies are) is compared, and it must overlap by
 * half a point in height and one point in width.
 */
export function findOverprints(page: PdfPageWords): [WordBox, WordBox][] {
  const core = (w: WordBox): { y0: number, y1: number } => ({ y0: w.yMin + (w.yMax - w.yMin) * 0.2, y1: w.yMax - (w.yMax - w.yMin) * 0.2 })
  const found: [WordBox, WordBox][] = []
  const words = [...page.words].sort((a, b) => a.yMin - b.yMin)
  for (let i = 0; i < words.length; i++) {
    const a = words[i]
    const ca = core(a)
    for (let j = i + 1; j < words.length && words[j].yMin < a.yMax; j++) {
      const b = words[j]
      if (a.line === b.line)
        continue
      const cb = core(b)
      const dx = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin)
      const dy = Math.min(ca.y1, cb.y1) - Math.max(ca.y0, cb.y0)
      if (dx > 1 && dy > 0.5)
        found.push([a, b])
    }
  }
  return found
}

/** Words that reach past the page (slide) edges by more than half a point. */
export function wordsOffPage(page: PdfPageWords): WordBox[] {
  return page.words.filter(w => w.xMin < -0.5 || w.yMin < -0.5 || w.xMax > page.width + 0.5 || w.yMax > page.height + 0.5)
}

export interface LibreOfficeRender {
  pdf: string
  seconds: number
}

/**
 * Converts a PPTX to PDF with LibreOffice Impress (`soffice --headless --convert-to pdf`), with its
 * own profile so parallel runs do not collide. `fontDirs` replaces the machine's font folders
 * (fontconfig keeps the system's alias rules, so a missing family falls back to the default sans,
 * as on an ordinary machine); without it the system's fonts are used.
 */
export async function renderWithLibreOffice(pptx: string, outDir: string, fontDirs?: string[]): Promise<LibreOfficeRender> {
  await mkdir(outDir, { recursive: true })
  const env: NodeJS.ProcessEnv = { ...process.env }
  if (fontDirs) {
    const conf = join(outDir, 'fonts.conf')
    await writeFile(conf, [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      ...fontDirs.map(d => `  <dir>${d}</dir>`),
      `  <cachedir>${join(outDir, 'fontconfig-cache')}</cachedir>`,
      '  <include ignore_missing="yes">/etc/fonts/conf.d</include>',
      '</fontconfig>',
      '',
    ].join('\n'))
    env.FONTCONFIG_FILE = conf
  }
  const profile = pathToFileURL(join(outDir, 'lo-profile')).href
  const started = performance.now()
  await execFileAsync(sofficeBinary(), [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, pptx], { env, timeout: 300_000 })
  const pdf = join(outDir, `${posix.basename(pptx).replace(/\.pptx$/i, '')}.pdf`)
  if (!existsSync(pdf))
    throw new Error(`LibreOffice wrote no PDF for ${pptx} in ${outDir}`)
  return { pdf, seconds: (performance.now() - started) / 1000 }
}

/** LibreOffice's command, or a clear error saying how to get it. */
export function sofficeBinary(): string {
  for (const candidate of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice']) {
    if (existsSync(candidate))
      return candidate
  }
  throw new Error('LibreOffice is not installed: run `bash scripts/setup.sh --test` (Debian: apt-get install -y libreoffice-impress).')
}

export interface PptxRun {
  text: string
  superscript: boolean
  /** r:id of its a:hlinkClick, if linked. */
  link?: string
  /** The hlinkClick's action, e.g. ppaction://hlinksldjump for a jump to a slide. */
  action?: string
}

/** Text runs of a slide with the properties the link and superscript checks need. */
export function slideRuns(xml: string): PptxRun[] {
  return [...xml.matchAll(/<a:r>([\s\S]*?)<\/a:r>/g)].map((m) => {
    const rPr = /<a:rPr\b([^>]*)(?:\/>|>([\s\S]*?)<\/a:rPr>)/.exec(m[1])
    const link = rPr?.[2] ? /<a:hlinkClick\b([^>]*)/.exec(rPr[2])?.[1] : undefined
    return {
      text: decodeXml(/<a:t(?:\s[^>]*)?>([^<]*)<\/a:t>/.exec(m[1])?.[1] ?? ''),
      superscript: /\bbaseline="[1-9]\d*"/.test(rPr?.[1] ?? ''),
      link: link ? /\br:id="([^"]+)"/.exec(link)?.[1] : undefined,
      action: link ? /\baction="([^"]*)"/.exec(link)?.[1] : undefined,
    }
  })
}
