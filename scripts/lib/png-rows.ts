import { Buffer } from 'node:buffer'
import { inflateSync } from 'node:zlib'
import { pngSize } from './png-size.ts'

export interface PngRows {
  width: number
  height: number
  /** Bytes per pixel: 1 gray, 2 gray + alpha, 3 RGB, 4 RGBA. */
  channels: number
  /** Calls `visit` with each unfiltered row in order (the array is reused only by its owner: copy to keep). */
  rows: (visit: (row: Uint8Array, y: number) => void) => void
}

/**
 * The decoded rows of an 8-bit, non-interlaced gray/RGB/RGBA PNG (what Chromium writes), for the
 * few pixel reads the project makes (the ink check, QR codes) without an image library.
 */
export function pngRows(png: Buffer): PngRows {
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
  const rows = (visit: (row: Uint8Array, y: number) => void): void => {
    const raw = inflateSync(Buffer.concat(idat))
    const stride = width * channels
    let previous = new Uint8Array(stride)
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
      visit(row, y)
    }
  }
  return { width, height, channels, rows }
}
