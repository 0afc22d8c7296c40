import { Buffer } from 'node:buffer'
import { inflateSync } from 'node:zlib'
import jsQR from 'jsqr'
import { pngSize } from '../../scripts/lib/png-size.ts'

/**
 * A QR code read from a PNG (a screenshot, an exported slide) with jsQR, as a phone camera would
 * read the screen. Decodes 8-bit gray/RGB/RGBA non-interlaced PNGs (what Chromium writes).
 */
export function decodePngRgba(png: Buffer): { width: number, height: number, data: Uint8ClampedArray } {
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
  const out = new Uint8ClampedArray(width * height * 4)
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
    for (let x = 0; x < width; x++) {
      const o = x * channels
      const gray = channels < 3
      const alpha = channels === 4 ? row[o + 3] : channels === 2 ? row[o + 1] : 255
      out.set([row[o], gray ? row[o] : row[o + 1], gray ? row[o] : row[o + 2], alpha], (y * width + x) * 4)
    }
  }
  return { width, height, data: out }
}

/** The text of the QR code in the PNG, or undefined when none is readable. */
export function readQr(png: Buffer): string | undefined {
  const { width, height, data } = decodePngRgba(png)
  return jsQR(data, width, height)?.data
}
