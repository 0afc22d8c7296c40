import type { Buffer } from 'node:buffer'
import JSZip from 'jszip'

/**
 * What pptxgenjs 4.0.1 gets wrong or cannot write, patched into its output:
 * - one `<a:pPr>` per paragraph (it writes one per run);
 * - connectors (`p:cxnSp`, refused upstream in #527): diagram edges are drawn as line or freeform
 *   shapes named "Connector …" and turned into connector shapes here.
 * - groups (`p:grpSp`, which pptxgenjs cannot write): the shapes of each described diagram, chart
 *   or map become one group whose `descr` is its text version, PowerPoint's and LibreOffice's alt text.
 * Connectors and group members are found by their unique names (objectName), which the writer chose.
 * Also refuses any relationship to the export's own server.
 */
export async function postProcess(
  buffer: Buffer,
  /** Described elements' shapes by slide file number (ppt/slides/slideN.xml). */
  groupsBySlide: ReadonlyMap<number, readonly DescribedGroup[]> = new Map(),
): Promise<{ buffer: Buffer, connectors: number, groups: number }> {
  const zip = await JSZip.loadAsync(buffer)
  let connectors = 0
  let groups = 0
  const slidePaths = Object.keys(zip.files).filter(p => /^ppt\/slides\/slide\d+\.xml$/.test(p))
  for (const path of slidePaths) {
    const xml = await zip.file(path)!.async('string')
    const patched = singleParagraphProperties(xml).replace(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*<\/p:sp>/g, (sp) => {
      const name = /<p:cNvPr id="\d+" name="([^"]*)"/.exec(sp)?.[1] ?? ''
      if (name.startsWith('Connector ')) {
        connectors++
        return toConnector(sp)
      }
      return sp
    })
    const described = groupsBySlide.get(Number(/slide(\d+)\.xml$/.exec(path)![1])) ?? []
    zip.file(path, groupDescribed(patched, described))
    groups += described.length
  }
  for (const path of Object.keys(zip.files).filter(p => p.endsWith('.rels'))) {
    const local = /Target="(?:https?:)?\/\/(?:localhost|127\.0\.0\.1|\[::1\])[^"]*"/.exec(await zip.file(path)!.async('string'))
    if (local)
      throw new Error(`The PPTX would link to the export's own server (${path}: ${local[0]}).`)
  }
  const out = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } })
  return { buffer: out, connectors, groups }
}

/** The shapes written for one described element, and its description. */
export interface DescribedGroup {
  description: string
  /** Object names (`p:cNvPr name`) of its shapes, in paint order. */
  names: readonly string[]
}

const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;')

/**
 * Wraps each group's shapes (consecutive in the shape tree, since they were drawn in paint order)
 * in a `p:grpSp` whose `p:cNvPr` carries the description as `descr`; the group's frame is the
 * union of its members' frames, with child coordinates equal to slide coordinates.
 */
export function groupDescribed(xml: string, groups: readonly DescribedGroup[]): string {
  if (!groups.length)
    return xml
  const shapes = [...xml.matchAll(/<p:(sp|cxnSp|pic)>[\s\S]*?<\/p:\1>/g)].map(m => ({
    start: m.index!,
    end: m.index! + m[0].length,
    xml: m[0],
    name: /<p:cNvPr\b[^>]*\bname="([^"]*)"/.exec(m[0])?.[1] ?? '',
  }))
  let nextId = Math.max(0, ...[...xml.matchAll(/<p:cNvPr\b[^>]*\bid="(\d+)"/g)].map(m => Number(m[1]))) + 1
  const spans = groups.map((group, gi) => {
    const members = new Set(group.names)
    const idx = shapes.flatMap((s, i) => (members.has(s.name) ? [i] : []))
    if (idx.length !== members.size)
      throw new Error(`Cannot group described diagram ${gi + 1}: found ${idx.length} of its ${members.size} shapes`)
    const first = idx[0]
    const last = idx[idx.length - 1]
    if (last - first + 1 !== idx.length)
      throw new Error(`Cannot group described diagram ${gi + 1}: its shapes are not consecutive`)
    return { group, first, last }
  }).sort((a, b) => b.first - a.first)
  let out = xml
  for (const { group, first, last } of spans) {
    const frames = shapes.slice(first, last + 1).map((s) => {
      const off = /<a:off x="(-?\d+)" y="(-?\d+)"\s*\/>/.exec(s.xml)
      const ext = /<a:ext cx="(\d+)" cy="(\d+)"\s*\/>/.exec(s.xml)
      return off && ext ? { x: Number(off[1]), y: Number(off[2]), w: Number(ext[1]), h: Number(ext[2]) } : undefined
    }).filter(f => f !== undefined)
    const x = Math.min(...frames.map(f => f.x))
    const y = Math.min(...frames.map(f => f.y))
    const w = Math.max(...frames.map(f => f.x + f.w)) - x
    const h = Math.max(...frames.map(f => f.y + f.h)) - y
    const frame = `<a:off x="${x}" y="${y}"/><a:ext cx="${w}" cy="${h}"/><a:chOff x="${x}" y="${y}"/><a:chExt cx="${w}" cy="${h}"/>`
    const id = nextId++
    const open = `<p:grpSp><p:nvGrpSpPr><p:cNvPr id="${id}" name="Diagram ${id}" descr="${escapeAttribute(group.description)}"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>${frame}</a:xfrm></p:grpSpPr>`
    const start = shapes[first].start
    const end = shapes[last].end
    out = `${out.slice(0, start)}${open}${out.slice(start, end)}</p:grpSp>${out.slice(end)}`
  }
  return out
}

/**
 * pptxgenjs writes an `<a:pPr>` before every run of a paragraph; OOXML allows one, first. Readers
 * then apply the last one (LibreOffice drops list numbering that way) or ask to repair the file.
 */
export function singleParagraphProperties(xml: string): string {
  const pPr = /<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_, body: string) => {
    const first = body.match(pPr)?.[0] ?? ''
    return `<a:p>${first}${body.replace(pPr, '')}</a:p>`
  })
}

/** A `p:sp` line or freeform as a `p:cxnSp`: same geometry and line, no text body. */
function toConnector(sp: string): string {
  const nv = /<p:cNvPr [^>]*?(?:\/>|>[\s\S]*?<\/p:cNvPr>)/.exec(sp)?.[0]
  const spPr = /<p:spPr>[\s\S]*<\/p:spPr>/.exec(sp)?.[0]
  if (!nv || !spPr)
    throw new Error(`Cannot turn this shape into a connector: ${sp.slice(0, 200)}`)
  const geometry = spPr.replace('<a:prstGeom prst="line">', '<a:prstGeom prst="straightConnector1">')
  return `<p:cxnSp><p:nvCxnSpPr>${nv}<p:cNvCxnSpPr/><p:nvPr/></p:nvCxnSpPr>${geometry}</p:cxnSp>`
}
