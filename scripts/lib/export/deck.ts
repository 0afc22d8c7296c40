import type { SlideInfo } from '@slidev/types'
import { basename, dirname, resolve } from 'node:path'
import { CliError } from '../cli-error.ts'
import { resolveDeckConfig } from '../deck-checks/deck-config.ts'
import { loadDeck } from '../deck-checks/deck.ts'

/** One slide as the exporter names it in messages: number, title and where it is written. */
export interface ExportSlide {
  no: number
  title: string
  /** Source file relative to the deck root, and the 1-based line the slide starts at. */
  file: string
  line: number
  note: string
}

/** What every format step needs to know about the deck, from Slidev's own parser. */
export interface ExportDeck {
  root: string
  /** Entry file, relative to the root. */
  entry: string
  /** `exportFilename` from the headmatter: every export file is named after it. */
  name: string
  title: string
  author: string | undefined
  slides: ExportSlide[]
  /** Slidev's parsed slides (title, level, notes, frontmatter), as its own writers take them. */
  slideInfos: SlideInfo[]
  canvas: { width: number, height: number }
  /** Font families the headmatter names in `fonts.sans`: each must be loaded, not fallen back from. */
  fontFamilies: string[]
}

/** `slide 3 “Agenda” (pages/01-title.md:14)`: how every exporter message names a slide. */
export function describeSlide(slide: ExportSlide): string {
  return `slide ${slide.no}${slide.title ? ` “${slide.title}”` : ''} (${slide.file}:${slide.line})`
}

export async function loadExportDeck(entryPath: string): Promise<ExportDeck> {
  const abs = resolve(entryPath)
  const root = dirname(abs)
  const deck = await loadDeck(root, basename(abs))
  if (deck.problems.length)
    throw new CliError(`The deck does not parse:\n${deck.problems.map(p => `  ${p.file}:${p.line}: ${p.message}`).join('\n')}`)
  const config = resolveDeckConfig(root, deck.headmatter)
  const fonts = deck.headmatter.fonts as { sans?: unknown } | undefined
  const families = typeof fonts?.sans === 'string' ? fonts.sans.split(',').map(f => f.trim().replace(/^['"]|['"]$/g, '')).filter(Boolean) : []
  return {
    root,
    entry: deck.entry,
    name: config.exportFilename || 'slides-export',
    title: deck.slides[0]?.title || config.title,
    author: typeof deck.headmatter.author === 'string' ? deck.headmatter.author : undefined,
    slides: deck.slides.map(s => ({ no: s.no, title: s.title, file: s.file, line: s.line, note: s.note })),
    slideInfos: deck.data.slides,
    // Slidev's slide element is ceil(width / aspect) CSS px tall (client/env.ts).
    canvas: { width: config.canvasWidth, height: Math.ceil(config.canvasWidth / config.aspectRatio) },
    fontFamilies: [...new Set(families)],
  }
}
