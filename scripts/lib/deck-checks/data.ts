import { compareIsoDates, isValidIsoDate } from './iso-date.ts'

/** A cited page, as data/sources.ts lists it. */
export interface SourceRecord {
  id: string
  outlet: string
  title: string
  date: string
  url: string
}

/** Any record that states a fact: it has an id and rests on sources (by id). */
export interface SourcedRecord {
  id: string
  sources: readonly string[]
}

export interface DeckDataSet {
  sources: readonly SourceRecord[]
  /** Record collections by name (the export name in data/, e.g. `rounds`). */
  collections: Readonly<Record<string, readonly SourcedRecord[]>>
}

export interface CollectionRule {
  /** Fields that must be present and non-empty (strings non-blank, lists non-empty). */
  required: readonly string[]
  /**
   * `numbered`: ordered by `number` (1, 2, 3…) with dates rising with it, like the rounds.
   * `chronological`: dates never go backwards in list order.
   */
  order?: 'numbered' | 'chronological'
  /** For chronological collections with eras (timeline): the eras in the order they must come. */
  eras?: readonly string[]
}

/**
 * What each collection of data/ must carry (the non-optional fields of data/types.ts). A
 * collection with no rule of its own is a "claim": it still needs an id and sources.
 */
export const DATA_RULES: Readonly<Record<string, CollectionRule>> = {
  rounds: { required: ['id', 'number', 'date', 'city', 'venue', 'status', 'mediator', 'usLead', 'iranLead', 'format', 'outcome', 'sources'], order: 'numbered' },
  proposals: { required: ['id', 'side', 'date', 'title', 'reportedBy', 'gives', 'gets', 'status', 'confirmed', 'sources'] },
  players: { required: ['id', 'name', 'role', 'side', 'stance', 'sources'] },
  timeline: { required: ['id', 'date', 'label', 'era', 'sources'], order: 'chronological', eras: ['history', '2025', 'epilogue'] },
  enrichmentLevels: { required: ['id', 'percent', 'label', 'meaning', 'sources'] },
  stockpile: { required: ['id', 'date', 'kg60', 'sources'], order: 'chronological' },
  benchmarks: { required: ['id', 'label', 'kg', 'note', 'sources'] },
  jcpoaLimits: { required: ['id', 'label', 'limit', 'in2025', 'sources'] },
  economy: { required: ['id', 'label', 'value', 'detail', 'sources'] },
  frozenAssets: { required: ['id', 'label', 'low', 'high', 'unit', 'attribution', 'date', 'sources'] },
  quotes: { required: ['id', 'speaker', 'role', 'text', 'date', 'context', 'sources'] },
  positions: { required: ['id', 'actor', 'side', 'says', 'date', 'sources'] },
  openQuestions: { required: ['id', 'question', 'condition', 'sources'] },
}

const CLAIM_RULE: CollectionRule = { required: ['id', 'sources'] }

const SOURCE_FIELDS = ['id', 'outlet', 'title', 'date', 'url'] as const

function fieldsOf(record: object): Record<string, unknown> {
  return record as Record<string, unknown>
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null)
    return true
  if (typeof value === 'string')
    return value.trim() === ''
  if (Array.isArray(value))
    return value.length === 0 || value.some(v => typeof v === 'string' && v.trim() === '')
  if (typeof value === 'number')
    return !Number.isFinite(value)
  return false
}

/** Fields holding dates: `date` and anything ending in `Date` (e.g. `reportDate`). */
function dateFields(fields: Record<string, unknown>): string[] {
  return Object.keys(fields).filter(k => k === 'date' || /[a-z]Date$/.test(k))
}

function label(collection: string, record: object, index: number): string {
  const id = fieldsOf(record).id
  return `${collection} ${typeof id === 'string' && id ? id : `#${index + 1} (no id)`}`
}

