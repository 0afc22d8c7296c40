import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { DeckDataSet, SourceRecord, SourcedRecord } from './data.ts'

function isSourcedRecord(value: unknown): value is SourcedRecord {
  if (typeof value !== 'object' || value === null)
    return false
  const v = value as Record<string, unknown>
  return typeof v.id === 'string' && Array.isArray(v.sources)
}

function isSourceRecord(value: unknown): value is SourceRecord {
  if (typeof value !== 'object' || value === null)
    return false
  const v = value as Record<string, unknown>
  return typeof v.id === 'string' && 'url' in v && 'outlet' in v
}

/**
 * The deck's data, found rather than listed: every array exported from a data/*.ts module
 * whose items carry an id and sources is a collection, named after its export. A collection
 * added later is checked without anyone remembering to register it. `index.ts` only
 * re-exports, so it is skipped.
 */
export async function loadDeckData(root: string, dir = 'data'): Promise<DeckDataSet> {
  const files = readdirSync(join(root, dir)).filter(f => /\.ts$/.test(f) && !/\.d\.ts$/.test(f) && f !== 'index.ts')
  let sources: readonly SourceRecord[] | undefined
  const collections: Record<string, readonly SourcedRecord[]> = {}
  for (const file of files.sort()) {
    const mod = await import(pathToFileURL(join(root, dir, file)).href) as Record<string, unknown>
    for (const [name, value] of Object.entries(mod)) {
      if (!Array.isArray(value) || value.length === 0)
        continue
      if (name === 'sources' && value.every(isSourceRecord))
        sources = value
      else if (value.every(isSourcedRecord))
        collections[name] = value
    }
  }
  if (!sources)
    throw new Error(`No \`sources\` array exported from ${dir}/*.ts`)
  return { sources, collections }
}
