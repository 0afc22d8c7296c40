import type { TextFile } from './deck-files.ts'
import type { DeckSlide } from './deck.ts'
import { normalizeText } from '../text-normalize.ts'
import { describeSlide } from './deck.ts'

/** Case, spacing and typographic variants must not hide a phrase. */
function normalize(text: string): string {
  return normalizeText(text).toLowerCase()
}

/**
 * None of the seed article's SEO spam lines appears anywhere in the deck's files (slides,
 * notes, components, data). Matching is per line, ignoring case and spacing.
 */
export function checkSpam(files: readonly TextFile[], phrases: readonly string[]): string[] {
  const wanted = phrases.map(p => ({ phrase: p, key: normalize(p) })).filter(p => p.key)
  const errors: string[] = []
  for (const file of files) {
    file.text.split(/\r?\n/).forEach((line, i) => {
      const text = normalize(line)
      for (const { phrase, key } of wanted) {
        if (text.includes(key))
          errors.push(`${file.path}:${i + 1}: contains the seed's SEO spam line “${phrase}”`)
      }
    })
  }
  return errors
}

const URL_PATTERN = /\bhttps?:\/\/[^\s"'`<>)\]}]+/gi
/** XML namespace names look like addresses but are never fetched (e.g. an SVG's xmlns). */
const NAMESPACE = /\bxmlns(?::[\w-]+)?\s*=\s*["']$/

/** The source lists: data/sources.ts and its parts (sources-2026-h2.ts, sources-charts.ts…). */
export const SOURCES_FILES = /^data\/sources(?:-[\w-]+)?\.ts$/

/** In a source list, `https://host/path-${n}` builds addresses: its fixed part must begin one. */
function isAllowedSourceUrl(url: string, allowed: ReadonlySet<string>): boolean {
  if (allowed.has(url))
    return true
  const template = url.indexOf('${')
  if (template < 0)
    return false
  const prefix = url.slice(0, template)
  return [...allowed].some(a => a.startsWith(prefix))
}

/**
 * No remote address in the deck's files: the deck must work offline. The only place an
 * address may appear is a source list (`sourcesFiles`), and there only as a source's `url`
 * (shown as text).
 */
export function checkRemoteUrls(files: readonly TextFile[], sourceUrls: readonly string[], sourcesFiles: string | RegExp = SOURCES_FILES): string[] {
  const allowed = new Set(sourceUrls)
  const isSourcesFile = (path: string) => typeof sourcesFiles === 'string' ? path === sourcesFiles : sourcesFiles.test(path)
  const errors: string[] = []
  for (const file of files) {
    file.text.split(/\r?\n/).forEach((line, i) => {
      for (const m of line.matchAll(URL_PATTERN)) {
        const url = m[0]
        if (NAMESPACE.test(line.slice(0, m.index)))
          continue
        if (isSourcesFile(file.path)) {
          if (!isAllowedSourceUrl(url, allowed))
            errors.push(`${file.path}:${i + 1}: ${url} is not the address of a source`)
        }
        else {
          errors.push(`${file.path}:${i + 1}: remote URL ${url} (addresses belong only in data/sources*.ts, as a source's url)`)
        }
      }
    })
  }
  return errors
}

/** Source ids a slide cites with `<Cite ids="a,b" />` or `<Cite :ids="['a', 'b']" />`. */
export function citedIds(slide: DeckSlide): string[] {
  const ids: string[] = []
  for (const tag of slide.raw.matchAll(/<Cite\b[^>]*>/g)) {
    const plain = /(?:^|\s)ids\s*=\s*"([^"]*)"/.exec(tag[0])
    if (plain)
      ids.push(...plain[1].split(','))
    const bound = /(?:^|\s):ids\s*=\s*"([^"]*)"/.exec(tag[0])
    if (bound)
      ids.push(...[...bound[1].matchAll(/'([^']*)'/g)].map(q => q[1]))
  }
  return ids.map(id => id.trim()).filter(Boolean)
}

/** Every source id a slide cites exists; each message names the slide and the id. */
export function checkSlideCitations(slides: readonly DeckSlide[], sourceIds: readonly string[]): string[] {
  const known = new Set(sourceIds)
  return slides.flatMap(slide => citedIds(slide)
    .filter(id => !known.has(id))
    .map(id => `${describeSlide(slide)}: <Cite> names unknown source id "${id}"`))
}
