import { Buffer } from 'node:buffer'
import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { pngInkRatio } from '../../scripts/lib/export/png-ink.ts'

/** A minimal RGB PNG (CRCs left zero: the reader does not check them), each row with the given filter. */
function png(width: number, height: number, pixel: (x: number, y: number) => [number, number, number], filter = 0): Buffer {
  const rows: number[] = []
  let previous = Array.from<number>({ length: width * 3 }).fill(0)
  for (let y = 0; y < height; y++) {
    const row = Array.from({ length: width }, (_, x) => pixel(x, y)).flat()
    // Filter 2 (Up): each byte minus the byte above; exercises the reader's unfiltering.
    rows.push(filter, ...(filter === 2 ? row.map((v, i) => (v - previous[i] + 256) & 0xFF) : row))
    previous = row
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

describe('pngInkRatio: the exporter\'s blank-image check', () => {
  it('is 0 for a single-colour image', () => {
    expect(pngInkRatio(png(64, 36, () => [255, 255, 255]))).toBe(0)
  })

  it('sees a dark title bar on white, whichever row filter the encoder used', () => {
    const slide = (x: number, y: number): [number, number, number] => (y >= 4 && y < 12 && x >= 4 && x < 40 ? [20, 20, 30] : [255, 255, 255])
    for (const filter of [0, 2]) {
      const ratio = pngInkRatio(png(64, 36, slide, filter))
      expect(ratio).toBeGreaterThan(0.05)
      expect(ratio).toBeLessThan(0.5)
    }
  })
})
