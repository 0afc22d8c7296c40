import type { ExportDeck } from './deck.ts'
import type { Finding } from './problems.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describeSlide } from './deck.ts'

/** A remote address the rendered deck asked for, and where the deck names it. */
export interface RemoteAsset {
  url: string
  /** The slide whose source names the address; undefined when no slide does (a theme's or Slidev's own request). */
  slide?: number
  /** The line naming it (`slides.md:3`), or what asked for it. */
  at: string
  /** The slide and line, as a warning names them. */
  where: string
}

/** Web fonts Slidev links from the headmatter's `fonts` (provider: google by default). */
/** Slidev's default `favicon`, on a CDN. */
const SLIDEV_FAVICON = /^https:\/\/cdn\.jsdelivr\.net\/gh\/slidevjs\/slidev\/assets\/favicon/
const WEB_FONTS = /^https:\/\/fonts\.(?:googleapis|gstatic)\.com\//

/**
 * Finds each address in the deck's sources: the slide whose lines name it (frontmatter
 * `background:`, `<img src>`, `![](…)`), so a warning points at the line to change. A redirect's
 * target or a theme's own asset is named in no slide and is reported as the deck's.
 */
export function locateRemoteAssets(deck: ExportDeck, urls: readonly string[]): RemoteAsset[] {
  const files = new Map<string, string[]>()
  const lines = (file: string): string[] => {
    if (!files.has(file))
      files.set(file, readFileSync(join(deck.root, file), 'utf8').split(/\r?\n/))
    return files.get(file)!
  }
  const bySlideStart = [...deck.slides].sort((a, b) => a.line - b.line)
  return urls.map((url) => {
    if (WEB_FONTS.test(url))
      return { url, at: `${deck.entry}:1, the headmatter's fonts (fonts.provider: none and self-hosted fonts avoid it)`, where: `the headmatter (${deck.entry}:1, fonts)` }
    if (SLIDEV_FAVICON.test(url))
      return { url, at: `${deck.entry}:1, the headmatter's favicon (Slidev's default is on a CDN)`, where: `the headmatter (${deck.entry}:1, favicon)` }
    const bare = url.replace(/\/$/, '')
    for (const file of new Set(deck.slides.map(s => s.file))) {
      const index = lines(file).findIndex(line => line.includes(bare))
      if (index < 0)
        continue
      const owner = bySlideStart.filter(s => s.file === file && s.line <= index + 1).at(-1)
      if (owner)
        return { url, slide: owner.no, at: `${file}:${index + 1}`, where: `${describeSlide(owner)} at ${file}:${index + 1}` }
    }
    return { url, at: 'named in no slide: a theme or component asked for it', where: 'the deck (no slide names it: a theme or component)' }
  })
}

/** One line per asset: what the export left out and where to change it. */
export function remoteAssetMessage(asset: RemoteAsset): string {
  return `${asset.where} loads the remote asset ${asset.url}: the export does not fetch from the network, so every format goes without it`
}

/** The same, as findings that stop the export (--strict). */
export function remoteAssetFindings(assets: readonly RemoteAsset[]): Finding[] {
  return assets.map(asset => ({ no: asset.slide ?? 0, message: `loads the remote asset ${asset.url} (${asset.at}); the export does not fetch from the network` }))
}

/**
 * Console errors that only say a blocked remote script never arrived: Slidev's own embeds (Tweet,
 * BlueSky in @slidev/client/builtin) retry their widget script and then log this. The blocked
 * address is already reported as a remote asset, so the line is not a second problem.
 */
const EMBED_FAILURES: readonly { script: RegExp, console: RegExp }[] = [
  { script: /^https:\/\/platform\.twitter\.com\/widgets\.js/, console: /^Failed to load Twitter widget/ },
  { script: /^https:\/\/embed\.bsky\.app\/static\/embed\.js/, console: /^Failed to load Bluesky embed widget/ },
]

export function isBlockedEmbedFailure(consoleText: string, remoteRequests: readonly string[]): boolean {
  return EMBED_FAILURES.some(e => e.console.test(consoleText) && remoteRequests.some(url => e.script.test(url)))
}
