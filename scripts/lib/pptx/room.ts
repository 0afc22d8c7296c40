import type { SlideItem, TextItem } from './types.ts'
import { linePitch } from './fit.ts'

interface Rect { x: number, y: number, w: number, h: number }

const right = (r: Rect): number => r.x + r.w
const bottom = (r: Rect): number => r.y + r.h
const overlaps = (a0: number, a1: number, b0: number, b1: number): boolean => Math.min(a1, b1) - Math.max(a0, b0) > 0.5
function contains(outer: Rect, inner: Rect): boolean {
  return outer.x <= inner.x + 1 && outer.y <= inner.y + 1 && right(outer) >= right(inner) - 1 && bottom(outer) >= bottom(inner) - 1
}

/** Gap kept to a neighbour or to the inside of a card. */
const GAP = 3

/**
 * The text box grown into the free space around it on its slide, so that a wider fallback font has
 * room before anything must shrink: sideways in the direction the text runs (both ways when
 * centred), and down by up to a line or 30 % of its height. It stops at other text, at drawn shapes (rules, chips, the
 * next card) and inside the card that holds the text. Diagram labels keep the room they were given.
 */
export function grownBox(item: TextItem, items: SlideItem[], canvas: { width: number, height: number }): Rect {
  const pitch = Math.max(...item.paragraphs.map(linePitch))
  const cssLine = Math.max(...item.paragraphs.map(p => p.lineHeight))
  const base: Rect = { x: item.x, y: item.y, w: item.w, h: Math.max(item.h, item.lines * cssLine) }
  if (item.diagram) {
    const extra = pitch * 0.4
    return { x: base.x, y: base.y - extra / 2, w: base.w, h: base.h + extra }
  }
  // Text neighbours may grow towards this box too: each side may take only half the gap.
  const others: (Rect & { text: boolean })[] = []
  // Free space ends at the table or the slide layout's padding (else 2 % of the slide's width), or at
  // the text's own edge if that is further out already.
  const margin = canvas.width * 0.02
  const slideLeft = Math.min(Math.max(margin, item.limit?.left ?? 0), base.x)
  const slideRight = Math.max(Math.min(canvas.width - margin, item.limit?.right ?? canvas.width), right(base))
  let container: Rect = { x: slideLeft, y: 0, w: slideRight - slideLeft, h: canvas.height }
  for (const other of items) {
    if (other === item || other.kind === 'path')
      continue
    const rect: Rect = other.kind === 'text' ? { x: other.x, y: other.y, w: other.w, h: Math.max(other.h, other.lines * Math.max(...other.paragraphs.map(p => p.lineHeight))) } : other
    if (other.kind === 'box' && contains(rect, base)) {
      if (rect.w * rect.h < container.w * container.h)
        container = { x: rect.x + GAP, y: rect.y + GAP, w: rect.w - 2 * GAP, h: rect.h - 2 * GAP }
      continue
    }
    // Whatever already overlaps the text (a highlight, a chip behind it) is not in the way.
    if (overlaps(rect.x, right(rect), base.x, right(base)) && overlaps(rect.y, bottom(rect), base.y, bottom(base)))
      continue
    others.push({ ...rect, text: other.kind === 'text' })
  }
  const beside = others.filter(o => overlaps(o.y, bottom(o), base.y, bottom(base)))
  const maxRight = Math.min(right(container), ...beside.filter(o => o.x >= right(base) - 0.5).map(o => (o.text ? (right(base) + o.x) / 2 : o.x) - GAP))
  const minLeft = Math.max(container.x, ...beside.filter(o => right(o) <= base.x + 0.5).map(o => (o.text ? (base.x + right(o)) / 2 : right(o)) + GAP))
  const roomRight = Math.max(0, maxRight - right(base))
  const roomLeft = Math.max(0, base.x - minLeft)
  const align = item.paragraphs[0].align
  const cap = Math.max(24, base.w * 0.3)
  let x = base.x
  let w = base.w
  if (align === 'center') {
    const side = Math.min(roomLeft, roomRight, cap / 2)
    x -= side
    w += 2 * side
  }
  else if (align === 'right') {
    const grow = Math.min(roomLeft, cap)
    x -= grow
    w += grow
  }
  else {
    w += Math.min(roomRight, cap)
  }
  const maxBottom = Math.min(bottom(container), ...others.filter(o => overlaps(o.x, right(o), x, x + w) && o.y >= bottom(base) - 0.5).map(o => o.y - GAP))
  const h = base.h + Math.max(0, Math.min(maxBottom - bottom(base), Math.max(pitch, base.h * 0.3)))
  return { x, y: base.y, w, h }
}
