import type { LoadedSlidevData } from '@slidev/parser/fs'
import type { SourceSlideInfo } from '@slidev/types'
import { existsSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

/** One slide of the presentation as the checks see it, with where it was written. */
export interface DeckSlide {
  /** 1-based position in the presentation (the number in the URL and the footer). */
  no: number
  /** Frontmatter `title`, else the first heading, as plain text; '' when the slide has neither. */
  title: string
  /** File the slide is written in, relative to the deck root. */
  file: string
  /** 1-based line in `file` where the slide starts. */
  line: number
  /** The slide's own text in `file`: frontmatter, body and notes. */
  raw: string
  /** Body without frontmatter and notes. */
  content: string
  /** Speaker notes, trimmed; '' when none. */
  note: string
  /** Effective frontmatter: the importing slide's keys merged over the page's own. */
  frontmatter: Record<string, unknown>
  /** The `src:` import in the entry file this slide came through, if any. */
  importedVia?: SrcImport
  /** Frontmatter `layout`, if set. */
  layout: string | undefined
  /** Heading level of the title (1 for `#`), used by Slidev's PDF outline nesting. */
  level: number | undefined
  hideInToc: boolean
  /** Frontmatter `routeAlias`: the URL shows it instead of the slide number. */
  routeAlias: string | undefined
}

/** A frontmatter-only slide of the entry file that pulls in another file with `src:`. */
export interface SrcImport {
  /** The `src:` value as written, e.g. `./pages/03-rounds.md`. */
  src: string
  /** Resolved target, relative to the deck root (before any `#range`). */
  target: string
  /** Entry file and 1-based line of the `src:` key. */
  file: string
  line: number
}

/** A problem Slidev's parser recorded instead of throwing (missing import, bad range, cycle…). */
export interface ParseProblem {
  file: string
  line: number
  message: string
}

export interface LoadedDeck {
  root: string
  /** Entry file, relative to the root. */
  entry: string
  slides: DeckSlide[]
  headmatter: Record<string, unknown>
  /** The entry file's `src:` imports, in the order written. */
  imports: SrcImport[]
  problems: ParseProblem[]
  data: LoadedSlidevData
}

function toRelative(root: string, file: string): string {
  return relative(root, file).split('\\').join('/')
}

/** Plain text of a title: headings may carry emphasis, code or inline HTML. */
function plainTitle(title: string | undefined): string {
  return (title ?? '').replace(/<[^>]+>/g, '').replace(/[*_`~]/g, '').replace(/\s+/g, ' ').trim()
}

/** 1-based line of the `src:` key inside a slide's frontmatter, for messages that point at it. */
function srcLine(slide: SourceSlideInfo): number {
  const offset = slide.raw.split(/\r?\n/).findIndex(l => /^src\s*:/.test(l.trim()))
  return slide.start + 1 + Math.max(offset, 0)
}

function importOf(root: string, slide: SourceSlideInfo): SrcImport | undefined {
  const src: unknown = slide.frontmatter.src
  if (typeof src !== 'string')
    return undefined
  const path = src.split('#')[0]
  // Same resolution rule as @slidev/parser's load(): a leading "/" means the deck root.
  const target = path.startsWith('/') ? resolve(root, path.slice(1)) : resolve(dirname(slide.filepath), path)
  return { src, target: toRelative(root, target), file: toRelative(root, slide.filepath), line: srcLine(slide) }
}

/**
 * Loads a deck with Slidev's own parser, following `src:` imports exactly as `slidev build`
 * does, and keeps the problems the parser records (it does not throw for them: a missing
 * `src:` file only leaves an entry in `markdownFiles[…].errors` and drops its slides).
 */
export async function loadDeck(root: string, entry = 'slides.md'): Promise<LoadedDeck> {
  const absRoot = resolve(root)
  const entryPath = resolve(absRoot, entry)
  if (!existsSync(entryPath))
    throw new Error(`Deck entry ${entryPath} does not exist`)
  const data = await load({ roots: [absRoot], userRoot: absRoot, allowedRoots: [absRoot] }, entryPath)

  const imports = data.entry.slides.map(s => importOf(absRoot, s)).filter((i): i is SrcImport => i !== undefined)

  const problems: ParseProblem[] = Object.values(data.markdownFiles).flatMap(md =>
    (md.errors ?? []).map((e) => {
      const slide = md.slides.find(s => s.start === e.row)
      const line = slide && typeof slide.frontmatter.src === 'string' ? srcLine(slide) : e.row + 1
      return { file: toRelative(absRoot, md.filepath), line, message: e.message }
    }))

  const slides: DeckSlide[] = data.slides.map((s, i) => {
    const importer = s.importChain?.[0]
    return {
      no: i + 1,
      title: plainTitle(s.title),
      file: toRelative(absRoot, s.source.filepath),
      line: s.source.start + 1,
      raw: s.source.raw,
      content: s.content,
      note: (s.note ?? '').trim(),
      frontmatter: { ...s.frontmatter },
      importedVia: importer ? importOf(absRoot, importer) : undefined,
      layout: typeof s.frontmatter.layout === 'string' ? s.frontmatter.layout : undefined,
      level: s.level,
      hideInToc: Boolean(s.frontmatter.hideInToc),
      routeAlias: typeof s.frontmatter.routeAlias === 'string' ? s.frontmatter.routeAlias : undefined,
    }
  })

  return {
    root: absRoot,
    entry: toRelative(absRoot, entryPath),
    slides,
    headmatter: { ...data.headmatter },
    imports,
    problems,
    data,
  }
}

/** `slide 3 “Agenda” (pages/01-title.md:14)`: how every message names a slide. */
export function describeSlide(slide: DeckSlide): string {
  return `slide ${slide.no}${slide.title ? ` “${slide.title}”` : ''} (${slide.file}:${slide.line})`
}
