import type { SourceKind } from '../../../data/schema.ts'
import type { SourceRecord } from '../deck-checks/data.ts'
import type { DeckSlide, LoadedDeck } from '../deck-checks/deck.ts'
import type { CapturedSlide } from './capture.ts'
import MarkdownIt from 'markdown-it'
import { appendixOrder } from '../../../data/citations.ts'
import { formatDate } from '../../../data/format.ts'
import { isValidIsoDate } from '../../../data/schema.ts'
import { SOURCE_KIND_LABELS } from '../../../data/source-kinds.ts'
import { CliError } from '../cli-error.ts'
import { splitNote, SRC_MARKER } from '../notes/split-notes.ts'

/** One full reference under a slide. */
export interface HandoutReference {
  /** The source's number in the deck's sources list (what `<Cite>` shows). */
  n: number
  id: string
  outlet: string
  title: string
  /** `12 Apr 2025`, `Apr 2025`, `2025` or `n.d.`. */
  date: string
  url: string
  note?: string
  /** What kind of source it is, as the sources slides label it (data/source-kinds.ts); absent if ungraded. */
  kind?: SourceKind
  kindLabel?: string
}

export interface HandoutSlide {
  no: number
  title: string
  /** The part the slide belongs to (`Part 2 · The 2025 rounds`), '' before the first part. */
  part: string
  /** Frontmatter `section`. */
  section: string
  appendix: boolean
  /** Picture file name under `slides/`. */
  image: string
  /** Commentary (presenter-only lines removed) as HTML; `[src: …]` became numbered links to the references. */
  commentaryHtml: string
  /** Commentary as plain text, for tests and search. */
  commentaryText: string
  /** Text versions of the slide's diagrams, charts and maps (printed as "Text version:" under the picture). */
  descriptions: string[]
  references: HandoutReference[]
}

export interface HandoutModel {
  title: string
  subtitle: string
  period: string
  coverageDate: string
  slides: HandoutSlide[]
}

/** Raised for deck input the handout cannot be made from; the message names the file. */
export class HandoutInputError extends CliError {}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** The deck's own date style (data/format.ts): `2025-04-12` → `12 Apr 2025`. */
export function formatSourceDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso)
  if (!m)
    return iso
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : ''
  return [m[3] ? String(Number(m[3])) : '', month, m[1]].filter(Boolean).join(' ')
}

function headmatterText(value: unknown): string {
  if (value instanceof Date)
    return `${value.getUTCDate()} ${MONTHS[value.getUTCMonth()]} ${value.getUTCFullYear()}`
  return typeof value === 'string' ? value.trim() : ''
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Anchor of a reference entry: unique per slide, so the same source under two slides links to its own entry. */
export function referenceAnchor(no: number, id: string): string {
  return `s${no}-ref-${id}`
}

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false })

/**
 * Commentary Markdown to HTML. `[src: a, b]` becomes `[n, m]` linking to the slide's reference
 * entries; inline HTML in notes is shown as text (html: false), never executed.
 */
function commentaryToHtml(commentary: string, no: number, numberOf: (id: string) => number): string {
  const placeholders: string[] = []
  const withMarkers = commentary.replace(SRC_MARKER, (_all, list: string) => {
    const ids = list.split(',').map(s => s.trim()).filter(Boolean).sort((a, b) => numberOf(a) - numberOf(b))
    const links = ids.map(id => `<a class="ref" href="#${referenceAnchor(no, id)}">${numberOf(id)}</a>`).join(',&#8201;')
    placeholders.push(`<span class="cite">[${links}]</span>`)
    return `@@CITE${placeholders.length - 1}@@`
  })
  return markdown.render(withMarkers).replace(/@@CITE(\d+)@@/g, (_all, i: string) => placeholders[Number(i)])
}

