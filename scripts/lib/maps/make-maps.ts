import type { Topology } from 'topojson-specification'
import type { MapData, Topologies } from './build-map.ts'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { mapViews } from '../../../data/maps/views.ts'
import { places } from '../../../data/places.ts'
import { buildMapView } from './build-map.ts'

const require = createRequire(import.meta.url)

function topology(file: string): Topology {
  return JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as Topology
}

/** Natural Earth outlines as world-atlas ships them (read once: the 1:10m files are 3–4 MB). */
export function loadTopologies(): Topologies {
  return {
    '10m': { land: topology('land-10m.json'), countries: topology('countries-10m.json') },
    '50m': { land: topology('land-50m.json'), countries: topology('countries-50m.json') },
  }
}

/** Every view's file, as `data/maps/<view>.json` holds it (path relative to the deck root → text). */
export function renderMapFiles(topologies: Topologies = loadTopologies()): Record<string, string> {
  const files: Record<string, string> = {}
  for (const [name, view] of Object.entries(mapViews) as [keyof typeof mapViews, (typeof mapViews)[keyof typeof mapViews]][]) {
    const data: MapData = buildMapView(name, view, places, topologies)
    files[`data/maps/${name}.json`] = `${JSON.stringify(data, null, 2)}\n`
  }
  return files
}
