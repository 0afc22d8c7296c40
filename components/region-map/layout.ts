import type { MapView } from '../../data/maps/views'
import type { LabelHint, Place, Round } from '../../data/types'
import type { MapData } from '../../scripts/lib/maps/build-map'

/**
 * Where RegionMap puts each label, and what it writes, from the data alone (no DOM): the
 * component draws it, and the unit tests check the boxes do not overlap. Sizes are in frame px
 * (the view's width×height, drawn 1:1 on the slide's body).
 */

export const LABEL = {
  /** The place's name. */
  nameSize: 18,
  /** The line under it (what happened there, or when the rounds were). */
  noteSize: 16,
  /** Country and sea names. */
  areaSize: 16,
  lineGap: 3,
  /** Space between a marker and its label. */
  gap: 6,
  markerRadius: 7,
} as const

/**
 * Inter's average advance per character, in em, slightly generous: a label box estimated with it
 * is at least as wide as the rendered text for the deck's labels (bold names, regular notes).
 */
const EM = { bold: 0.62, regular: 0.56, caps: 0.72 } as const

export function textWidth(text: string, size: number, style: keyof typeof EM): number {
  return [...text].length * size * EM[style]
}

export interface Box { x: number, y: number, w: number, h: number }

export interface PlacedLabel {
  id: string
  lines: { text: string, size: number, bold: boolean }[]
  /** The first line's baseline. */
  x: number
  y: number
  anchor: 'start' | 'middle' | 'end'
  /** The whole label's box, for overlap checks. */
  box: Box
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "Apr–May 2025, Feb 2026": the months of the rounds held in a city, by year. */
export function venueNote(city: string, rounds: readonly Round[]): string | undefined {
  const held = rounds.filter(r => r.city === city && r.status === 'held')
  if (!held.length)
    return undefined
  const byYear = new Map<string, number[]>()
  for (const r of held) {
    const [year, month] = r.date.split('-')
    const months = byYear.get(year) ?? []
    if (month && !months.includes(Number(month)))
      months.push(Number(month))
    byYear.set(year, months)
  }
  return [...byYear.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([year, months]) => {
    months.sort((a, b) => a - b)
    const consecutive = months.every((m, i) => i === 0 || m === months[i - 1] + 1)
    const span = months.length > 1 && consecutive
      ? `${MONTHS[months[0] - 1]}–${MONTHS[months[months.length - 1] - 1]}`
      : months.map(m => MONTHS[m - 1]).join(', ')
    return `${span} ${year}`.trim()
  }).join(', ')
}

/** The text a place's label carries: its name, and its note (a venue's is derived from the rounds). */
export function labelLines(place: Place, rounds: readonly Round[]): PlacedLabel['lines'] {
  const note = place.kind === 'venue' ? venueNote(place.name, rounds) : place.note
  const lines: PlacedLabel['lines'] = [{ text: place.name, size: LABEL.nameSize, bold: true }]
  if (note)
    lines.push({ text: note, size: LABEL.noteSize, bold: false })
  return lines
}

/** Sets a label beside its marker, on the side the hint names. */
export function placeLabel(id: string, lines: PlacedLabel['lines'], [mx, my]: [number, number], hint: LabelHint, markerRadius: number = LABEL.markerRadius): PlacedLabel {
  const w = Math.max(...lines.map(l => textWidth(l.text, l.size, l.bold ? 'bold' : 'regular')))
  const lineHeights = lines.map(l => l.size + LABEL.lineGap)
  const h = lineHeights.reduce((a, b) => a + b, 0)
  const off = markerRadius + LABEL.gap
  const diag = off * 0.75
  const vertical = hint.startsWith('above') ? 'above' : hint.startsWith('below') ? 'below' : 'middle'
  const horizontal = hint.endsWith('left') ? 'left' : hint.endsWith('right') ? 'right' : 'centre'
  const anchor: PlacedLabel['anchor'] = horizontal === 'left' ? 'end' : horizontal === 'right' ? 'start' : 'middle'
  const dx = horizontal === 'centre' ? 0 : (vertical === 'middle' ? off : diag) * (horizontal === 'left' ? -1 : 1)
  // Top of the block: above the marker, below it, or centred on it.
  const top = vertical === 'above'
    ? my - (horizontal === 'centre' ? off : diag) - h
    : vertical === 'below'
      ? my + (horizontal === 'centre' ? off : diag)
      : my - h / 2
  const x = mx + dx
  const boxX = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2
  // A baseline sits about 0.8 em below the top of its line.
  return { id, lines, x, y: top + lines[0].size * 0.82, anchor, box: { x: boxX, y: top, w, h } }
}

export function areaLabelBox(text: string, kind: 'country' | 'sea', x: number, y: number, scale = 1): Box {
  const size = LABEL.areaSize * scale
  const w = textWidth(kind === 'country' ? text.toUpperCase() : text, size, kind === 'country' ? 'caps' : 'regular')
  return { x: x - w / 2, y: y - size * 0.8, w, h: size * 1.1 }
}

export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return a.x < b.x + b.w + margin && b.x < a.x + a.w + margin && a.y < b.y + b.h + margin && b.y < a.y + a.h + margin
}

