import { qrPath } from '../../components/pocket/qr-path.ts'

/**
 * What the client needs to know about the hosted site, compiled in as Vite `define`s:
 * - `import.meta.env.DECK_READER_URL`: the hosted reader page (`<site-url><base>handout/`), or '' when
 *   the build has no site URL or no reader page; `<ReaderQr />` and the `q` overlay show nothing then.
 * - `import.meta.env.DECK_READER_QR`: that address as a QR code drawn at build time
 *   (`{ size, d }` of qr-path.ts, JSON), so the title slide carries no QR library.
 * - `import.meta.env.DECK_REMOTE_URL`: the public deck the phone opens to pair as a pocket presenter
 *   (`<remote-url>#/remote?o=…`), or '' for the address the presenter's page is served from.
 */
export interface ReaderLinkOptions {
  readerUrl?: string
  remoteUrl?: string
}

/** Environment variable the export build (a child `slidev build`) reads the reader address from. */
export const READER_URL_ENV = 'DECK_READER_URL'

export function readerLinkDefine({ readerUrl = '', remoteUrl = '' }: ReaderLinkOptions): Record<string, string> {
  const qr = readerUrl ? qrPath(readerUrl, 'M') : undefined
  return {
    'import.meta.env.DECK_READER_URL': JSON.stringify(readerUrl),
    'import.meta.env.DECK_READER_QR': JSON.stringify(qr ? JSON.stringify(qr) : ''),
    'import.meta.env.DECK_REMOTE_URL': JSON.stringify(remoteUrl),
  }
}
