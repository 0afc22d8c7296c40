import type { Place } from './types'

/**
 * Places on the briefing's maps (components/RegionMap.vue, views in data/maps/views.ts).
 * Coordinates are decimal degrees, rounded to about 1 km: enough for a map at the scale of the
 * region. A venue's label is derived from the rounds held there (data/rounds.ts, by `city`),
 * so its record carries no note. `precision: 'country'` marks a place the sources name only by
 * country: its marker stands at the capital and its label is the country's name.
 */
export const places: Place[] = [
  // ── Venues of the rounds ───────────────────────────────────────────────────
  { id: 'place-muscat', name: 'Muscat', lat: 23.59, lon: 58.38, kind: 'venue', country: 'Oman', label: 'below', sources: ['mehr-230474', 'shafaq-muscat-separate-2026'] },
  { id: 'place-rome', name: 'Rome', lat: 41.89, lon: 12.48, kind: 'venue', country: 'Italy', label: 'below', sources: ['jns-rome-round', 'epoch-5862472'] },
  { id: 'place-geneva', name: 'Geneva', lat: 46.2, lon: 6.14, kind: 'venue', country: 'Switzerland', label: 'below-left', sources: ['livemint-geneva-2026', 'menafn-third-round-2026'] },
  { id: 'place-burgenstock', name: 'Bürgenstock', lat: 47.0, lon: 8.38, kind: 'venue', country: 'Switzerland', label: 'above-right', sources: ['etud-pbs-burgenstock', 'warwatch-mee-2026-06-19'] },
  { id: 'place-islamabad', name: 'Islamabad', lat: 33.69, lon: 73.05, kind: 'venue', country: 'Pakistan', label: 'below-left', sources: ['vibepedia-guardian-islamabad', 'mb-ap-talks-stumble'] },
  { id: 'place-doha', name: 'Doha', lat: 25.29, lon: 51.53, kind: 'venue', country: 'Qatar', label: 'left', sources: ['jordantimes-afp-doha'] },

  // ── Nuclear sites (June 2025 strikes: af.mil, the Pentagon's account) ──────
  { id: 'place-fordow', name: 'Fordow', lat: 34.88, lon: 50.99, kind: 'nuclear-site', country: 'Iran', note: 'enrichment · US strike Jun 2025', label: 'above-left', sources: ['afmil-4222562', 'eprs-572820'] },
  { id: 'place-natanz', name: 'Natanz', lat: 33.72, lon: 51.73, kind: 'nuclear-site', country: 'Iran', note: 'enrichment · US strike Jun 2025', label: 'right', sources: ['afmil-4222562', 'iranwatch-ncri-2002'] },
  { id: 'place-isfahan', name: 'Isfahan', lat: 32.59, lon: 51.83, kind: 'nuclear-site', country: 'Iran', note: 'US strike Jun 2025', label: 'below-left', sources: ['afmil-4222562', 'voiceofvienna-iaea-2026-02-27'] },
  { id: 'place-arak', name: 'Arak', lat: 34.37, lon: 49.24, kind: 'nuclear-site', country: 'Iran', note: 'heavy-water plant', label: 'left', sources: ['iranwatch-ncri-2002'] },
  { id: 'place-tehran', name: 'Tehran', lat: 35.69, lon: 51.39, kind: 'city', country: 'Iran', label: 'above-right', sources: ['aljazeera-live-2026-03-04'] },

  // ── Struck around the Gulf, and the strait ─────────────────────────────────
  { id: 'place-al-udeid', name: 'Al Udeid Air Base', lat: 25.12, lon: 51.32, kind: 'struck', country: 'Qatar', note: 'Iranian missiles, 23 Jun 2025', label: 'below-left', sources: ['cronin-12-day-war'] },
  { id: 'place-kuwait', name: 'Kuwait', lat: 29.37, lon: 47.98, kind: 'struck', country: 'Kuwait', precision: 'country', note: 'US post hit, 1 Mar 2026', label: 'left', sources: ['militarytimes-six-dead', 'aljazeera-unsc-2026-03-12'] },
  { id: 'place-bahrain', name: 'Bahrain', lat: 26.22, lon: 50.59, kind: 'struck', country: 'Bahrain', precision: 'country', note: 'attacked, Mar 2026', label: 'left', sources: ['aljazeera-unsc-2026-03-12'] },
  { id: 'place-dubai', name: 'Dubai', lat: 25.2, lon: 55.27, kind: 'struck', country: 'United Arab Emirates', note: 'US mission hit, 4 Mar 2026', label: 'below', sources: ['aljazeera-live-2026-03-04'] },
  { id: 'place-jordan', name: 'Jordan', lat: 31.95, lon: 35.93, kind: 'struck', country: 'Jordan', precision: 'country', note: '2 US troops killed, Jul 2026', sources: ['aljazeera-unsc-2026-03-12', 'euronews-h-2026-07-18-jordan', 'aljazeera-h-2026-07-19-jordan'] },
  // The first known US strike on Iran after the July lull (BBC and AP, as a news digest relays them).
  { id: 'place-larak', name: 'Larak Island', lat: 26.86, lon: 56.36, kind: 'struck', country: 'Iran', note: 'US strike, 30 Aug 2026', label: 'above-right', sources: ['songci-72', 'geobrief-log'] },
  { id: 'place-hormuz', name: 'Strait of Hormuz', lat: 26.57, lon: 56.25, kind: 'chokepoint', note: 'closed, 1 Mar 2026', label: 'above-right', sources: ['malaymail-reuters-hormuz-2026-03-01', 'latimes-hormuz-2026-03-07'] },
]
