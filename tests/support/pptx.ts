import { readFile } from 'node:fs/promises'
import { posix } from 'node:path'
import JSZip from 'jszip'

export interface PptxSlide {
  /** Zip path, e.g. ppt/slides/slide3.xml. */
  path: string
  /** Every <a:t> run, in document order, entities decoded. */
  texts: string[]
  /** The speaker notes' text runs, undefined when the slide has no notes page. */
  notes: string[] | undefined
}

export interface Pptx {
  /** In presentation order (ppt/presentation.xml's slide list), not file-name order. */
  slides: PptxSlide[]
  /** docProps/core.xml: dc:title, dc:creator, … (local names). */
  core: Record<string, string>
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
function relationships(xml: string, partDir: string): Map<string, { type: string, target: string }> {
  const rels = new Map<string, { type: string, target: string }>()
  for (const m of xml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const attr = (name: string): string => new RegExp(`\\b${name}="([^"]*)"`).exec(m[1])?.[1] ?? ''
    rels.set(attr('Id'), { type: attr('Type'), target: posix.normalize(posix.join(partDir, attr('Target'))) })
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
  const relsOf = async (path: string): Promise<Map<string, { type: string, target: string }>> => {
    const relsPath = posix.join(posix.dirname(path), '_rels', `${posix.basename(path)}.rels`)
    return zip.file(relsPath) ? relationships(await part(relsPath), posix.dirname(path)) : new Map()
  }
  const presentation = await part('ppt/presentation.xml')
  const presentationRels = await relsOf('ppt/presentation.xml')
  const order = [...presentation.matchAll(/<p:sldId\b[^>]*\br:id="([^"]+)"/g)].map(m => presentationRels.get(m[1])?.target ?? `missing ${m[1]}`)
  const slides: PptxSlide[] = []
  for (const path of order) {
    const notesRel = [...(await relsOf(path)).values()].find(r => r.type.endsWith('/notesSlide'))
    slides.push({
      path,
      texts: textRuns(await part(path)),
      notes: notesRel ? textRuns(await part(notesRel.target)) : undefined,
    })
  }
  const coreXml = await part('docProps/core.xml')
  const core = Object.fromEntries([...coreXml.matchAll(/<(?:\w+:)?(\w+)(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?\1>/g)].map(m => [m[1], decodeXml(m[2]).trim()]))
  return { slides, core }
}
