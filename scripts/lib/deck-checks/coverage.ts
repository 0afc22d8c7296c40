import type { AnyRecord, DeckDataSet } from './data.ts'
import type { TextFile } from './deck-files.ts'
import { compareIsoDates, isValidIsoDate } from '../../../data/schema.ts'
import { recordLocation } from './data.ts'

const AS_OF = /\bas of (\d{1,2} [A-Z][a-z]{2} \d{4}|\d{4}-\d{2}-\d{2})/g
/** `as-of="2026-10-07"` (or `asOf`, bound or not) on a component in a slide. */
const AS_OF_ATTRIBUTE = /(?:^|[\s<]):?(?:as-of|asOf)\s*=\s*["']'?(\d{4}-\d{2}(?:-\d{2})?)'?["']/g
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function toIso(text: string): string {
  if (/^\d{4}-/.test(text))
    return text
  const [d, m, y] = text.split(' ')
  return `${y}-${String(MONTHS.indexOf(m) + 1).padStart(2, '0')}-${d.padStart(2, '0')}`
}

function headmatterLine(entryText: string, key: string): number {
  const i = entryText.split('\n').findIndex(l => new RegExp(`^\\s*${key}:`).test(l))
  return i + 1
}

/**
 * A record counts towards coverage when it is not flagged ❓ (`unconfirmed`) and at least one of
 * its sources is more than a lead: the same rule as data/derive.ts coverageEnd().
 */
export function isConfirmedRecord(record: AnyRecord, kinds: ReadonlyMap<string, unknown>): boolean {
  if (record.unconfirmed === true || !Array.isArray(record.sources))
    return false
  return record.sources.some(id => typeof id === 'string' && kinds.has(id) && kinds.get(id) !== 'lead')
}

/** The newest confirmed record of the data (by its end date when it has one). */
export function newestConfirmed(data: DeckDataSet): { id: string, date: string } | undefined {
  const kinds = new Map<string, unknown>(data.sources.map(s => [s.id, s.kind]))
  let newest: { id: string, date: string } | undefined
  for (const records of Object.values(data.collections)) {
    for (const r of records) {
      const date = typeof r.endDate === 'string' ? r.endDate : r.date
      if (!isValidIsoDate(date) || !isConfirmedRecord(r, kinds))
        continue
      // Plain string order: a month (`2026-03`) counts as later than any day of the month before.
      if (!newest || date > newest.date)
        newest = { id: r.id, date }
    }
  }
  return newest
}

/** `as-of` attributes on slides (pages/*.md and the entry) later than the data reaches. */
function slideAsOfProblems(files: readonly TextFile[], entry: string, newest: string): string[] {
  const errors: string[] = []
  for (const file of files) {
    if (!(file.path === entry || (file.path.startsWith('pages/') && file.path.endsWith('.md'))))
      continue
    file.text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(AS_OF_ATTRIBUTE)) {
        if (compareIsoDates(m[1], newest) > 0)
          errors.push(`${file.path}:${i + 1}: as-of="${m[1]}" is later than the newest confirmed record (${newest}); the sources do not reach that date`)
      }
    })
  }
  return errors
}

/**
 * The deck says what period its sources cover, and the data must agree: headmatter
 * `coverage.to` is the newest confirmed record's date (not ❓, resting on more than leads; the
 * title page shows that computed date). No record may be dated after it; no "as of" in the
 * headmatter and no `as-of` attribute on a slide may claim a later date; `briefingDate` is set
 * and not earlier than the coverage end. `files` are the deck's text files (for the slides).
 */
export function checkCoverage(
  data: DeckDataSet,
  headmatter: Record<string, unknown>,
  entry: string,
  entryText: string,
  files: readonly TextFile[] = [],
): string[] {
  const coverage = headmatter.coverage as { from?: unknown, to?: unknown } | undefined
  const toLine = `${entry}:${headmatterLine(entryText, 'coverage') || 1}`
  if (!coverage || !isValidIsoDate(coverage.to) || !isValidIsoDate(coverage.from))
    return [`${toLine}: headmatter needs coverage: { from: YYYY-MM(-DD), to: YYYY-MM-DD } stating the period the sources cover`]
  const end = coverage.to
  const errors: string[] = []
  for (const [collection, records] of Object.entries(data.collections)) {
    for (const r of records) {
      const date = (typeof r.endDate === 'string' ? r.endDate : r.date)
      if (isValidIsoDate(date) && compareIsoDates(date, end) > 0)
        errors.push(`${recordLocation(data, r.id) ?? 'data'}: ${collection} ${r.id} is dated ${date}, after the deck's stated coverage end ${end} (${toLine})`)
    }
  }
  const newest = newestConfirmed(data)
  if (newest && end !== newest.date && compareIsoDates(end, newest.date) > 0)
    errors.push(`${toLine}: coverage.to ${end} is later than the newest confirmed record (${newest.id}, ${newest.date}); the sources do not reach that date`)
  if (newest && end !== newest.date && compareIsoDates(end, newest.date) < 0)
    errors.push(`${toLine}: coverage.to ${end} is earlier than the newest confirmed record (${newest.id}, ${newest.date})`)

  const briefing = headmatter.briefingDate
  const briefingLine = headmatterLine(entryText, 'briefingDate')
  if (typeof briefing !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(briefing) || !isValidIsoDate(briefing))
    errors.push(`${entry}:${briefingLine || 1}: headmatter needs briefingDate: 'YYYY-MM-DD', the day the briefing is given (found ${JSON.stringify(briefing)})`)
  else if (compareIsoDates(briefing, end) < 0)
    errors.push(`${entry}:${briefingLine}: briefingDate ${briefing} is earlier than coverage.to ${end}: a briefing cannot cite sources from after the day it is given`)

  const newestDate = newest?.date ?? end
  for (const key of Object.keys(headmatter)) {
    const value = headmatter[key]
    if (typeof value !== 'string')
      continue
    for (const m of value.matchAll(AS_OF)) {
      const iso = toIso(m[1])
      if (compareIsoDates(iso, newestDate) > 0)
        errors.push(`${entry}:${headmatterLine(entryText, key)}: headmatter ${key} says "as of ${m[1]}", later than the newest confirmed record (${newestDate})`)
    }
  }
  errors.push(...slideAsOfProblems(files, entry, newestDate))
  return errors
}
