import type { Buffer } from 'node:buffer'
import type { Page } from 'playwright-chromium'
import type { PptxDeckInfo } from './deck-info.ts'
import type { LinkTarget } from './links.ts'
import type { DescribedGroup } from './post-process.ts'
import type { BoxItem, CollectedDeck, ImageItem, PathItem, Rgba, SlideItem, Stroke, TextItem, TextRun } from './types.ts'
/**
 * The project's PPTX writer: an editable 16:9 PPTX from the rendered print view.
 *
 *   await writePptx(page, deck, 'exports/deck.pptx')
 *
 * `page` shows the built deck's print view (every slide rendered); `deck` comes from
 * deckInfoFromSlidev(). Every text block becomes a text box at its rendered position that wraps at
 * its width and shrinks on overflow, with the shrink written in for PowerPoint; Mermaid diagrams and
 * SVG/CSS charts become native shapes and connectors; only real images stay pictures.
 */
import { rename, writeFile } from 'node:fs/promises'
import process from 'node:process'
import PptxGenJS from 'pptxgenjs'
import { collectPrintView } from './collect-page.ts'
import { notesText } from './deck-info.ts'
import { fitText, SINGLE_LINE_PITCH } from './fit.ts'
import { linkResolver } from './links.ts'
import { postProcess } from './post-process.ts'
import { assertPrintViewRendered } from './print-view.ts'
import { grownBox } from './room.ts'
import { normalizePath } from './svg-path.ts'

export { deckInfoFromSlidev } from './deck-info.ts'
export type { PptxDeckInfo } from './deck-info.ts'

/** PowerPoint's standard 16:9 size (LAYOUT_WIDE). */
export const SLIDE_WIDTH_IN = 13.333
export const SLIDE_HEIGHT_IN = 7.5
/** The deck's font, and what to name for monospaced text. */
const FONT_FACE = 'Inter'

export interface PptxSummary {
  slides: number
  textBoxes: number
  shapes: number
  connectors: number
  pictures: number
  /** Text boxes whose font sizes were written reduced, to fit a wider fallback font. */
  scaledBoxes: number
  /** The smallest of those reductions, in percent (100 when none). */
  smallestScale: number
  internalLinks: number
  externalLinks: number
  diagrams: { slide: number, kind: string, connectors: number }[]
  /** Diagrams, charts and maps written as one group shape with their description as alt text (`descr`). */
  described: { slide: number, description: string }[]
}

