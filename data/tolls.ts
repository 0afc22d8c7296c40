import type { Toll } from './types'

/**
 * Each side's dead as each counter gave them, side by side and never merged into one number
 * (components/TollChart.vue). Only counts a source gives as a total since the war began are
 * here. Not here, because only AI-written compilations carry them (facts-2026-h2.md §10.5–10.6):
 * the later whole-war counts for Iran (HRANA 3,636+, Health Ministry about 3,559, Foundation of
 * Martyrs about 3,468, US and Israeli estimates of 6,000+) and for US service members (16–18).
 */
export const tolls: Toll[] = [
  // ── The June 2025 war (13–24 Jun) ──
  {
    id: 'toll-2025-iran-health',
    war: '2025-june',
    side: 'Iran',
    counter: 'Iran’s Health Ministry',
    counterKind: 'own government',
    killed: 606,
    asOf: '2025-06-24',
    note: 'at the ceasefire',
    sources: ['siasat-606'],
  },
  {
    id: 'toll-2025-iran-judiciary',
    war: '2025-june',
    side: 'Iran',
    counter: 'Iran’s judiciary',
    counterKind: 'own government',
    killed: 935,
    asOf: '2025-06-30',
    note: '38 children and 132 women among them',
    sources: ['newsx-reuters-judiciary-935'],
  },
  {
    id: 'toll-2025-iran-martyrs',
    war: '2025-june',
    side: 'Iran',
    counter: 'Foundation of Martyrs',
    counterKind: 'own government',
    killed: 1060,
    asOf: '2025-07-07',
    sources: ['ajc-1060'],
  },
  {
    id: 'toll-2025-iran-hrana',
    war: '2025-june',
    side: 'Iran',
    counter: 'HRANA',
    counterKind: 'independent',
    killed: 1190,
    asOf: '2025-07-07',
    note: 'US-based rights group; as reported by AP',
    sources: ['ajc-1060'],
  },
  {
    id: 'toll-2025-israel-mda',
    war: '2025-june',
    side: 'Israel',
    counter: 'Magen David Adom',
    counterKind: 'own government',
    killed: 28,
    asOf: '2025-06-24',
    note: 'Israel’s national emergency service',
    sources: ['siasat-606'],
  },
  // ── The 2026 war: first week (no later count rests on a source the deck can cite) ──
  {
    id: 'toll-2026-iran-health',
    war: '2026',
    side: 'Iran',
    counter: 'Iran’s Health Ministry',
    counterKind: 'own government',
    killed: 926,
    wounded: 6186,
    asOf: '2026-03-04',
    note: '180 under 18 among the dead; the Red Crescent had given 555 (2 Mar) and 787 (3–4 Mar)',
    sources: ['anews-health-ministry-926'],
  },
  {
    id: 'toll-2026-iran-hrana',
    war: '2026',
    side: 'Iran',
    counter: 'HRANA',
    counterKind: 'independent',
    killed: 1097,
    wounded: 5402,
    scope: 'civilians only',
    asOf: '2026-03-04',
    note: '181 children among them; 880 more deaths under review',
    sources: ['welingelichte-hrana-2026-03'],
  },
  {
    id: 'toll-2026-israel-ap',
    war: '2026',
    side: 'Israel',
    counter: 'AP report',
    counterKind: 'not named',
    killed: 11,
    asOf: '2026-03-02',
    note: 'the AP copy read does not say who counted',
    sources: ['springfield-ap-2026-03-02'],
  },
  {
    id: 'toll-2026-us-centcom',
    war: '2026',
    side: 'US',
    counter: 'US military (CENTCOM)',
    counterKind: 'own government',
    killed: 6,
    wounded: 18,
    scope: 'service members',
    asOf: '2026-03-02',
    note: 'no sourced running total since; two more were killed in Jordan on 17–18 Jul (Euronews headline)',
    sources: ['militarytimes-six-dead', 'euronews-h-2026-07-18-jordan'],
  },
  {
    id: 'toll-2026-lebanon-ap',
    war: '2026',
    side: 'Lebanon',
    counter: 'AP report',
    counterKind: 'not named',
    killed: 31,
    asOf: '2026-03-02',
    note: 'the AP copy read does not say who counted',
    sources: ['springfield-ap-2026-03-02'],
  },
]

/** The tolls of one war, in the order above (sides as first named, counters within a side). */
export function tollsOfWar(war: Toll['war']): Toll[] {
  return tolls.filter(t => t.war === war)
}
