import type { DeckDataSet } from './data.ts'
import { compareIsoDates, isValidIsoDate } from '../../../data/schema.ts'
import { recordLocation } from './data.ts'

const AS_OF = /\bas of (\d{1,2} [A-Z][a-z]{2} \d{4}|\d{4}-\d{2}-\d{2})/g
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
 * The deck says what period its sources cover, and the data must agree: headmatter
 * `coverage.to` is the newest sourced record's date (the title page shows that computed date).
 * No record may be dated after it, and no "as of" in the headmatter may claim a later date.
 */
export function checkCoverage(data: DeckDataSet, headmatter: Record<string, unknown>, entry: string, entryText: string): string[] {
  const coverage = headmatter.coverage as { from?: unknown, to?: unknown } | undefined
  const toLine = `${entry}:${headmatterLine(entryText, 'coverage') || 1}`
  if (!coverage || !isValidIsoDate(coverage.to) || !isValidIsoDate(coverage.from))
    return [`${toLine}: headmatter needs coverage: { from: YYYY-MM(-DD), to: YYYY-MM-DD } stating the period the sources cover`]
  const end = coverage.to
  const errors: string[] = []
  let newest: { id: string, date: string } | undefined
  for (const [collection, records] of Object.entries(data.collections)) {
    for (const r of records) {
      const date = (typeof r.endDate === 'string' ? r.endDate : r.date)
      if (!isValidIsoDate(date))
        continue
      if (compareIsoDates(date, end) > 0)
        errors.push(`${recordLocation(data, r.id) ?? 'data'}: ${collection} ${r.id} is dated ${date}, after the deck's stated coverage end ${end} (${toLine})`)
      // Plain string order: a month (`2026-03`) counts as later than any day of the month before.
      if (!newest || date > newest.date)
        newest = { id: r.id, date }
    }
  }
  if (newest && end !== newest.date && compareIsoDates(end, newest.date) > 0)
    errors.push(`${toLine}: coverage.to ${end} is later than the newest sourced record (${newest.id}, ${newest.date}); the sources do not reach that date`)
  if (newest && end !== newest.date && compareIsoDates(end, newest.date) < 0)
    errors.push(`${toLine}: coverage.to ${end} is earlier than the newest sourced record (${newest.id}, ${newest.date})`)
  for (const key of Object.keys(headmatter)) {
    const value = headmatter[key]
    if (typeof value !== 'string')
      continue
    for (const m of value.matchAll(AS_OF)) {
      const iso = toIso(m[1])
      if (newest && compareIsoDates(iso, newest.date) > 0)
        errors.push(`${entry}:${headmatterLine(entryText, key)}: headmatter ${key} says "as of ${m[1]}", later than the newest sourced record (${newest.date})`)
    }
  }
  return errors
}
