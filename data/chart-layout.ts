/**
 * Geometry shared by the SVG charts (SeriesChart, TollChart): day numbers for dates, "nice" axis
 * steps, text widths estimated for Inter, and a greedy placer that keeps labels from overlapping.
 * Plain functions, so the tests can check them without mounting anything.
 */

/** Days since 1970-01-01 for an ISO date; a month or year counts from its first day. */
export function dayNumber(iso: string): number {
  const [y, m = 1, d = 1] = iso.split('-').map(Number)
  return Date.UTC(y, m - 1, d) / 86_400_000
}

/** The last day of a month or year given as YYYY-MM or YYYY (a full date is itself). */
export function lastDayNumber(iso: string): number {
  const parts = iso.split('-').map(Number)
  if (parts.length === 3)
    return dayNumber(iso)
  const [y, m] = parts
  return m === undefined ? Date.UTC(y + 1, 0, 1) / 86_400_000 - 1 : Date.UTC(y, m, 1) / 86_400_000 - 1
}

/** A round step (1, 2 or 5 × 10ⁿ) that cuts `span` into about `parts` pieces. */
export function niceStep(span: number, parts = 4): number {
  const raw = span / parts
  const mag = 10 ** Math.floor(Math.log10(raw))
  const f = raw / mag
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag
}

/** Width of a label in Inter at `size` px; generous, so an estimate never under-reserves room. */
export function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? 0.6 : 0.56)
}

/** 1097 → "1,097": the same in every locale and runtime. */
export function groupDigits(n: number): string {
  const [int, frac] = String(n).split('.')
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return frac ? `${grouped}.${frac}` : grouped
}

export interface Box { x: number, y: number, w: number, h: number }

export function overlaps(a: Box, b: Box, pad = 2): boolean {
  return a.x < b.x + b.w + pad && b.x < a.x + a.w + pad && a.y < b.y + b.h + pad && b.y < a.y + a.h + pad
}

export function inside(a: Box, area: Box): boolean {
  return a.x >= area.x && a.y >= area.y && a.x + a.w <= area.x + area.w && a.y + a.h <= area.y + area.h
}

/** The first candidate that stays in `area` and clears every box already taken (which it joins), or undefined. */
export function place<T extends { box: Box }>(candidates: readonly T[], taken: Box[], area: Box): T | undefined {
  const free = candidates.find(c => inside(c.box, area) && !taken.some(t => overlaps(c.box, t)))
  if (free)
    taken.push(free.box)
  return free
}