export async function writePptx(page: Page, deck: PptxDeckInfo, file: string, canvas = { width: 980, height: 552 }): Promise<PptxSummary> {
  await assertPrintViewRendered(page, deck.slides.length)
  // tsx/esbuild keep function names with a __name() helper that does not exist in the page.
  await page.evaluate('globalThis.__name ??= (f => f)')
  const collected: CollectedDeck = await page.evaluate(collectPrintView, { normalizePathSource: normalizePath.toString(), ...canvas })
  if (collected.slides.length !== deck.slides.length)
    throw new Error(`The print view shows ${collected.slides.length} slides, the deck has ${deck.slides.length}: refusing to write ${file}.`)

  const kx = SLIDE_WIDTH_IN / canvas.width
  const ky = SLIDE_HEIGHT_IN / canvas.height
  const inX = (v: number): number => round(v * kx)
  const inY = (v: number): number => round(v * ky)
  /** Canvas px → points for font sizes and line widths. */
  const pt = (v: number): number => Math.round(v * kx * 72 * 10) / 10

  const pptx = new PptxGenJS()
  pptx.layout = 'LAYOUT_WIDE'
  pptx.title = deck.title
  if (deck.author)
    pptx.author = deck.author
  pptx.theme = { headFontFace: FONT_FACE, bodyFontFace: FONT_FACE }

  const resolve = linkResolver(collected, deck)
  const summary: PptxSummary = {
    slides: 0,
    textBoxes: 0,
    shapes: 0,
    connectors: 0,
    pictures: 0,
    scaledBoxes: 0,
    smallestScale: 100,
    internalLinks: 0,
    externalLinks: 0,
    diagrams: [],
    described: [],
  }
  /** Per slide file (ppt/slides/slideN.xml): the shapes of each described element, to group in post-processing. */
  const slideGroups = new Map<number, DescribedGroup[]>()

  for (const data of collected.slides) {
    const info = deck.slides[data.no - 1]
    if (!info)
      throw new Error(`The print view has a slide ${data.no} the deck does not.`)
    const slide = pptx.addSlide()
    if (data.background)
      slide.background = { color: data.background.hex }
    let n = 0
    let connectorsOnSlide = 0
    /** The object name of each item, by its index in data.items. */
    const names: string[] = []
    const name = (kind: string): string => {
      const objectName = `${kind} ${data.no}.${++n}`
      names.push(objectName)
      return objectName
    }

    for (const item of data.items) {
      if (item.kind === 'box') {
        addBox(slide, item, name('Shape'))
        summary.shapes++
      }
      else if (item.kind === 'path') {
        // Straight edges become connectors. LibreOffice re-routes a connector's own geometry as an
        // elbow line, so curved edges stay freeforms that keep Mermaid's curve (with the arrowhead).
        const connector = item.connector && isStraight(item.commands)
        addPath(slide, item, name(connector ? 'Connector' : 'Freeform'), connector)
        if (connector)
          connectorsOnSlide++
        else
          summary.shapes++
      }
      else if (item.kind === 'image') {
        await addImage(slide, item, name('Picture'))
        summary.pictures++
      }
      else {
        const boxName = name('Text')
        const scale = addText(slide, item, data.items, boxName)
        if (scale < 100)
          summary.scaledBoxes++
        summary.smallestScale = Math.min(summary.smallestScale, scale)
        summary.textBoxes++
      }
    }
    for (const d of data.diagrams)
      summary.diagrams.push({ slide: data.no, kind: d.kind, connectors: connectorsOnSlide })
    if (names.length !== data.items.length)
      throw new Error(`Slide ${data.no}: ${names.length} shapes written for ${data.items.length} items.`)
    slideGroups.set(summary.slides + 1, data.groups.map(g => ({ description: g.description, names: names.slice(g.from, g.to) })))
    for (const g of data.groups)
      summary.described.push({ slide: data.no, description: g.description })
    summary.connectors += connectorsOnSlide
    // Every slide gets a notes page; an empty one says so rather than vanishing.
    slide.addNotes(notesText(info.notes) || '(No speaker notes for this slide.)')
    summary.slides++
  }

  function clampBox(x: number, y: number, w: number, h: number): { x: number, y: number, w: number, h: number } {
    const x0 = Math.max(0, x)
    const y0 = Math.max(0, y)
    const x1 = Math.min(canvas.width, x + w)
    const y1 = Math.min(canvas.height, y + h)
    return { x: x0, y: y0, w: Math.max(0.5, x1 - x0), h: Math.max(0.5, y1 - y0) }
  }

  function fillOf(c: Rgba | undefined): PptxGenJS.ShapeFillProps | undefined {
    return c ? { color: c.hex, transparency: Math.round((1 - c.alpha) * 100) } : undefined
  }
  function lineOf(s: Stroke | undefined, arrows?: Pick<PathItem, 'beginArrow' | 'endArrow'>): PptxGenJS.ShapeLineProps | undefined {
    if (!s)
      return undefined
    return {
      color: s.color.hex,
      transparency: Math.round((1 - s.color.alpha) * 100),
      width: Math.max(0.25, pt(s.width)),
      dashType: s.dash === 'solid' ? 'solid' : s.dash === 'dash' ? 'dash' : 'sysDot',
      beginArrowType: arrows?.beginArrow,
      endArrowType: arrows?.endArrow,
    }
  }

  function addBox(slide: PptxGenJS.Slide, item: BoxItem, objectName: string): void {
    const b = clampBox(item.x, item.y, item.w, item.h)
    const shape = item.shape === 'ellipse' ? pptx.ShapeType.ellipse : item.shape === 'roundRect' ? pptx.ShapeType.roundRect : pptx.ShapeType.rect
    slide.addShape(shape, {
      x: inX(b.x),
      y: inY(b.y),
      w: inX(b.w),
      h: inY(b.h),
      fill: fillOf(item.fill) ?? { type: 'none' },
      line: lineOf(item.line) ?? { type: 'none' },
      rectRadius: item.radius ? inX(item.radius) : undefined,
      objectName,
    })
  }

  function addPath(slide: PptxGenJS.Slide, item: PathItem, objectName: string, connector: boolean): void {
    const xs: number[] = []
    const ys: number[] = []
    for (const c of item.commands) {
      if (c.op === 'Z')
        continue
      xs.push(c.x)
      ys.push(c.y)
      if (c.op === 'C') {
        xs.push(c.x1, c.x2)
        ys.push(c.y1, c.y2)
      }
    }
    const left = Math.min(...xs)
    const top = Math.min(...ys)
    const w = Math.max(Math.max(...xs) - left, 0.01)
    const h = Math.max(Math.max(...ys) - top, 0.01)
    const line = lineOf(item.line, item)
    if (connector) {
      // A line shape (then a straightConnector1) from the first to the last point; flips give its direction.
      const ends = item.commands.filter(c => c.op !== 'Z') as { x: number, y: number }[]
      const a = ends[0]
      const b = ends[ends.length - 1]
      slide.addShape(pptx.ShapeType.line, {
        x: inX(Math.min(a.x, b.x)),
        y: inY(Math.min(a.y, b.y)),
        w: inX(Math.abs(b.x - a.x)),
        h: inY(Math.abs(b.y - a.y)),
        flipH: b.x < a.x,
        flipV: b.y < a.y,
        line,
        objectName,
      })
      return
    }
    let open = true
    const points: PptxGenJS.ShapeProps['points'] = []
    for (const c of item.commands) {
      if (c.op === 'Z') {
        points.push({ close: true })
        open = false
        continue
      }
      const p = { x: inX(c.x - left), y: inY(c.y - top) }
      if (c.op === 'M')
        points.push({ ...p, moveTo: true })
      else if (c.op === 'L')
        points.push(p)
      else if (c.op === 'C')
        points.push({ ...p, curve: { type: 'cubic', x1: inX(c.x1 - left), y1: inY(c.y1 - top), x2: inX(c.x2 - left), y2: inY(c.y2 - top) } })
    }
    // The freeform type exists in pptxgenjs 4.0.1 but is missing from its typings.
    slide.addShape('custGeom' as PptxGenJS.SHAPE_NAME, {
      x: inX(left),
      y: inY(top),
      w: inX(w),
      h: inY(h),
      points,
      fill: open ? { type: 'none' } : fillOf(item.fill) ?? { type: 'none' },
      line: line ?? { type: 'none' },
      objectName,
    })
  }

  async function addImage(slide: PptxGenJS.Slide, item: ImageItem, objectName: string): Promise<void> {
    const png = await page.locator(`[data-pptx-shot="${item.shot}"]`).screenshot({ type: 'png', animations: 'disabled' })
    const b = clampBox(item.x, item.y, item.w, item.h)
    slide.addImage({ data: `data:image/png;base64,${png.toString('base64')}`, x: inX(b.x), y: inY(b.y), w: inX(b.w), h: inY(b.h), altText: item.description, objectName })
  }

  /**
   * Adds the text box, grown into the free space around it; where even that is too small for a
   * font wider than Inter, the font sizes are written already reduced (see README: LibreOffice
   * ignores a written fontScale and its own shrink falls short). Returns that scale in percent.
   */
  function addText(slide: PptxGenJS.Slide, item: TextItem, items: SlideItem[], objectName: string): number {
    const room = grownBox(item, items, canvas)
    const fit = fitText(item, room.w, room.h)
    // A rotated frame may reach past the edge unrotated; turned, it is where the text was.
    const b = item.rotate ? room : clampBox(room.x, room.y, room.w, room.h)
    const shrink = fit.fontScale / 100
    const runs: PptxGenJS.TextProps[] = []
    item.paragraphs.forEach((p, pi) => {
      p.runs.forEach((run, ri) => {
        const first = ri === 0
        const options: PptxGenJS.TextPropsOptions = {
          ...runOptions({ ...run, size: run.size * shrink }),
          breakLine: ri === p.runs.length - 1 && pi < item.paragraphs.length - 1,
          softBreakBefore: !!run.breakBefore,
        }
        if (first) {
          options.align = p.align
          const fontSize = Math.max(...p.runs.filter(r => r.baseline === 'normal').map(r => r.size), p.runs[0].size)
          // Never below single spacing: LibreOffice takes the cut from the first line's ascent, which
          // lifts the text above its box and into the element above.
          options.lineSpacingMultiple = Math.min(2, Math.max(1, round(p.lineHeight / (fontSize * SINGLE_LINE_PITCH), 2)))
          if (p.spaceBefore)
            options.paraSpaceBefore = pt(p.spaceBefore)
          if (p.bullet) {
            const indent = pt(p.indent ?? 16)
            options.bullet = p.bullet.kind === 'number'
              ? { type: 'number', numberStartAt: p.bullet.start, style: 'arabicPeriod', indent }
              : { characterCode: p.bullet.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0'), indent }
          }
        }
        runs.push({ text: run.text, options })
      })
    })
    slide.addText(runs, {
      x: inX(b.x),
      y: inY(b.y),
      w: inX(b.w),
      h: inY(b.h),
      margin: 0,
      wrap: true,
      fit: 'shrink',
      valign: item.valign === 'middle' ? 'middle' : 'top',
      fontFace: FONT_FACE,
      paraSpaceBefore: 0,
      paraSpaceAfter: 0,
      isTextBox: true,
      rotate: item.rotate,
      objectName,
    })
    return fit.fontScale
  }

  function runOptions(run: TextRun): PptxGenJS.TextPropsOptions {
    const link: LinkTarget = run.href ? resolve(run.href) : undefined
    if (link && 'slide' in link)
      summary.internalLinks++
    else if (link)
      summary.externalLinks++
    const mono = /mono|courier|consolas|menlo/i.test(run.font)
    return {
      fontFace: mono ? run.font : FONT_FACE,
      fontSize: pt(run.size),
      bold: run.bold,
      italic: run.italic,
      underline: run.underline ? { style: 'sng' } : link ? { style: 'none' } : undefined,
      strike: run.strike ? 'sngStrike' : undefined,
      color: run.color.hex,
      transparency: run.color.alpha < 1 ? Math.round((1 - run.color.alpha) * 100) : undefined,
      superscript: run.baseline === 'super',
      subscript: run.baseline === 'sub',
      highlight: run.highlight?.hex,
      charSpacing: run.letterSpacing ? pt(run.letterSpacing) : undefined,
      hyperlink: link ? ('slide' in link ? { slide: link.slide, tooltip: `Go to slide ${link.slide}` } : { url: link.url }) : undefined,
    }
  }

  const raw = await pptx.write({ outputType: 'nodebuffer' }) as Buffer
  const { buffer, connectors, groups } = await postProcess(raw, slideGroups)
  if (connectors !== summary.connectors)
    throw new Error(`PPTX post-processing made ${connectors} of ${summary.connectors} connectors.`)
  if (groups !== summary.described.length)
    throw new Error(`PPTX post-processing grouped ${groups} of ${summary.described.length} described diagrams.`)
  const tmp = `${file}.tmp-${process.pid}`
  await writeFile(tmp, buffer)
  await rename(tmp, file)
  return summary
}

/** All points (control points included) within 1.5 px of the chord: a curve that looks straight. */
export function isStraight(commands: PathItem['commands']): boolean {
  if (commands.some(c => c.op === 'Z') || commands.filter(c => c.op === 'M').length !== 1)
    return false
  const points = commands.flatMap(c => (c.op === 'C' ? [{ x: c.x1, y: c.y1 }, { x: c.x2, y: c.y2 }, { x: c.x, y: c.y }] : c.op === 'Z' ? [] : [{ x: c.x, y: c.y }]))
  const a = points[0]
  const b = points[points.length - 1]
  const length = Math.hypot(b.x - a.x, b.y - a.y)
  if (length < 2)
    return false
  return points.every(p => Math.abs((b.x - a.x) * (a.y - p.y) - (a.x - p.x) * (b.y - a.y)) / length <= 1.5)
}

function round(v: number, digits = 4): number {
  const f = 10 ** digits
  return Math.round(v * f) / f
}
