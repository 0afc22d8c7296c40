import type { AnyRecord, DeckDataSet, SourceRecord } from './data.ts'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { readDataFiles } from './data.ts'

function isRecordList(value: unknown): value is AnyRecord[] {
  return Array.isArray(value) && value.length > 0 && value.every(v => typeof v === 'object' && v !== null && 'id' in v)
}

/**
 * The deck's data, found rather than listed: every array of records (objects with an id)
 * exported from a data/*.ts module is a collection, named after its export. A collection that
 * data/schema.ts does not describe is then an error, so nothing added later goes unchecked.
 * `index.ts`, `schema.ts`, `types.ts` and the helpers export no records.
 */
export async function loadDeckData(root: string, dir = 'data'): Promise<DeckDataSet> {
  const names = readdirSync(join(root, dir)).filter(f => /\.ts$/.test(f) && !/\.d\.ts$/.test(f)).sort()
  let sources: readonly SourceRecord[] | undefined
  const found: [string, AnyRecord[]][] = []
  for (const file of names) {
    const mod = await import(pathToFileURL(join(root, dir, file)).href) as Record<string, unknown>
    for (const [name, value] of Object.entries(mod)) {
      if (!isRecordList(value) || file === 'index.ts')
        continue
      if (name === 'sources')
        sources = value as unknown as SourceRecord[]
      else
        found.push([name, value])
    }
  }
  // A view of the sources (e.g. the appendix's numbered order) holds the same objects: not a collection.
  const sourceSet = new Set<unknown>(sources ?? [])
  const collections: Record<string, readonly AnyRecord[]> = Object.fromEntries(found.filter(([, list]) => !list.every(r => sourceSet.has(r))))
  if (!sources)
    throw new Error(`No \`sources\` array exported from ${dir}/*.ts`)
  return { sources, collections, files: readDataFiles(root, dir, names) }
}
