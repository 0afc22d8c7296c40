/**
 * The charts' data (data/series.ts, data/tolls.ts) against the schema and the sourcing rules the
 * charts promise: no figure rests on an AI-written lead, a figure one copy alone carries is flagged,
 * each side's toll is given per counter and never merged. Errors name the record's file:line.
 */
import type { DeckDataSet } from '../../scripts/lib/deck-checks/data.ts'
import { beforeAll, describe, expect, it } from 'vitest'
import { dayNumber, groupDigits, niceStep, place } from '../../data/chart-layout'
import { seriesSchema, tollSchema } from '../../data/schema'
import { series } from '../../data/series'
import { sources } from '../../data/sources'
import { tolls } from '../../data/tolls'
import { checkData, recordLocation } from '../../scripts/lib/deck-checks/data.ts'
import { loadDeckData } from '../../scripts/lib/deck-checks/deck-data.ts'
import { deckRoot } from './support/deck-root.ts'

let data: DeckDataSet
beforeAll(async () => {
  data = await loadDeckData(deckRoot)
})

const kindOf = new Map(sources.map(s => [s.id, s.kind]))
const at = (id: string): string => recordLocation(data, id) ?? id

describe('data/series.ts and data/tolls.ts', () => {
  it('are collections the deck checks find and validate, with no error naming them', () => {
    expect(Object.keys(data.collections)).toEqual(expect.arrayContaining(['series', 'tolls']))
    const errors = checkData(data).filter(e => /data\/(?:series|tolls|sources-charts)\.ts|collection "(?:series|tolls)"/.test(e))
    expect(errors).toEqual([])
  })

  it('every series and toll passes its schema', () => {
    const problems = [
      ...series.flatMap(s => seriesSchema.safeParse(s).error?.issues.map(i => `${at(s.id)}: ${i.path.join('.')}: ${i.message}`) ?? []),
      ...tolls.flatMap(t => tollSchema.safeParse(t).error?.issues.map(i => `${at(t.id)}: ${i.path.join('.')}: ${i.message}`) ?? []),
    ]
    expect(problems).toEqual([])
  })

  it('every source a point, event, band or toll names exists, and none rests on an AI-written lead', () => {
    const problems: string[] = []
    const check = (where: string, ids: readonly string[]) => {
      for (const id of ids) {
        if (!kindOf.has(id))
          problems.push(`${where}: unknown source "${id}"`)
      }
      if (ids.every(id => kindOf.get(id) === 'lead'))
        problems.push(`${where}: rests on leads only (${ids.join(', ')})`)
      if (ids.some(id => kindOf.get(id) === 'lead'))
        problems.push(`${where}: a chart figure cites an AI-written lead (${ids.join(', ')})`)
    }
    for (const s of series) {
      s.points.forEach(p => check(`${at(s.id)} point ${p.date}`, p.sources))
      s.events?.forEach(e => check(`${at(s.id)} event ${e.date}`, e.sources))
      if (s.baseline)
        check(`${at(s.id)} band`, s.baseline.sources)
    }
    tolls.forEach(t => check(at(t.id), t.sources))
    expect(problems).toEqual([])
  })

  it('a point that only a digest carries is flagged unconfirmed', () => {
    // The digest (songci-notes) is one secondary copy: alone it never confirms a figure.
    const digestOnly = (ids: readonly string[]) => ids.every(id => id.startsWith('songci-'))
    const problems = series.flatMap(s => s.points
      .filter(p => digestOnly(p.sources) && !p.unconfirmed)
      .map(p => `${at(s.id)} point ${p.date}: only ${p.sources.join(', ')}, but not marked unconfirmed`))
    expect(problems).toEqual([])
    // The brief's example: Brent on 31 Aug 2026, from the digest alone.
    expect(series.find(s => s.id === 'brent')!.points.find(p => p.date === '2026-08-31')?.unconfirmed).toBe(true)
  })

  it('hormuz is measured against the pre-war range, and Brent runs through 2025 and 2026', () => {
    const hormuz = series.find(s => s.id === 'hormuz')!
    expect(hormuz.baseline).toMatchObject({ low: 100, high: 135 })
    expect(hormuz.points[0]).toMatchObject({ date: '2026-03-01', until: '2026-03-15' })
    const years = new Set(series.find(s => s.id === 'brent')!.points.map(p => p.date.slice(0, 4)))
    expect([...years].sort()).toEqual(['2025', '2026'])
  })

  it('each war has each side counted by its own government and, where there is one, an independent counter, never merged', () => {
    for (const war of ['2025-june', '2026'] as const) {
      const iran = tolls.filter(t => t.war === war && t.side === 'Iran')
      expect(new Set(iran.map(t => t.counterKind))).toEqual(new Set(['own government', 'independent']))
    }
    // One record per side, counter and date: two counters' figures are never one record.
    const keys = tolls.map(t => `${t.war}|${t.side}|${t.counter}|${t.asOf}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(tolls.every(t => !/[+&]| and /.test(t.counter))).toBe(true)
  })
})

describe('data/chart-layout.ts', () => {
  it('counts days, rounds steps, groups digits and places labels without overlap', () => {
    expect(dayNumber('2026-03-02') - dayNumber('2026-02-28')).toBe(2)
    expect(dayNumber('2026-03')).toBe(dayNumber('2026-03-01'))
    expect([niceStep(52), niceStep(129), niceStep(8)]).toEqual([20, 50, 2])
    expect([groupDigits(1097), groupDigits(6), groupDigits(100.46)]).toEqual(['1,097', '6', '100.46'])
    const taken = [{ x: 0, y: 0, w: 50, h: 20 }]
    const area = { x: 0, y: 0, w: 200, h: 100 }
    const a = { box: { x: 10, y: 5, w: 30, h: 10 } }
    const b = { box: { x: 100, y: 5, w: 30, h: 10 } }
    expect(place([a, b], taken, area)).toBe(b)
    expect(place([{ box: { x: 190, y: 5, w: 30, h: 10 } }], taken, area)).toBeUndefined()
  })
})
