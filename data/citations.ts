import type { Source } from './types'
import { sources } from './sources'

/** How many sources each sources slide lists. The sources slides and `<Cite>` share it. */
export const SOURCES_PER_PAGE = 12

/** Number of sources slides needed. */
export const sourcesPageCount = Math.ceil(sources.length / SOURCES_PER_PAGE)

/** A bibliography's order: by outlet (ignoring case and a leading "The"), then date, then id. */
function sortKey(s: Pick<Source, 'id' | 'outlet' | 'date'>): string {
  return `${s.outlet.replace(/^the\s+/i, '').toLowerCase()}\u0000${s.date}\u0000${s.id}`
}

/**
 * The sources in the order the appendix numbers them. Derived, never typed: a new source goes
 * anywhere in data/sources.ts and takes its place alphabetically; every number follows.
 */
export function appendixOrder<T extends Pick<Source, 'id' | 'outlet' | 'date'>>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0)
}

export const numberedSources: readonly Source[] = appendixOrder(sources)

const index = new Map<string, number>(numberedSources.map((s, i) => [s.id, i]))

/** Throws a clear error naming the id when it is not in data/sources.ts. */
export function getSource(id: string): Source {
  const i = index.get(id)
  if (i === undefined)
    throw new Error(`Unknown source id "${id}": it is not in data/sources.ts`)
  return numberedSources[i]
}

/** 1-based number of a source in the appendix (see `numberedSources`). */
export function sourceNumber(id: string): number {
  getSource(id)
  return index.get(id)! + 1
}

/** Which sources slide (1-based) lists this source. */
export function sourcePage(id: string, perPage: number = SOURCES_PER_PAGE): number {
  return Math.floor((sourceNumber(id) - 1) / perPage) + 1
}

/** Route alias of a sources slide: "sources", "sources-2", "sources-3", … */
export function sourcesRoute(page: number): string {
  return page <= 1 ? 'sources' : `sources-${page}`
}

/** The sources shown on one sources slide. */
export function sourcesOnPage(page: number, perPage: number = SOURCES_PER_PAGE): { n: number, source: Source }[] {
  const start = (page - 1) * perPage
  return numberedSources.slice(start, start + perPage).map((source, i) => ({ n: start + i + 1, source }))
}

/** Parse `ids="a,b"` or `['a','b']` into a clean list. */
export function parseIds(ids: string | string[]): string[] {
  const list = Array.isArray(ids) ? ids : ids.split(',')
  return list.map(s => s.trim()).filter(Boolean)
}

/** The address without the scheme, for display. */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^www\./, '')
}
