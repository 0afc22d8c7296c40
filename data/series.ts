import type { Series } from './types'

/**
 * Time series for the charts (components/SeriesChart.vue). Only figures a source gives as a
 * number are points; a headline without one ("crossings extend slide") is an event on the axis.
 * No point rests on an AI-written compilation (kind 'lead'), even where one has a number
 * (facts-2026-h2.md §7: Brent ~$78 on 8 Jul, $108–109 around 11 Sep, ~$100 on 1–2 Oct; seven
 * Hormuz transits on 6 Oct). A figure one digest alone carries is `unconfirmed` (drawn hollow).
 */

type SeriesInput = Omit<Series, 'sources'>

/** A series' `sources` is every source its points, events and band cite (the deck checks read it). */
function withSources(s: SeriesInput): Series {
  const nested = [...s.points, ...(s.events ?? []), ...(s.baseline ? [s.baseline] : [])].flatMap(p => p.sources)
  return { ...s, sources: [...new Set(nested)] }
}

const brent: SeriesInput = {
  id: 'brent',
  label: 'Brent crude',
  unit: '$ a barrel, settlement unless marked',
  valuePrefix: '$',
  points: [
    // ── The June 2025 war ──
    { date: '2025-06-12', value: 69.36, sources: ['shipandbunker-brent-2025-06-13'] },
    { date: '2025-06-13', value: 74.23, sources: ['devdiscourse-brent-2025-06-13'] },
    { date: '2025-06-19', value: 78.85, note: 'highest settlement since 23 Jan 2025', sources: ['aleasoft-brent-2025-06-20'] },
    { date: '2025-06-24', value: 67.14, sources: ['commoplast-brent-2025-06-24', 'finanznachrichten-rtt-2025-06-24'] },
    // ── Talks, then the 2026 war ──
    { date: '2026-02-17', value: 67.42, sources: ['businesstimes-reuters-brent-2026-02-17'] },
    { date: '2026-02-20', value: 71.76, sources: ['shipandbunker-brent-2026-02-20'] },
    { date: '2026-02-27', value: 72.48, note: 'sources differ: News Ghana gives $72.87', sources: ['shipandbunker-brent-2026-02-27', 'newsghana-brent-2026-02-28'] },
    { date: '2026-03-03', value: 82.15, sources: ['cointimes-ap-brent-2026-03-03'] },
    { date: '2026-03-09', value: 119, label: '~$119 intraday', note: 'briefly touched in the week of 9 Mar, the highest since 2022', sources: ['ibtimes-sg-hormuz-iea'] },
    { date: '2026-03-12', value: 100.46, note: 'first close above $100 since Aug 2022', sources: ['nationthailand-reuters-brent-100'] },
    { date: '2026-06-25', value: 72.68, label: '$72.68 intraday', note: 'traded that morning, the lowest since 27 Feb', sources: ['aljazeera-brent-2026-06-25'] },
    // ── After the truce (facts-2026-h2.md §7) ──
    { date: '2026-08-31', value: 90.49, unconfirmed: true, note: 'AP figure as relayed by a daily digest only', sources: ['songci-72'] },
    { date: '2026-09-09', value: 99.46, label: '$99.46 intraday', note: 'Reuters headline: “Oil nears $100”; AP figure, the highest since 24 Jul, as relayed by a digest', sources: ['reuters-h-2026-09-09-oil-nears-100', 'songci-104'] },
  ],
  events: [
    { date: '2025-06-13', label: 'Israel strikes Iran', sources: ['shipandbunker-brent-2025-06-13'] },
    { date: '2025-06-24', label: 'Ceasefire', sources: ['finanznachrichten-rtt-2025-06-24'] },
    { date: '2026-02-28', label: 'US–Israeli strikes', sources: ['devdiscourse-epic-fury'] },
    { date: '2026-04-07', label: 'Ceasefire', sources: ['indiatv-trump-ceasefire-text'] },
    { date: '2026-06-15', label: 'Interim MoU', sources: ['dawn-islamabad-mou'] },
    { date: '2026-07-07', label: 'Truce collapses', sources: ['reuters-h-2026-07-07-strikes-sanctions'] },
    { date: '2026-08-16', label: '60-day window lapses', sources: ['economist-2026-08-22-world-this-week'] },
  ],
}

const hormuz: SeriesInput = {
  id: 'hormuz',
  label: 'Strait of Hormuz crossings',
  unit: 'vessel crossings a day, average over the period counted',
  points: [
    { date: '2026-03-01', until: '2026-03-15', value: Math.round(89 / 15 * 10) / 10, label: '89 in 1–15 Mar', note: 'Lloyd’s List Intelligence count, 16 of them oil tankers; the daily average is ours', sources: ['newspravda-ap-lloyds'] },
    { date: '2026-04-08', until: '2026-04-13', value: Math.round(40 / 6 * 10) / 10, label: '~40 in 8–13 Apr', note: 'AP: about 40 ships since the ceasefire, as the blockade began; the daily average is ours', sources: ['newsar-ap-blockade-65304'] },
  ],
  baseline: { low: 100, high: 135, label: 'Before the war: 100–135 a day', sources: ['newspravda-ap-lloyds', 'newsar-ap-blockade-65304'] },
  events: [
    { date: '2026-03-01', label: 'Tankers halt transits', sources: ['malaymail-reuters-hormuz-2026-03-01'] },
    { date: '2026-04-13', label: 'US blockade', sources: ['newsar-ap-blockade-65304'] },
    { date: '2026-06-25', label: 'US: flows “near pre-war”', sources: ['aljazeera-brent-2026-06-25'] },
    { date: '2026-07-14', label: 'Blockade reimposed', sources: ['reuters-h-2026-07-14-blockade'] },
    { date: '2026-07-22', label: 'Reuters: crossings slide', sources: ['reuters-h-2026-07-22-hormuz-crossings'] },
    { date: '2026-09-15', label: 'Reuters: traffic dwindles', sources: ['reuters-h-2026-09-15-hormuz-dwindles'] },
  ],
}

export const series: Series[] = [brent, hormuz].map(withSources)

/** A series by id; an unknown id is an authoring error that names the ids there are. */
export function getSeries(id: string): Series {
  const s = series.find(x => x.id === id)
  if (!s)
    throw new Error(`Unknown series "${id}" (data/series.ts has: ${series.map(x => x.id).join(', ')})`)
  return s
}
