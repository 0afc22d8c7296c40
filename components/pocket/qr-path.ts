import { create } from 'qrcode'

/**
 * A QR code as one SVG path (dark modules, merged into horizontal runs) in a viewBox that includes
 * the 4-module quiet zone decoders need. Shared by the build (the title slide's code is drawn at
 * build time: no QR library in the first view) and the lazily loaded pairing and overlay code.
 */
export interface QrPath {
  /** Modules across, quiet zone included: the viewBox is `0 0 size size`. */
  size: number
  /** `d` of a path filled with the dark colour. */
  d: string
}

const QUIET = 4

export function qrPath(text: string, errorCorrectionLevel: 'L' | 'M' | 'Q' | 'H' = 'M'): QrPath {
  const { modules } = create(text, { errorCorrectionLevel })
  const n = modules.size
  const parts: string[] = []
  for (let y = 0; y < n; y++) {
    let x = 0
    while (x < n) {
      if (!modules.get(y, x)) {
        x++
        continue
      }
      const start = x
      while (x < n && modules.get(y, x))
        x++
      parts.push(`M${start + QUIET} ${y + QUIET}h${x - start}v1h-${x - start}z`)
    }
  }
  return { size: n + 2 * QUIET, d: parts.join('') }
}
