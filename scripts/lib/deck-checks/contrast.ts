/** WCAG 2 contrast between two sRGB colours written as `#rgb` or `#rrggbb`. */

/** WCAG AA for normal-size text. */
export const MIN_TEXT_CONTRAST = 4.5

export function parseHex(hex: string): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim())
  if (!m)
    return undefined
  const h = m[1].length === 3 ? [...m[1]].map(c => c + c).join('') : m[1]
  return [0, 2, 4].map(i => Number.parseInt(h.slice(i, i + 2), 16)) as [number, number, number]
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (v: number): number => {
    const s = v / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/** The contrast ratio (1–21), or undefined when either colour is not a hex colour. */
export function contrastRatio(a: string, b: string): number | undefined {
  const ca = parseHex(a)
  const cb = parseHex(b)
  if (!ca || !cb)
    return undefined
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}
