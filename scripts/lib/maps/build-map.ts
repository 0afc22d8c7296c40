import type { GeoContext, GeoPermissibleObjects, GeoProjection } from 'd3-geo'
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
import type { MapView, MapViewName } from '../../../data/maps/views.ts'
import type { Place } from '../../../data/types.ts'
import { geoArea, geoBounds, geoConicConformal, geoMercator, geoPath } from 'd3-geo'
import { feature, mesh } from 'topojson-client'

/** What a slide needs to draw one view: outlines already projected and clipped, in frame px. */
export interface MapData {
  view: MapViewName
  width: number
  height: number
  attribution: string
  /** Land, filled: closed subpaths (coasts, and the frame's edge where land is cut off). */
  land: string
  /** Land borders between countries, stroked: open subpaths. */
  borders: string
  /** The view's focus country, filled lighter than the land around it. */
  focus?: string
  /** Each drawn place's marker position, [x, y]. */
  places: Record<string, [number, number]>
  /** Places beyond the frame: where the edge arrow stands and which way it points (degrees, 0 = east, clockwise). */
  offMap: { id: string, x: number, y: number, angle: number }[]
  labels: { text: string, kind: 'country' | 'sea', x: number, y: number }[]
}

export type Topologies = Record<MapView['resolution'], { land: Topology, countries: Topology }>

/** Simplification tolerance (px): detail finer than this is invisible on a 980-px canvas. */
const TOLERANCE = 0.45
/** Islands smaller than this (px²) would be specks. */
const MIN_AREA = 1.2
/** The off-map arrows stand this far inside the frame's edge. */
const EDGE_INSET = 18

interface Ring { points: [number, number][], closed: boolean }

/** A d3 path context that records subpaths instead of drawing them. */
function recorder(): { rings: Ring[], context: GeoContext } {
  const rings: Ring[] = []
  let current: Ring | undefined
  return {
    rings,
    context: {
      moveTo(x, y) {
        current = { points: [[x, y]], closed: false }
        rings.push(current)
      },
      lineTo(x, y) {
        current?.points.push([x, y])
      },
      closePath() {
        if (current)
          current.closed = true
      },
      arc() {},
      beginPath() {},
    },
  }
}

function distanceToSegment(p: [number, number], a: [number, number], b: [number, number]): number {
  const dx = b[0] - a[0]
  const dy = b[1] - a[1]
  const len2 = dx * dx + dy * dy
  const t = len2 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy)
}

/** Douglas–Peucker on an open polyline. */
function simplifyLine(points: [number, number][], tolerance: number): [number, number][] {
  if (points.length < 3)
    return points
  const keep = new Uint8Array(points.length)
  keep[0] = 1
  keep[points.length - 1] = 1
  const stack: [number, number][] = [[0, points.length - 1]]
  while (stack.length) {
    const [first, last] = stack.pop()!
    let maxD = 0
    let index = -1
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(points[i], points[first], points[last])
      if (d > maxD) {
        maxD = d
        index = i
      }
    }
    if (maxD > tolerance && index > 0) {
      keep[index] = 1
      stack.push([first, index], [index, last])
    }
  }
  return points.filter((_, i) => keep[i])
}

/** A closed ring is split at its farthest point from the start, so both halves simplify as lines. */
function simplifyRing(ring: Ring): [number, number][] {
  if (!ring.closed)
    return simplifyLine(ring.points, TOLERANCE)
  const pts = ring.points
  let far = 0
  let farD = -1
  for (let i = 1; i < pts.length; i++) {
    const d = Math.hypot(pts[i][0] - pts[0][0], pts[i][1] - pts[0][1])
    if (d > farD) {
      farD = d
      far = i
    }
  }
  const a = simplifyLine(pts.slice(0, far + 1), TOLERANCE)
  const b = simplifyLine([...pts.slice(far), pts[0]], TOLERANCE)
  return [...a, ...b.slice(1, -1)]
}

function area(points: [number, number][]): number {
  let sum = 0
  for (let i = 0; i < points.length; i++) {
    const [x0, y0] = points[i]
    const [x1, y1] = points[(i + 1) % points.length]
    sum += x0 * y1 - x1 * y0
  }
  return Math.abs(sum / 2)
}

const round1 = (v: number): number => Math.round(v * 10) / 10

/** Compact path data: one decimal, implicit lineTos after each moveTo. */
function pathData(rings: Ring[]): string {
  const out: string[] = []
  for (const ring of rings) {
    const simplified = simplifyRing(ring).map(([x, y]) => [round1(x), round1(y)] as [number, number])
    const points = simplified.filter((p, i) => i === 0 || p[0] !== simplified[i - 1][0] || p[1] !== simplified[i - 1][1])
    if (ring.closed && (points.length < 3 || area(points) < MIN_AREA))
      continue
    if (!ring.closed && points.length < 2)
      continue
    out.push(`M${points.map(([x, y]) => `${x} ${y}`).join(' ')}${ring.closed ? 'Z' : ''}`)
  }
  return out.join('')
}

/** The extent's outline as points (edges sampled: under a conic projection its parallels curve). */
function extentPoints([[w, s], [e, n]]: MapView['extent']): GeoPermissibleObjects {
  const coordinates: [number, number][] = []
  for (let i = 0; i <= 16; i++) {
    const lon = w + (e - w) * i / 16
    const lat = s + (n - s) * i / 16
    coordinates.push([lon, s], [lon, n], [w, lat], [e, lat])
  }
  return { type: 'MultiPoint', coordinates }
}

