import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { collapseWhitespace } from './text-normalize.ts'

/**
 * Finding speaker notes in a built site. Notes reach the bundle rendered to HTML and embedded in
 * JS strings, where quotes, dashes and line breaks may be escaped (`&quot;`, `\u2014`, `\n`); runs
 * of plain ASCII words survive all of that unchanged, so those are what is searched for.
 */

/** Where text shown on the slides comes from, besides the slides' own Markdown. */
const VISIBLE_SOURCES = ['components', 'data', 'layouts', 'setup', 'styles', 'public', 'global-top.vue', 'global-bottom.vue', 'slide-top.vue', 'slide-bottom.vue']

function readTree(path: string, into: string[]): void {
  if (!existsSync(path))
    return
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) {
      if (name !== 'node_modules' && !name.startsWith('.'))
        readTree(join(path, name), into)
    }
    return
  }
  into.push(readFileSync(path, 'latin1'))
}

/**
 * Everything the audience may legitimately see, as one whitespace-normalized string: the slides'
 * Markdown without notes, plus the components, data and layouts they render. A note sentence
 * that also appears here proves nothing when found in the site, so it is never used as a probe.
 */
export function visibleDeckText(root: string, slideContents: string[]): string {
  const parts = [...slideContents]
  for (const source of VISIBLE_SOURCES)
    readTree(join(root, source), parts)
  return collapseWhitespace(parts.join('\n'))
}

export interface NoteProbe {
  /** 1-based slide number. */
  slide: number
  /** A run of ≥ minLength plain characters from that slide's notes. */
  text: string
}

/**
 * Up to `max` distinctive snippets of one slide's notes: runs of ASCII letters, digits and
 * spaces within a line, at least `minLength` long and four words, not found in `visibleText`;
 * the longest first.
 */
export function noteSnippets(note: string, visibleText: string, { minLength = 20, max = 3 } = {}): string[] {
  const cleaned = note
    .replace(/\[click(?::\d+)?\]/gi, ' ')
    .replace(/\]\([^)]*\)/g, '] ')
    .replace(/<[^>]+>/g, ' ')
  const pieces = new Set<string>()
  for (const line of cleaned.split('\n')) {
    for (const raw of line.split(/[^A-Z0-9 ]+/i)) {
      const piece = raw.trim().replace(/ {2,}/g, ' ')
      if (piece.length >= minLength && piece.split(/ +/).length >= 4 && !visibleText.includes(piece))
        pieces.add(piece)
    }
  }
  return [...pieces].sort((a, b) => b.length - a.length).slice(0, max)
}

/** Probes for every slide's notes (slides without notes contribute none). */
export function noteProbes(notes: readonly string[], visibleText: string, options?: { minLength?: number, max?: number }): NoteProbe[] {
  return notes.flatMap((note, i) => noteSnippets(note, visibleText, options).map(text => ({ slide: i + 1, text })))
}

export interface NoteLeak extends NoteProbe {
  /** File (relative to the scanned directory) that contains the snippet. */
  file: string
}

/** Every file under `dir` (binary ones too, read byte for byte) that contains a probe. */
export function findNoteLeaks(dir: string, probes: readonly NoteProbe[]): NoteLeak[] {
  const leaks: NoteLeak[] = []
  const visit = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path))
        visit(join(path, name))
      return
    }
    const content = readFileSync(path, 'latin1')
    for (const probe of probes) {
      if (content.includes(probe.text))
        leaks.push({ ...probe, file: relative(dir, path) })
    }
  }
  visit(dir)
  return leaks
}
