import type { Buffer } from 'node:buffer'
import jsQR from 'jsqr'
import { pngRows } from '../../scripts/lib/png-rows.ts'

/**
 * A QR code read from a PNG (a screenshot, an exported slide) with jsQR, as a phone camera would
 * read the screen. Decodes 8-bit gray/RGB/RGBA non-interlaced PNGs (what Chromium writes).
 */
export function decodePngRgba(png: Buffer): { width: number, height: number, data: Uint8ClampedArray } {
  const { width, height, channels, rows } = pngRows(png)
  const out = new Uint8ClampedArray(width * height * 4)
  rows((row, y) => {
    for (let x = 0; x < width; x++) {
      const o = x * channels
      const gray = channels < 3
      const alpha = channels === 4 ? row[o + 3] : channels === 2 ? row[o + 1] : 255
      out.set([row[o], gray ? row[o] : row[o + 1], gray ? row[o] : row[o + 2], alpha], (y * width + x) * 4)
    }
  })
  return { width, height, data: out }
}

/** The text of the QR code in the PNG, or undefined when none is readable. */
export function readQr(png: Buffer): string | undefined {
  const { width, height, data } = decodePngRgba(png)
  return jsQR(data, width, height)?.data
}
