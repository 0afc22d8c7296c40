/**
 * What the in-page collector (collect-page.ts) reads from the rendered print view, in canvas pixels
 * (the slide's 980×552 coordinate space, origin at the slide's top-left corner).
 */

export interface Rgba {
  /** RRGGBB, no #. */
  hex: string
  /** 0–1. */
  alpha: number
}

export interface Stroke {
  color: Rgba
  /** Canvas px. */
  width: number
  dash: 'solid' | 'dash' | 'sysDot'
}

export interface TextRun {
  text: string
  /** Canvas px, before any superscript shrink. */
  size: number
  bold: boolean
  italic: boolean
  underline: boolean
  strike: boolean
  color: Rgba
  /** The first family of the CSS font stack, as authored. */
  font: string
  baseline: 'super' | 'sub' | 'normal'
  /** CSS letter-spacing, canvas px. */
  letterSpacing?: number
  /** Raw href of the nearest <a> ancestor. */
  href?: string
  /** Background of an inline element behind this run. */
  highlight?: Rgba
  /** A line break (<br>) before this run. */
  breakBefore?: boolean
}

export interface TextParagraph {
  runs: TextRun[]
  align: 'left' | 'center' | 'right' | 'justify'
  /** CSS line height in canvas px. */
  lineHeight: number
  /** A list marker: ordered (its number) or a bullet glyph. */
  bullet?: { kind: 'number', start: number } | { kind: 'glyph', char: string }
  /** Hanging indent for the marker, canvas px. */
  indent?: number
  /** Space above the paragraph (between merged list items), canvas px. */
  spaceBefore?: number
  /**
   * The paragraph's words as Chromium measures them in Inter (canvas px), for estimating how the
   * text wraps in a wider font: a word's width, the space before it, its length in characters, a
   * forced line break before it.
   */
  words: { w: number, space: number, n: number, br?: boolean }[]
}

export interface TextItem {
  kind: 'text'
  x: number
  y: number
  w: number
  h: number
  paragraphs: TextParagraph[]
  valign: 'top' | 'middle'
  /** Lines Chromium laid the text out in. */
  lines: number
  /** Sum of the widths of those lines (what the text needs on one infinitely wide line). */
  textWidth: number
  /** A label inside an SVG diagram. */
  diagram: boolean
  /** Clockwise rotation in degrees about the box centre (rotated SVG text). */
  rotate?: number
  /** How far sideways the box may grow: the inside of its table, else of the slide layout's padding. */
  limit?: { left: number, right: number }
}

export interface BoxItem {
  kind: 'box'
  shape: 'rect' | 'roundRect' | 'ellipse'
  x: number
  y: number
  w: number
  h: number
  fill?: Rgba
  line?: Stroke
  /** Corner radius (roundRect), canvas px. */
  radius?: number
  diagram: boolean
}

export type PathCommand
  = | { op: 'M' | 'L', x: number, y: number }
    | { op: 'C', x1: number, y1: number, x2: number, y2: number, x: number, y: number }
    | { op: 'Z' }

export type ArrowType = 'triangle' | 'oval' | 'arrow'

export interface PathItem {
  kind: 'path'
  commands: PathCommand[]
  fill?: Rgba
  line?: Stroke
  beginArrow?: ArrowType
  endArrow?: ArrowType
  /** An edge of a diagram: written as a connector (p:cxnSp). */
  connector: boolean
  diagram: boolean
}

export interface ImageItem {
  kind: 'image'
  x: number
  y: number
  w: number
  h: number
  /** Value of the data-pptx-shot attribute set on the element, to screenshot it. */
  shot: string
  description: string
}

export type SlideItem = TextItem | BoxItem | PathItem | ImageItem

export interface CollectedSlide {
  /** 1-based slide number (data-slidev-no). */
  no: number
  background?: Rgba
  items: SlideItem[]
  /** Element ids on this slide (for #id links). */
  anchors: string[]
  /** Mermaid diagrams on the slide, and how many connectors were drawn for them. */
  diagrams: { kind: string, connectors: number }[]
  /**
   * Described diagrams, charts and maps (an element with `data-description`, or a Mermaid host
   * whose SVG has a <desc>): the items `from` up to `to` (exclusive) are drawn for it, and become
   * one group shape in the PPTX with the description as its alt text.
   */
  groups: { description: string, from: number, to: number }[]
}

export interface CollectedDeck {
  width: number
  height: number
  slides: CollectedSlide[]
  /** The page's origin, to tell own links from external ones. */
  origin: string
}