/** Compass word for where a place lies from the middle of a view's extent: "west", "north-west"… */
export function directionFrom(view: Pick<MapView, 'extent'>, place: Pick<Place, 'lon' | 'lat'>): string {
  const [[w, s], [e, n]] = view.extent
  const ns = place.lat > n ? 'north' : place.lat < s ? 'south' : ''
  const ew = place.lon < w ? 'west' : place.lon > e ? 'east' : ''
  return [ns, ew].filter(Boolean).join('-') || 'nearby'
}

const KIND_WORDS: Record<Place['kind'], string> = {
  'venue': 'Venues of the rounds',
  'nuclear-site': 'Nuclear sites',
  'struck': 'Struck',
  'chokepoint': 'Also marked',
  'city': 'For orientation',
}

/**
 * The map in one or two sentences, from the data: the view, then its places by kind with their
 * notes, then what lies beyond the frame. The figure's description for screen readers, the
 * handout and the PPTX.
 */
export function describeMap(view: MapView, places: readonly Place[], rounds: readonly Round[]): string {
  const byId = new Map(places.map(p => [p.id, p]))
  const shown = view.places.map(id => byId.get(id)).filter((p): p is Place => !!p)
  const item = (p: Place): string => {
    const note = p.kind === 'venue' ? venueNote(p.name, rounds) : p.note
    // A site struck is named with its country ("Dubai (UAE)"); a country named alone needs nothing more.
    const name = p.kind === 'struck' && p.country && p.precision !== 'country'
      ? `${p.name} (${p.country === 'United Arab Emirates' ? 'UAE' : p.country})`
      : p.name
    return note ? `${name}: ${note}` : name
  }
  const groups = (Object.keys(KIND_WORDS) as Place['kind'][])
    .map(kind => ({ kind, items: shown.filter(p => p.kind === kind) }))
    .filter(g => g.items.length)
    .map(g => `${KIND_WORDS[g.kind]}: ${g.items.map(item).join('; ')}.`)
  const off = (view.offMap ?? []).map(id => byId.get(id)).filter((p): p is Place => !!p).map(p => `Beyond the map to the ${directionFrom(view, p)}: ${item(p)}.`)
  return [`Map of ${view.title}.`, ...groups, ...off].join(' ')
}

export interface MarkerLayout {
  id: string
  kind: Place['kind']
  x: number
  y: number
  r: number
  emphasis?: 'on' | 'off'
  label: PlacedLabel
}

export interface ArrowLayout {
  id: string
  /** The arrowhead, a triangle pointing off the map. */
  points: [number, number][]
  label: PlacedLabel
}

/**
 * Markers, arrows and their labels for one view. `scale` grows text and markers when the frame is
 * drawn smaller than its own size (see RegionMap); `highlight` sets some places apart.
 */
export function layoutMap(view: MapView, data: Pick<MapData, 'places' | 'offMap'>, allPlaces: readonly Place[], rounds: readonly Round[], { scale = 1, highlight = new Set<string>() }: { scale?: number, highlight?: ReadonlySet<string> } = {}): { markers: MarkerLayout[], arrows: ArrowLayout[] } {
  const byId = new Map(allPlaces.map(p => [p.id, p]))
  const placeOf = (id: string): Place => {
    const place = byId.get(id)
    if (!place)
      throw new Error(`Map view "${view.title}" names place "${id}", which is not in data/places.ts`)
    return place
  }
  const scaled = (place: Place): PlacedLabel['lines'] => labelLines(place, rounds).map(l => ({ ...l, size: l.size * scale }))
  const markers = view.places.map((id): MarkerLayout => {
    const place = placeOf(id)
    const [x, y] = data.places[id]
    const emphasis = highlight.size ? (highlight.has(id) ? 'on' : 'off') : undefined
    const r = (emphasis === 'on' ? LABEL.markerRadius + 2 : LABEL.markerRadius) * scale
    // A strait's ring is wider than a marker: its label stands clear of the ring.
    const reach = place.kind === 'chokepoint' ? r * 1.6 : r
    const hint = view.labelHints?.[id] ?? place.label ?? 'right'
    return { id, kind: place.kind, x, y, r, emphasis, label: placeLabel(id, scaled(place), [x, y], hint, reach) }
  })
  const arrows = data.offMap.map((a): ArrowLayout => {
    const rad = a.angle * Math.PI / 180
    const size = 14 * scale
    const at = (turn: number, k: number): [number, number] => [a.x + Math.cos(rad + turn) * size * k, a.y + Math.sin(rad + turn) * size * k]
    // The label sits on the inward side of the arrow, beside or below/above it.
    const inward = Math.cos(rad) <= 0 ? 'right' : 'left'
    const vertical = Math.sin(rad) < -0.5 ? 'below-' : Math.sin(rad) > 0.5 ? 'above-' : ''
    const hint = view.labelHints?.[a.id] ?? (vertical ? `${vertical}${inward}` : inward) as LabelHint
    return { id: a.id, points: [at(0, 1), at(2.4, 0.8), at(-2.4, 0.8)], label: placeLabel(a.id, scaled(placeOf(a.id)), [a.x, a.y], hint, size) }
  })
  return { markers, arrows }
}