function commentaryToText(commentary: string, numberOf: (id: string) => number): string {
  return commentary
    .replace(SRC_MARKER, (_all, list: string) => `[${list.split(',').map(s => s.trim()).filter(Boolean).map(numberOf).sort((a, b) => a - b).join(', ')}]`)
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The handout's content, from the deck's sources (titles, notes, frontmatter), its source list
 * and what the rendered slides cite. A slide's references are the `<Cite>` ids on the slide
 * together with the `[src: …]` ids in its commentary, in source-list order.
 */
export function buildHandoutModel(deck: LoadedDeck, sources: readonly SourceRecord[], captured: readonly CapturedSlide[]): HandoutModel {
  // Numbered as the sources slides number them (alphabetically by outlet: data/citations.ts).
  const ordered = appendixOrder(sources)
  const index = new Map(ordered.map((s, i) => [s.id, i]))
  const entry = deck.entry
  const numberOf = (slide: DeckSlide) => (id: string): number => {
    const i = index.get(id)
    if (i === undefined)
      throw new HandoutInputError(`${describe(slide)} cites “${id}”, which is not in data/sources.ts`)
    return i + 1
  }
  const title = headmatterText(deck.headmatter.title)
  // `coverage.to` is held to the newest sourced record by `npm run check`, as on the title slide.
  const coverage = deck.headmatter.coverage as { from?: unknown, to?: unknown } | undefined
  if (!title || !isValidIsoDate(coverage?.from) || !isValidIsoDate(coverage?.to))
    throw new HandoutInputError(`${entry}: the handout's cover needs a title and coverage: { from, to } (ISO dates) in the headmatter`)
  const period = `${formatDate(coverage.from.slice(0, 7))} – ${formatDate(coverage.to.slice(0, 7))}`
  const coverageDate = formatDate(coverage.to)
  const byNo = new Map(captured.map(c => [c.no, c]))
  let part = ''
  const slides = deck.slides.map((slide): HandoutSlide => {
    const shot = byNo.get(slide.no)
    if (!shot)
      throw new Error(`${describe(slide)} was not captured from the deck's print view`)
    const fm = slide.frontmatter
    if (typeof fm.part === 'string' && fm.part.trim())
      part = [fm.part.trim(), typeof fm.section === 'string' ? fm.section : slide.title].filter(Boolean).join(' · ')
    const appendix = fm.appendix === true
    const note = splitNote(slide.note)
    const num = numberOf(slide)
    const ids = [...new Set([...shot.citedIds, ...note.sourceIds])].sort((a, b) => num(a) - num(b))
    const references = ids.map((id): HandoutReference => {
      const s = ordered[num(id) - 1] as SourceRecord & { title?: string, date?: string, note?: string, undated?: boolean }
      return {
        n: num(id),
        id,
        outlet: String(s.outlet),
        title: String(s.title ?? ''),
        date: s.undated || !s.date ? 'n.d.' : formatSourceDate(String(s.date)),
        url: String(s.url),
        note: s.note,
        ...(s.kind ? { kind: s.kind, kindLabel: SOURCE_KIND_LABELS[s.kind] } : {}),
      }
    })
    return {
      no: slide.no,
      title: slide.title || `Slide ${slide.no}`,
      part: appendix ? 'Appendix' : part,
      section: typeof fm.section === 'string' ? fm.section : '',
      appendix,
      image: shot.image,
      commentaryHtml: commentaryToHtml(note.commentary, slide.no, num),
      commentaryText: commentaryToText(note.commentary, num),
      descriptions: shot.descriptions ?? [],
      references,
    }
  })
  const info = typeof deck.headmatter.info === 'string' ? deck.headmatter.info.replace(/\s+/g, ' ').trim() : ''
  return { title, subtitle: info, period, coverageDate, slides }
}

function describe(slide: DeckSlide): string {
  return `slide ${slide.no}${slide.title ? ` “${slide.title}”` : ''} (${slide.file}:${slide.line})`
}

export { escapeHtml }
