import type { QrPath } from '../pocket/qr-path'

/**
 * The hosted reader page as the build compiled it in (scripts/lib/reader-link.ts): '' when the build
 * had no `--site-url` (or no reader page), and then no code is shown anywhere.
 */
export function readerUrl(): string {
  const url: unknown = import.meta.env.DECK_READER_URL
  return typeof url === 'string' ? url : ''
}

/** The reader page's QR code, drawn at build time. */
export function readerQr(): QrPath | undefined {
  const json: unknown = import.meta.env.DECK_READER_QR
  if (typeof json !== 'string' || !json)
    return undefined
  return JSON.parse(json) as QrPath
}

/** The reader page at one slide: its articles are `<article id="slide-N">` (scripts/lib/handout/render.ts). */
export function readerSlideUrl(no: number): string {
  const url = readerUrl()
  return url ? `${url}#slide-${no}` : ''
}

/** The address as people read it under a code: no scheme, no trailing slash. */
export function shortAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '')
}
