import type { SlidevConfig, SlidevThemeMeta } from '@slidev/types'
import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import { resolveConfig } from '@slidev/parser'
import { load } from '@slidev/parser/fs'
import { markdownToPlainText } from './text.ts'

export interface DeckSlide {
  /** 1-based, as in the URL (`#/3`) and `data-slidev-no`. */
  no: number
  /** The slide's title as Slidev resolves it (frontmatter `title`, else the first heading), as plain text; '' when none. */
  title: string
  /** The raw speaker notes (Markdown), '' when none. */
  note: string
  /** The notes as plain text. */
  notePlain: string
  layout: string | undefined
  /** The Markdown file the slide comes from, for messages. */
  file: string
  /** Heading level of the title (1 for `#`), used by Slidev's PDF outline nesting. */
  level: number | undefined
  hideInToc: boolean
  /** Frontmatter `routeAlias`: the URL shows it instead of the slide number. */
  routeAlias: string | undefined
}

export interface Deck {
  root: string
  slides: DeckSlide[]
  headmatter: Record<string, unknown>
  config: SlidevConfig
}

/** package.json's `slidev` field of the deck's theme, so defaults it sets are part of the resolved config. */
function readThemeMeta(root: string, theme: unknown): SlidevThemeMeta {
  if (typeof theme !== 'string' || theme === 'none')
    return {}
  const candidates = theme.startsWith('.') || isAbsolute(theme)
    ? [resolve(root, theme, 'package.json')]
    : theme.startsWith('@') || theme.startsWith('slidev-theme-')
      ? [join(root, 'node_modules', theme, 'package.json')]
      : [join(root, 'node_modules', '@slidev', `theme-${theme}`, 'package.json'), join(root, 'node_modules', `slidev-theme-${theme}`, 'package.json')]
  const found = candidates.find(existsSync)
  if (!found)
    return {}
  const pkg = JSON.parse(readFileSync(found, 'utf8')) as { slidev?: SlidevThemeMeta }
  return pkg.slidev ?? {}
}

/**
 * The deck as Slidev's own parser sees it (hidden and disabled slides already dropped, `src:`
 * imports followed), so tests derive their expectations from the deck instead of hard-coding them.
 */
export async function loadDeck(root: string, entry = 'slides.md'): Promise<Deck> {
  const data = await load({ roots: [root], userRoot: root, allowedRoots: [root] }, join(root, entry))
  const problems = Object.values(data.markdownFiles).flatMap(md => (md.errors ?? []).map(e => `${md.filepath}:${e.row}: ${e.message}`))
  if (problems.length)
    throw new Error(`The deck does not parse:\n${problems.join('\n')}`)
  const headmatter = data.headmatter as Record<string, unknown>
  return {
    root,
    headmatter,
    config: resolveConfig(headmatter, readThemeMeta(root, headmatter.theme)),
    slides: data.slides.map((slide, i) => ({
      no: i + 1,
      title: slide.title ? markdownToPlainText(slide.title) : '',
      note: slide.note?.trim() ?? '',
      notePlain: slide.note ? markdownToPlainText(slide.note) : '',
      layout: typeof slide.frontmatter.layout === 'string' ? slide.frontmatter.layout : undefined,
      file: slide.source.filepath,
      level: slide.level,
      hideInToc: Boolean(slide.frontmatter.hideInToc),
      routeAlias: typeof slide.frontmatter.routeAlias === 'string' ? slide.frontmatter.routeAlias : undefined,
    })),
  }
}

/** "slide 3 “Agenda” (pages/01-title.md)": how every failure names a slide. */
export function describeSlide(slide: DeckSlide, root: string): string {
  const file = slide.file.startsWith(`${root}/`) ? slide.file.slice(root.length + 1) : slide.file
  return `slide ${slide.no}${slide.title ? ` “${slide.title}”` : ''} (${file})`
}
