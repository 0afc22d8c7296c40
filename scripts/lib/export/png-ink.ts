import type { Buffer } from 'node:buffer'
import { pngRows } from '../png-rows.ts'

/**
 * Share of a PNG's pixels that differ clearly from its most common colour: 0 for a blank
 * (single-colour) image, a few percent for even a sparse title slide. Decodes 8-bit RGB/RGBA/gray
 * PNGs (what Chromium writes), sampling every 4th pixel of every 4th row.
 */
export function pngInkRatio(png: Buffer, threshold = 24): number {
  const { width, channels, rows } = pngRows(png)
  const histogram = new Map<number, number>()
  const samples: number[] = []
  rows((row, y) => {
    if (y % 4)
      return
    for (let x = 0; x < width; x += 4) {
      const o = x * channels
      // Luma is enough to tell ink from background.
      const gray = channels >= 3 ? (row[o] * 299 + row[o + 1] * 587 + row[o + 2] * 114) / 1000 : row[o]
      const key = Math.round(gray)
      samples.push(key)
      histogram.set(key, (histogram.get(key) ?? 0) + 1)
    }
  })
  const background = [...histogram.entries()].sort((p, q) => q[1] - p[1])[0]?.[0] ?? 0
  return samples.filter(g => Math.abs(g - background) > threshold).length / Math.max(samples.length, 1)
}