function checkSources(sources: readonly SourceRecord[]): string[] {
  const errors: string[] = []
  const seen = new Set<string>()
  sources.forEach((source, i) => {
    const fields = fieldsOf(source)
    const name = label('source', source, i)
    for (const f of SOURCE_FIELDS) {
      if (isEmpty(fields[f]))
        errors.push(`${name}: missing ${f}`)
    }
    if (!isEmpty(fields.date) && !isValidIsoDate(fields.date))
      errors.push(`${name}: date "${String(fields.date)}" is not a valid ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`)
    if (!isEmpty(fields.url) && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(String(fields.url)))
      errors.push(`${name}: url "${String(fields.url)}" is not an http(s) address`)
    if (seen.has(source.id))
      errors.push(`${name}: duplicate source id "${source.id}"`)
    seen.add(source.id)
  })
  return errors
}

function checkOrder(collection: string, records: readonly SourcedRecord[], rule: CollectionRule): string[] {
  const errors: string[] = []
  if (rule.order === 'numbered') {
    records.forEach((r, i) => {
      const n = fieldsOf(r).number
      if (n !== i + 1)
        errors.push(`${label(collection, r, i)}: number ${String(n)} at position ${i + 1}; records must be numbered 1, 2, 3… in list order`)
    })
  }
  if (rule.order === 'numbered' || rule.order === 'chronological') {
    // Compare with the last valid date, so one bad date does not hide an ordering error next to it.
    let last: { id: string, date: string } | undefined
    records.forEach((r, i) => {
      const date = fieldsOf(r).date
      if (!isValidIsoDate(date))
        return
      const cmp = last ? compareIsoDates(last.date, date) : -1
      if (last && (cmp > 0 || (rule.order === 'numbered' && cmp === 0)))
        errors.push(`${label(collection, r, i)}: date ${date} is not after ${last.id}'s ${last.date}; ${collection} must be in date order`)
      last = { id: r.id, date }
    })
  }
  if (rule.eras) {
    const eras = rule.eras
    let last = 0
    records.forEach((r, i) => {
      const era = fieldsOf(r).era
      const at = eras.indexOf(String(era))
      if (at < 0)
        errors.push(`${label(collection, r, i)}: era "${String(era)}" is not one of ${eras.join(', ')}`)
      else if (at < last)
        errors.push(`${label(collection, r, i)}: era "${String(era)}" comes after era "${eras[last]}"`)
      else
        last = at
    })
  }
  return errors
}

/**
 * The data's integrity: required fields, valid ISO dates, order where a collection is
 * chronological, no duplicate ids, every source id a record names exists, every source has
 * outlet/title/date/url and is used by some record or by `citedElsewhere` (e.g. slide `<Cite>`s).
 * Each message names the collection and the record id.
 */
export function checkData(
  data: DeckDataSet,
  citedElsewhere: Iterable<string> = [],
  rules: Readonly<Record<string, CollectionRule>> = DATA_RULES,
): string[] {
  const errors = checkSources(data.sources)
  const known = new Set(data.sources.map(s => s.id))
  const used = new Set(citedElsewhere)
  // Ids are global: components look records up by id alone, so one id must mean one record.
  const owners = new Map<string, string>()

  for (const [collection, records] of Object.entries(data.collections)) {
    const rule = rules[collection] ?? CLAIM_RULE
    const ids = new Set<string>()
    records.forEach((record, i) => {
      const fields = fieldsOf(record)
      const name = label(collection, record, i)
      for (const f of rule.required) {
        if (isEmpty(fields[f]))
          errors.push(`${name}: missing ${f}`)
      }
      for (const f of dateFields(fields)) {
        if (!isValidIsoDate(fields[f]))
          errors.push(`${name}: ${f} "${String(fields[f])}" is not a valid ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`)
      }
      if (typeof record.id === 'string' && ids.has(record.id))
        errors.push(`${name}: duplicate id "${record.id}" in ${collection}`)
      else if (owners.has(record.id))
        errors.push(`${name}: id "${record.id}" is already used in ${owners.get(record.id)}`)
      ids.add(record.id)
      if (!owners.has(record.id))
        owners.set(record.id, collection)
      for (const id of Array.isArray(record.sources) ? record.sources : []) {
        used.add(id)
        if (!known.has(id))
          errors.push(`${name}: unknown source id "${id}" (not in the sources list)`)
      }
    })
    errors.push(...checkOrder(collection, records, rule))
  }

  for (const source of data.sources) {
    if (!used.has(source.id))
      errors.push(`source ${source.id} (${source.outlet}) is never cited: no record or slide names it`)
  }
  return errors
}
