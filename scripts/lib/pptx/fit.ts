import type { TextItem, TextParagraph } from './types.ts'

/**
 * How much wider than Inter a machine's fallback font sets the same text. Measured (research/pptx.md):
 * DejaVu Sans is 5–8 % wider in regular and 14–16 % in bold; LibreOffice's own rendering 7–11 % and
 * 15–16 %. The larger figures, so that a box sized here fits on any of them.
 */
export const FALLBACK_WIDENING = { regular: 1.11, bold: 1.17 }

/** PowerPoint's "single" line pitch as a multiple of the font size (Inter ≈ 1.21, DejaVu Sans ≈ 1.16). */
export const SINGLE_LINE_PITCH = 1.2

/** Words up to this many characters must not be broken across lines. */
const MAX_UNBROKEN = 20

export interface Fit {
  /** Font scale in percent (100 when the text fits as it is). */
  fontScale: number
  /** Lines the text takes at that scale in the wider font. */
  lines: number
}

/** The fallback font's widening for this paragraph: between the regular and bold factors by bold share. */
export function widening(p: TextParagraph): number {
  let bold = 0
  let all = 0
  for (const r of p.runs) {
    all += r.text.length
    if (r.bold)
      bold += r.text.length
  }
  const share = all ? bold / all : 0
  return FALLBACK_WIDENING.regular + (FALLBACK_WIDENING.bold - FALLBACK_WIDENING.regular) * share
}

/** The pitch a paragraph's lines get in the PPTX: its CSS line height, never below single spacing. */
export function linePitch(p: TextParagraph): number {
  const size = Math.max(0, ...p.runs.filter(r => r.baseline === 'normal').map(r => r.size))
  return Math.max(p.lineHeight, SINGLE_LINE_PITCH * size)
}

/**
 * Lines a paragraph takes when its words, `factor` times wider than measured, are wrapped greedily
 * in `width`; a word longer than a line starts a new line and is broken by character, as
 * LibreOffice and PowerPoint do with long addresses.
 */
export function wrappedLines(p: TextParagraph, width: number, factor: number): number {
  let lines = 1
  let x = 0
  for (const word of p.words) {
    const w = word.w * factor
    const space = word.space * factor
    if (word.br) {
      lines++
      x = 0
    }
    if (x > 0 && x + space + w > width) {
      lines++
      x = 0
    }
    if (x === 0 && w > width) {
      const extra = Math.ceil(w / width) - 1
      lines += extra
      x = w - extra * width
      continue
    }
    x += (x > 0 ? space : 0) + w
  }
  return lines
}

/**
 * The largest font scale (in steps of 2.5 %) at which the text, set in a font wider than Inter by
 * `widening`, fits a box of `width` × `height`: what PowerPoint's "shrink text on overflow" would
 * compute for that font.
 */
export function fitText(item: TextItem, width: number, height: number): Fit {
  const usable = (p: TextParagraph): number => Math.max(1, width - (p.indent ?? 0))
  const measure = (scale: number): { lines: number, height: number } => {
    let lines = 0
    let h = 0
    for (const p of item.paragraphs) {
      const n = p.words.length ? wrappedLines(p, usable(p), widening(p) * scale) : 1
      lines += n
      h += n * linePitch(p) * scale + (p.spaceBefore ?? 0)
    }
    return { lines, height: h }
  }
  // A word broken inside ("Outcom/e") reads worse than a smaller font; only long tokens such as
  // web addresses may break.
  const breaksWord = (scale: number): boolean => item.paragraphs.some(p => p.words.some(w => w.n <= MAX_UNBROKEN && w.w * widening(p) * scale > usable(p)))
  let scale = 1
  let m = measure(scale)
  while (scale > 0.5 && (m.height > height + 0.5 || breaksWord(scale))) {
    scale -= 0.025
    m = measure(scale)
  }
  return { fontScale: Math.round(scale * 1000) / 10, lines: m.lines }
}
