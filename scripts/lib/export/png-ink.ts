import { Buffer } from 'node:buffer'
import { inflateSync } from 'node:zlib'
import { pngSize } from '../png-size.ts'

/**
 * Share of a PNG's pixels that differ clearly from its most common colour: 0 for a blank
 * (single-colour) image, a few percent for even a sparse title slide. Decodes 8-bit RGB/RGBA/gray
 * PNGs (what Chromium writes), sampling every 4th pixel of every 4th row.
 */
export function pngInkRatio(png: Buffer, threshold = 24): number {
  const { width, height } = pngSize(png)
  const depth = png[24]
  const colorType = png[25]
  const channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colorType]
  if (depth !== 8 || !channels || png[28] !== 0)
    throw new Error(`unsupported PNG (depth ${depth}, colour type ${colorType}, interlace ${png[28]})`)
  const idat: Buffer[] = []
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at)
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT')
      idat.push(png.subarray(at + 8, at + 8 + length))
    at += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const stride = width * channels
  let previous = new Uint8Array(stride)
  const histogram = new Map<number, number>()
  const samples: number[] = []
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    const row = new Uint8Array(stride)
    for (let i = 0; i < stride; i++) {
      const a = i >= channels ? row[i - channels] : 0
      const b = previous[i]
      const c = i >= channels ? previous[i - channels] : 0
      let value = line[i]
      if (filter === 1) {
        value += a
      }
      else if (filter === 2) {
        value += b
      }
      else if (filter === 3) {
        value += (a + b) >> 1
      }
      else if (filter === 4) {
        const p = a + b - c
        const pa = Math.abs(p - a)
        const pb = Math.abs(p - b)
        const pc = Math.abs(p - c)
        value += pa <= pb && pa <= pc ? a : pb <= pc ? b : c
      }
      row[i] = value & 0xFF
    }
    previous = row
    if (y % 4)
      continue
    for (let x = 0; x < width; x += 4) {
      const o = x * channels
      // Luma is enough to tell ink from background.
      const gray = channels >= 3 ? (row[o] * 299 + row[o + 1] * 587 + row[o + 2] * 114) / 1000 : row[o]
      const key = Math.round(gray)
      samples.push(key)
      histogram.set(key, (histogram.get(key) ?? 0) + 1)
    }
  }
  const background = [...histogram.entries()].sort((p, q) => q[1] - p[1])[0]?.[0] ?? 0
  return samples.filter(g => Math.abs(g - background) > threshold).length / Math.max(samples.length, 1)
}
