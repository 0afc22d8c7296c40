import type { DeckDataSet, SourceRecord } from './data.ts'
import type { DeckSlide } from './deck.ts'
import { SRC_MARKER } from '../notes/split-notes.ts'
import { recordLocation } from './data.ts'
import { describeSlide } from './deck.ts'

/**
 * A lead (an AI-written compilation) points to where evidence may be, and is never evidence
 * itself. A claim may cite a lead beside a real source, but never rest on leads alone: these
 * checks find every data record, `<Cite>` and `[src: …]` group whose sources are all leads.
 */

const WHY = 'a lead (AI-written compilation) is never evidence on its own: add a source of another kind or drop the claim'

/** Ids of the sources graded `lead`. */
export function leadSourceIds(sources: readonly Pick<SourceRecord, 'id' | 'kind'>[]): Set<string> {
  return new Set(sources.filter(s => s.kind === 'lead').map(s => s.id))
}

function allLeads(ids: readonly string[], leads: ReadonlySet<string>): boolean {
  return ids.length > 0 && ids.every(id => leads.has(id))
}

/** Data records (any collection) whose `sources` are all leads; each message starts with the record's file:line. */
export function checkLeadOnlyRecords(data: DeckDataSet): string[] {
  const leads = leadSourceIds(data.sources)
  const errors: string[] = []
  for (const [collection, records] of Object.entries(data.collections)) {
    for (const record of records) {
      const ids = Array.isArray(record.sources) ? record.sources.filter((id): id is string => typeof id === 'string') : []
      if (allLeads(ids, leads))
        errors.push(`${recordLocation(data, record.id) ?? 'data'}: ${collection} ${record.id} rests only on lead sources (${ids.join(', ')}); ${WHY}`)
    }
  }
  return errors
}

/** Ids of one `<Cite ids="a,b" />` or `<Cite :ids="['a', 'b']" />` tag. */
function citeTagIds(tag: string): string[] {
  const plain = /(?:^|\s)ids\s*=\s*"([^"]*)"/.exec(tag)?.[1]
  const bound = /(?:^|\s):ids\s*=\s*"([^"]*)"/.exec(tag)?.[1]
  const ids = plain !== undefined ? plain.split(',') : bound !== undefined ? [...bound.matchAll(/'([^']*)'/g)].map(m => m[1]) : []
  return ids.map(id => id.trim()).filter(Boolean)
}

/** Every citation in a slide's text (body and notes), with the 1-based line inside `raw` it starts on. */
function citationGroups(raw: string): { what: string, ids: string[], line: number }[] {
  const lineAt = (index: number) => raw.slice(0, index).split('\n').length
  const groups: { what: string, ids: string[], line: number }[] = []
  for (const m of raw.matchAll(/<Cite\b[^>]*>/g))
    groups.push({ what: '<Cite>', ids: citeTagIds(m[0]), line: lineAt(m.index) })
  for (const m of raw.matchAll(SRC_MARKER)) {
    const ids = m[1].split(',').map(s => s.trim()).filter(Boolean)
    groups.push({ what: `[src: ${ids.join(', ')}]`, ids, line: lineAt(m.index) })
  }
  return groups.sort((a, b) => a.line - b.line)
}

/**
 * Slide citations (`<Cite>` on the slide, `[src: …]` groups in its notes) whose ids are all
 * leads. Messages start with the file:line of the citation.
 */
export function checkLeadOnlyCitations(slides: readonly DeckSlide[], sources: readonly Pick<SourceRecord, 'id' | 'kind'>[]): string[] {
  const leads = leadSourceIds(sources)
  return slides.flatMap(slide => citationGroups(slide.raw)
    .filter(g => allLeads(g.ids, leads))
    .map(g => `${slide.file}:${slide.line + g.line - 1}: ${g.what} on ${describeSlide(slide)} rests only on lead sources (${g.ids.join(', ')}); ${WHY}`))
}
