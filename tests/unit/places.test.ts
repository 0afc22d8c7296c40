import type { GeoPermissibleObjects } from 'd3-geo'
import type { FeatureCollection } from 'geojson'
import type { GeometryCollection } from 'topojson-specification'
import type { Box } from '../../components/region-map/layout.ts'
import type { MapData, Topologies } from '../../scripts/lib/maps/build-map.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { geoBounds, geoContains } from 'd3-geo'
import { feature } from 'topojson-client'
import { beforeAll, describe, expect, it } from 'vitest'
import { areaLabelBox, layoutMap, overlaps, venueNote } from '../../components/region-map/layout.ts'
import { mapViews } from '../../data/maps/views.ts'
import { places } from '../../data/places.ts'
import { rounds } from '../../data/rounds.ts'
import { placeSchema } from '../../data/schema.ts'
import { sources } from '../../data/sources.ts'
import { properPolygons } from '../../scripts/lib/maps/build-map.ts'
import { loadTopologies, renderMapFiles } from '../../scripts/lib/maps/make-maps.ts'
import { deckRoot } from './support/deck-root.ts'

const placesText = readFileSync(join(deckRoot, 'data/places.ts'), 'utf8').split('\n')
/** `data/places.ts:12`, where the record with this id is written. */
function at(id: string): string {
  const line = placesText.findIndex(l => l.includes(`id: '${id}'`))
  return `data/places.ts:${line + 1} (${id})`
}
const viewsAt = 'data/maps/views.ts'
const views = Object.entries(mapViews) as [keyof typeof mapViews, (typeof mapViews)[keyof typeof mapViews]][]
const committed = (name: string): MapData => JSON.parse(readFileSync(join(deckRoot, `data/maps/${name}.json`), 'utf8')) as MapData

let topologies: Topologies
let countries: { name: string, shape: GeoPermissibleObjects, bounds: [[number, number], [number, number]] }[]
beforeAll(() => {
  // The 1:10m outlines are 7 MB of JSON: read once for every test here.
  topologies = loadTopologies()
  const topo = topologies['10m'].countries
  const all = feature(topo, topo.objects.countries as GeometryCollection) as FeatureCollection
  countries = all.features.map((f) => {
    const shape: GeoPermissibleObjects = { type: 'MultiPolygon', coordinates: properPolygons(f) }
    return { name: String(f.properties?.name), shape, bounds: geoBounds(shape) }
  })
}, 60_000)

/** Natural Earth countries containing a point (degenerate inverted rings left out). */
function countriesAt(lon: number, lat: number): string[] {
  return countries
    .filter(({ bounds: [[w, s], [e, n]] }) => lat >= s && lat <= n && (w <= e ? lon >= w && lon <= e : lon >= w || lon <= e))
    .filter(c => geoContains(c.shape, [lon, lat]))
    .map(c => c.name)
}

describe('data/places.ts', () => {
  it('every place fits the schema, once, and cites sources that exist', () => {
    const known = new Set(sources.map(s => s.id))
    const problems: string[] = []
    const seen = new Set<string>()
    for (const place of places) {
      const parsed = placeSchema.safeParse(place)
      if (!parsed.success)
        problems.push(...parsed.error.issues.map(i => `${at(place.id)}: ${i.path.join('.')}: ${i.message}`))
      if (seen.has(place.id))
        problems.push(`${at(place.id)}: duplicate id`)
      seen.add(place.id)
      for (const id of place.sources) {
        if (!known.has(id))
          problems.push(`${at(place.id)}: unknown source "${id}" (not in data/sources.ts)`)
      }
    }
    expect(problems).toEqual([])
  })

  it('every place lies in the country it names, and a strait at sea (Natural Earth 1:10m)', () => {
    const problems = places.flatMap((p) => {
      const found = countriesAt(p.lon, p.lat)
      const expected = p.country ? [p.country] : []
      return JSON.stringify(found) === JSON.stringify(expected) ? [] : [`${at(p.id)}: ${p.lat}, ${p.lon} lies in ${found.join(', ') || 'the sea'}, not ${p.country ?? 'the sea'}`]
    })
    expect(problems).toEqual([])
  })

  it('every round held has its city among the venues, and the venues map shows them all', () => {
    const venues = places.filter(p => p.kind === 'venue')
    const cities = [...new Set(rounds.filter(r => r.status === 'held').map(r => r.city))]
    expect(cities.filter(c => !venues.some(v => v.name === c))).toEqual([])
    expect(venues.filter(v => !mapViews.venues.places.includes(v.id)).map(v => at(v.id))).toEqual([])
    // A venue's label is derived from those rounds.
    for (const v of venues)
      expect(venueNote(v.name, rounds), at(v.id)).toMatch(/^[A-Z][a-z]{2}.* \d{4}/)
  })
})

