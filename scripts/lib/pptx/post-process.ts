import type { Buffer } from 'node:buffer'
import JSZip from 'jszip'

/**
 * What pptxgenjs 4.0.1 gets wrong or cannot write, patched into its output:
 * - one `<a:pPr>` per paragraph (it writes one per run);
 * - connectors (`p:cxnSp`, refused upstream in #527): diagram edges are drawn as line or freeform
 *   shapes named "Connector …" and turned into connector shapes here.
 * Connectors are found by their unique names (objectName), which the writer chose.
 * Also refuses any relationship to the export's own server.
 */
export async function postProcess(buffer: Buffer): Promise<{ buffer: Buffer, connectors: number }> {
  const zip = await JSZip.loadAsync(buffer)
  let connectors = 0
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
    zip.file(path, patched)
  }
  for (const path of Object.keys(zip.files).filter(p => p.endsWith('.rels'))) {
    const local = /Target="(?:https?:)?\/\/(?:localhost|127\.0\.0\.1|\[::1\])[^"]*"/.exec(await zip.file(path)!.async('string'))
    if (local)
      throw new Error(`The PPTX would link to the export's own server (${path}: ${local[0]}).`)
  }
  const out = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } })
  return { buffer: out, connectors }
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