/**
 * A feature's polygons without Natural Earth's few degenerate rings: tiny islets wound the wrong
 * way round, which d3 reads as "the whole sphere but a speck" (area > 2π sr). Left in, each adds
 * a frame-sized ring that floods the sea (and puts every point of the globe in the Maldives).
 */
export function properPolygons(f: Feature | FeatureCollection): Polygon['coordinates'][] {
  const features = 'features' in f ? f.features : [f]
  return features.flatMap((feat) => {
    const g = feat.geometry as Polygon | MultiPolygon
    const list = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []
    return list.filter(coordinates => geoArea({ type: 'Polygon', coordinates }) <= 2 * Math.PI)
  })
}

/** The polygons that come near the view (within its own size): far-off land is not clipped for nothing. */
function near(polygons: Polygon['coordinates'][], view: MapView): GeoPermissibleObjects {
  const [[w, s], [e, n]] = view.extent
  const dw = e - w
  const dh = n - s
  return {
    type: 'MultiPolygon',
    coordinates: polygons.filter((coordinates) => {
      const [[bw, bs], [be0, bn]] = geoBounds({ type: 'Polygon', coordinates })
      // Across the antimeridian, bounds run from west round to east: unwrap the east side.
      const be = be0 < bw ? be0 + 360 : be0
      return be >= w - dw && bw <= e + dw && bn >= s - dh && bs <= n + dh
    }),
  }
}

export function projectionFor(view: MapView): GeoProjection {
  const [[w, s], [e, n]] = view.extent
  const projection = view.projection === 'conic'
    // Conformal conic with standard parallels inside the extent: Europe to Pakistan without Mercator's stretch.
    ? geoConicConformal().rotate([-(w + e) / 2, 0]).parallels([s + (n - s) / 4, n - (n - s) / 4])
    : geoMercator()
  const pad = 8
  projection.fitExtent([[pad, pad], [view.width - pad, view.height - pad]], extentPoints(view.extent))
  return projection
}

/** Projects, clips and simplifies one view. Pure: the same inputs give the same file, byte for byte. */
export function buildMapView(name: MapViewName, view: MapView, places: readonly Place[], topologies: Topologies): MapData {
  const projection = projectionFor(view)
  // Everything beyond the frame is cut off here, so the slide carries only what it shows.
  const clipped = projectionFor(view).clipExtent([[0, 0], [view.width, view.height]])
  const { land: landTopo, countries: countriesTopo } = topologies[view.resolution]

  const land = recorder()
  geoPath(clipped, land.context)(near(properPolygons(feature(landTopo, landTopo.objects.land as GeometryCollection)), view))
  const borders = recorder()
  const countries = countriesTopo.objects.countries as GeometryCollection
  geoPath(clipped, borders.context)(mesh(countriesTopo, countries, (a, b) => a !== b))
  const focus = recorder()
  if (view.focus) {
    const all = feature(countriesTopo, countries)
    const country = all.features.find(f => (f.properties as { name?: string } | null)?.name === view.focus)
    if (!country)
      throw new Error(`data/maps/views.ts: view "${name}" focuses on "${view.focus}", which Natural Earth does not name`)
    geoPath(clipped, focus.context)(near(properPolygons(country), view))
  }

  const byId = new Map(places.map(p => [p.id, p]))
  const placeOf = (id: string): Place => {
    const place = byId.get(id)
    if (!place)
      throw new Error(`data/maps/views.ts: view "${name}" names place "${id}", which is not in data/places.ts`)
    return place
  }
  const project = (lon: number, lat: number): [number, number] => {
    const p = projection([lon, lat])
    if (!p)
      throw new Error(`view "${name}": cannot project ${lon}, ${lat}`)
    return [round1(p[0]), round1(p[1])]
  }

  const placeXY: MapData['places'] = {}
  for (const id of view.places) {
    const place = placeOf(id)
    placeXY[id] = project(place.lon, place.lat)
  }

  const cx = view.width / 2
  const cy = view.height / 2
  const offMap = (view.offMap ?? []).map((id) => {
    const place = placeOf(id)
    const [px, py] = project(place.lon, place.lat)
    const dx = px - cx
    const dy = py - cy
    // Where the ray from the centre towards the place meets the frame, inset.
    const t = Math.min(
      dx ? (cx - EDGE_INSET) / Math.abs(dx) : Infinity,
      dy ? (cy - EDGE_INSET) / Math.abs(dy) : Infinity,
    )
    return { id, x: round1(cx + dx * t), y: round1(cy + dy * t), angle: Math.round(Math.atan2(dy, dx) * 180 / Math.PI) }
  })

  return {
    view: name,
    width: view.width,
    height: view.height,
    attribution: `Natural Earth 1:${view.resolution} (world-atlas)`,
    land: pathData(land.rings),
    borders: pathData(borders.rings),
    ...(view.focus ? { focus: pathData(focus.rings) } : {}),
    places: placeXY,
    offMap,
    labels: view.labels.map((l) => {
      const [x, y] = project(l.lon, l.lat)
      return { text: l.text, kind: l.kind, x, y }
    }),
  }
}