describe('map views (data/maps/views.ts)', () => {
  it('every place is drawn by some view, inside its extent; off-map places lie outside it', () => {
    const problems: string[] = []
    for (const p of places) {
      if (!views.some(([, v]) => v.places.includes(p.id) || v.offMap?.includes(p.id)))
        problems.push(`${at(p.id)}: no view in ${viewsAt} shows it`)
    }
    for (const [name, view] of views) {
      const [[w, s], [e, n]] = view.extent
      const data = committed(name)
      for (const id of view.places) {
        const p = places.find(q => q.id === id)
        if (!p) {
          problems.push(`${viewsAt}: view ${name} names unknown place ${id}`)
          continue
        }
        if (p.lon < w || p.lon > e || p.lat < s || p.lat > n)
          problems.push(`${at(id)}: ${p.lat}, ${p.lon} is outside view ${name}'s extent ${JSON.stringify(view.extent)}`)
        const [x, y] = data.places[id] ?? [Number.NaN, Number.NaN]
        if (!(x >= 0 && x <= data.width && y >= 0 && y <= data.height))
          problems.push(`${at(id)}: projected to ${x}, ${y}, outside view ${name}'s ${data.width}×${data.height} frame`)
      }
      for (const id of view.offMap ?? []) {
        const p = places.find(q => q.id === id)!
        if (p.lon >= w && p.lon <= e && p.lat >= s && p.lat <= n)
          problems.push(`${at(id)}: listed off-map in view ${name} but inside its extent`)
      }
    }
    expect(problems).toEqual([])
  })

  // 1.12: the map drawn 12 % smaller (height 340px under a two-line headline), its text grown back.
  it.each([1, 1.12])('labels stay inside the frame and clear of each other and of every marker (text scale %s)', (scale) => {
    const problems: string[] = []
    for (const [name, view] of views) {
      const data = committed(name)
      const { markers, arrows } = layoutMap(view, data, places, rounds, { scale })
      const boxes: { what: string, box: Box, owner?: string }[] = [
        ...markers.map(m => ({ what: `label of ${m.id}`, box: m.label.box, owner: m.id })),
        ...arrows.map(a => ({ what: `label of ${a.id}`, box: a.label.box, owner: a.id })),
        ...data.labels.map(l => ({ what: `"${l.text}"`, box: areaLabelBox(l.text, l.kind, l.x, l.y, scale) })),
      ]
      const marks = [
        ...markers.map(m => ({ id: m.id, box: { x: m.x - m.r * 1.6, y: m.y - m.r * 1.6, w: m.r * 3.2, h: m.r * 3.2 } })),
        ...arrows.map((a) => {
          const xs = a.points.map(p => p[0])
          const ys = a.points.map(p => p[1])
          return { id: a.id, box: { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) } }
        }),
      ]
      boxes.forEach((a, i) => {
        const { x, y, w, h } = a.box
        if (x < 0 || y < 0 || x + w > data.width || y + h > data.height)
          problems.push(`${viewsAt}: view ${name}: ${a.what} runs out of the ${data.width}×${data.height} frame (${Math.round(x)}, ${Math.round(y)}, ${Math.round(w)}×${Math.round(h)})`)
        for (const b of boxes.slice(i + 1)) {
          if (overlaps(a.box, b.box, 2))
            problems.push(`${viewsAt}: view ${name}: ${a.what} overlaps ${b.what}`)
        }
        for (const m of marks) {
          if (m.id !== a.owner && overlaps(a.box, m.box))
            problems.push(`${viewsAt}: view ${name}: ${a.what} covers the marker of ${m.id}`)
        }
      })
    }
    expect(problems).toEqual([])
  })

  it('country names stand in their country and sea names at sea', () => {
    const natural: Record<string, string> = { UAE: 'United Arab Emirates' }
    const problems: string[] = []
    for (const [name, view] of views) {
      for (const l of view.labels) {
        const found = countriesAt(l.lon, l.lat)
        const expected = l.kind === 'country' ? [natural[l.text] ?? l.text] : []
        if (JSON.stringify(found) !== JSON.stringify(expected))
          problems.push(`${viewsAt}: view ${name}: "${l.text}" at ${l.lat}, ${l.lon} lies in ${found.join(', ') || 'the sea'}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('data/maps/*.json are what `npm run maps` makes now (run it after editing places or views)', () => {
    const fresh = renderMapFiles(topologies)
    const stale = Object.entries(fresh)
      .filter(([path, text]) => readFileSync(join(deckRoot, path), 'utf8') !== text)
      .map(([path]) => `${path} is stale: run npm run maps`)
    expect(stale).toEqual([])
    expect(Object.keys(fresh).sort()).toEqual(views.map(([name]) => `data/maps/${name}.json`).sort())
  }, 60_000)

  it('each view carries kilobytes, not the world', () => {
    for (const [name] of views) {
      const bytes = readFileSync(join(deckRoot, `data/maps/${name}.json`)).length
      expect(bytes, `data/maps/${name}.json`).toBeLessThan(48 * 1024)
    }
  })
})
