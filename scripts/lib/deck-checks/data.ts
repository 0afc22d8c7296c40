import type { z } from 'zod'
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { collectionSchemas, compareIsoDates, isValidIsoDate, sourceSchema } from '../../../data/schema.ts'

/** A cited page, as data/sources.ts lists it (fields as the schema gives them). */
export type SourceRecord = z.input<typeof sourceSchema>

/** Any record: an id, and anything else the schema asks for. */
export interface AnyRecord { id: string, [field: string]: unknown }

export interface DeckDataSet {
  sources: readonly SourceRecord[]
  /** Record collections by name (the export name in data/, e.g. `rounds`). */
  collections: Readonly<Record<string, readonly AnyRecord[]>>
  /** The data/*.ts files, to point an error at the line where a record starts. */
  files?: readonly { path: string, text: string }[]
}

/** `data/rounds.ts:23`: where a record with this id is written (its `id:` line). */
export function recordLocation(data: DeckDataSet, id: unknown, occurrence = 0): string | undefined {
  if (typeof id !== 'string' || !data.files)
    return undefined
  const pattern = new RegExp(`\\bid:\\s*['"]${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]`)
  let seen = 0
  for (const file of data.files) {
    const lines = file.text.split('\n')
    for (let i = 0; i < lines.length; i++) {
      if (pattern.test(lines[i]) && seen++ === occurrence)
        return `${file.path}:${i + 1}`
    }
  }
  return undefined
}

export function readDataFiles(root: string, dir: string, names: readonly string[]): { path: string, text: string }[] {
  return names.map(name => ({ path: relative(root, join(root, dir, name)), text: readFileSync(join(root, dir, name), 'utf8') }))
}

function issuesOf(error: z.ZodError): string[] {
  return error.issues.map(issue => `${issue.path.length ? `${issue.path.join('.')}: ` : ''}${issue.message}`)
}

/**
 * The data's integrity, against the one schema in data/schema.ts: every field's shape, no
 * duplicate ids (ids are global: components look records up by id alone), every source id a
 * record names exists, date order where a collection is chronological, every source is cited
 * by a record or a slide (`citedElsewhere`). Each message starts with the record's file:line.
 */
export function checkData(data: DeckDataSet, citedElsewhere: Iterable<string> = []): string[] {
  const errors: string[] = []
  const seenCount = new Map<string, number>()
  const at = (collection: string, record: AnyRecord | SourceRecord, index: number): string => {
    const id = typeof record.id === 'string' && record.id ? record.id : undefined
    const occurrence = id ? (seenCount.get(id) ?? 0) : 0
    const where = recordLocation(data, id, occurrence)
    return `${where ? `${where}: ` : ''}${collection} ${id ?? `#${index + 1} (no id)`}`
  }
  const claim = (id: unknown) => {
    if (typeof id === 'string')
      seenCount.set(id, (seenCount.get(id) ?? 0) + 1)
  }

  const known = new Set<string>()
  data.sources.forEach((source, i) => {
    const name = at('source', source, i)
    const parsed = sourceSchema.safeParse(source)
    if (!parsed.success)
      errors.push(...issuesOf(parsed.error).map(m => `${name}: ${m}`))
    if (known.has(source.id))
      errors.push(`${name}: duplicate source id "${source.id}"`)
    known.add(source.id)
    claim(source.id)
  })

  const used = new Set(citedElsewhere)
  const owners = new Map<string, string>()
  for (const [collection, records] of Object.entries(data.collections)) {
    const spec = (collectionSchemas as Record<string, { schema: z.ZodType, order?: 'date' }>)[collection]
    if (!spec) {
      errors.push(`data: collection "${collection}" has no schema in data/schema.ts (collectionSchemas)`)
      continue
    }
    const ids = new Set<string>()
    let last: { id: string, date: string } | undefined
    records.forEach((record, i) => {
      const name = at(collection, record, i)
      const parsed = spec.schema.safeParse(record)
      if (!parsed.success)
        errors.push(...issuesOf(parsed.error).map(m => `${name}: ${m}`))
      if (ids.has(record.id))
        errors.push(`${name}: duplicate id "${record.id}" in ${collection}`)
      else if (owners.has(record.id))
        errors.push(`${name}: id "${record.id}" is already used in ${owners.get(record.id)}`)
      ids.add(record.id)
      if (!owners.has(record.id))
        owners.set(record.id, collection)
      for (const id of Array.isArray(record.sources) ? record.sources as unknown[] : []) {
        if (typeof id !== 'string')
          continue
        used.add(id)
        if (!known.has(id))
          errors.push(`${name}: unknown source id "${id}" (not in data/sources.ts)`)
      }
      if (spec.order === 'date' && isValidIsoDate(record.date)) {
        if (last && compareIsoDates(last.date, record.date) > 0)
          errors.push(`${name}: date ${record.date} is before ${last.id}'s ${last.date}; ${collection} must be in date order`)
        last = { id: record.id, date: record.date }
      }
      claim(record.id)
    })
  }

  data.sources.forEach((source) => {
    if (!used.has(source.id))
      errors.push(`${recordLocation(data, source.id) ?? 'data/sources.ts'}: source ${source.id} (${source.outlet}) is never cited: no record or slide names it`)
  })
  return errors
}
