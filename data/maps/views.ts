import type { LabelHint } from '../types'

/**
 * The maps the deck draws (components/RegionMap.vue). `npm run maps` (scripts/make-maps.ts)
 * projects Natural Earth outlines (world-atlas) for each view, clips them to the frame and
 * writes data/maps/<view>.json; a unit test fails when those files are stale.
 *
 * A view's frame is `width`×`height` canvas px, about the body of a slide under a one-line
 * headline, so labels keep their size. `extent` is the part of the world that must be in the
 * frame; the projection fits it and the frame's other sides show what lies around it.
 */
export type MapViewName = 'gulf' | 'sites' | 'venues'

export interface MapLabel {
  text: string
  lon: number
  lat: number
  /** A country's name (capitals, spaced) or a sea's (italic). */
  kind: 'country' | 'sea'
}

export interface MapView {
  /** Heads the text description: "Map of …". */
  title: string
  /** [[west, south], [east, north]] in degrees. */
  extent: [[number, number], [number, number]]
  projection: 'mercator' | 'conic'
  /** A country (as Natural Earth names it) set apart from the land around it. */
  focus?: string
  /** Natural Earth scale: 10m shows the strait's islands; 50m is enough for a continent. */
  resolution: '10m' | '50m'
  width: number
  height: number
  /** Place ids (data/places.ts) drawn in this view, inside its extent. */
  places: string[]
  /** Place ids outside the frame, shown as an arrow at its edge pointing their way. */
  offMap?: string[]
  /** Label sides for this view, where a place's own hint does not suit it (off-map places too). */
  labelHints?: Record<string, LabelHint>
  labels: MapLabel[]
}

export const mapViews: Record<MapViewName, MapView> = {
  gulf: {
    title: 'the Gulf and the Strait of Hormuz',
    extent: [[46.3, 23.4], [58.6, 30.9]],
    projection: 'mercator',
    resolution: '10m',
    width: 892,
    height: 380,
    places: ['place-kuwait', 'place-bahrain', 'place-al-udeid', 'place-dubai', 'place-larak', 'place-hormuz'],
    offMap: ['place-jordan'],
    labelHints: { 'place-kuwait': 'below-right', 'place-hormuz': 'below-right', 'place-jordan': 'right' },
    labels: [
      { text: 'Iran', lon: 54.3, lat: 29.3, kind: 'country' },
      { text: 'Saudi Arabia', lon: 47.6, lat: 25.2, kind: 'country' },
      { text: 'Qatar', lon: 51.2, lat: 25.65, kind: 'country' },
      { text: 'UAE', lon: 54.3, lat: 23.6, kind: 'country' },
      { text: 'Oman', lon: 57.3, lat: 23.55, kind: 'country' },
      { text: 'The Gulf', lon: 51.6, lat: 27.4, kind: 'sea' },
      { text: 'Gulf of Oman', lon: 59.9, lat: 24.6, kind: 'sea' },
    ],
  },
  sites: {
    title: 'Iran’s nuclear sites',
    extent: [[47.6, 31.6], [54.6, 37.3]],
    projection: 'mercator',
    focus: 'Iran',
    resolution: '10m',
    width: 892,
    height: 380,
    places: ['place-tehran', 'place-fordow', 'place-arak', 'place-natanz', 'place-isfahan'],
    labels: [
      { text: 'Iran', lon: 56.5, lat: 32.2, kind: 'country' },
      { text: 'Iraq', lon: 44.6, lat: 33.0, kind: 'country' },
      { text: 'Caspian Sea', lon: 51.3, lat: 37.1, kind: 'sea' },
    ],
  },
  venues: {
    title: 'the venues of the rounds, 2025–2026',
    extent: [[4.5, 21.5], [75.5, 49.5]],
    projection: 'conic',
    resolution: '50m',
    width: 892,
    height: 380,
    places: ['place-geneva', 'place-burgenstock', 'place-rome', 'place-tehran', 'place-doha', 'place-muscat', 'place-islamabad'],
    labelHints: { 'place-tehran': 'above', 'place-muscat': 'right', 'place-burgenstock': 'right' },
    labels: [
      { text: 'Iran', lon: 55.5, lat: 31.2, kind: 'country' },
      { text: 'Pakistan', lon: 68.4, lat: 27.5, kind: 'country' },
      { text: 'Turkey', lon: 34.5, lat: 39.2, kind: 'country' },
      { text: 'Mediterranean Sea', lon: 21.5, lat: 34.6, kind: 'sea' },
    ],
  },
}
