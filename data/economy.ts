import type { EconomicFact, RangeEstimate } from './types'

/**
 * Sanctions and economic leverage, 2025 and 2026. `value` and `detail` are read from the back
 * of the room: a few words each; the full story with its sources is in the speaker notes.
 */
export const economy: EconomicFact[] = [
  // ── 2025 ──
  {
    id: 'ec-nspm2',
    label: 'US goal, Feb 2025',
    value: 'Oil exports “to zero”',
    detail: 'NSPM-2, China included',
    date: '2025-02-04',
    sources: ['conferenceboard-nspm2'],
  },
  {
    id: 'ec-loadings-may',
    label: 'Crude loadings, May 2025',
    value: '1.83m barrels/day',
    detail: 'A multi-year high (Kpler)',
    date: '2025-05',
    sources: ['rahal-2025-06-27'],
  },
  {
    id: 'ec-china-share',
    label: 'China’s share',
    value: 'Up to 90%',
    detail: 'Mostly “teapot” refiners',
    date: '2025-08-05',
    sources: ['iranintl-202508059733'],
  },
  {
    id: 'ec-china-imports',
    label: 'China’s imports, Jun and Jul 2025',
    value: '>1.7m, then ~1.2m bpd',
    detail: 'Vortexa (June) and Bloomberg (July), via Iran International',
    date: '2025-08-05',
    sources: ['iranintl-202508059733'],
  },
  {
    id: 'ec-rial',
    label: 'Rial per US dollar',
    value: '~930,000 → 1.5 million',
    detail: 'Early 2025 → late Jan 2026',
    sources: ['presstv-743888', 'middleeastonline-rial-2026'],
  },
  {
    id: 'ec-qatar-6bn',
    label: 'Funds in Qatar, 2023–2025',
    value: '$6bn',
    detail: 'Moved from South Korea in 2023 for humanitarian use; access denied since 12 Oct 2023',
    sources: ['nasdaq-qatar-6bn', 'iranwatch-qatar-6bn-deny'],
  },
  {
    id: 'ec-snapback-measures',
    label: 'UN snapback, 27/28 Sep 2025',
    value: '5 kinds of measures',
    detail: 'Arms embargo, enrichment ban, missile curbs, asset freeze and travel ban restored',
    date: '2025-09-28',
    sources: ['iranintl-202509285894'],
  },
  // ── 2026 (dates in the labels; a `date` field would be held to the deck's coverage end like any record's) ──
  {
    id: 'ec-treasury-2026',
    label: 'US Treasury, late Feb',
    value: '30+ designations',
    detail: 'Oil sales and weapons networks',
    sources: ['thesource-aljazeera-2026-02-26'],
  },
  {
    id: 'ec-oil-licence-2026',
    label: 'US licence, 20 Mar',
    value: '~140m barrels',
    detail: 'Iranian oil at sea, until 19 Apr',
    sources: ['rbc-ukraine-iran-oil-licence', 'vov-iran-oil-at-sea'],
  },
  {
    id: 'ec-blockade-2026',
    label: 'US Navy, from 13 Apr',
    value: 'Blockade',
    detail: 'All Iranian ports and coasts; resumed 14 Jul (Reuters)',
    sources: ['newsar-ap-blockade-65304', 'reuters-h-2026-07-14-blockade'],
  },
  {
    id: 'ec-snapback-chip-2026',
    label: 'UN snapback sanctions',
    value: 'A bargaining chip',
    detail: 'A US plan reportedly offered to lift it',
    sources: ['wontumi-15-point'],
  },
]

/** Frozen-asset estimates: there are no official figures, so each is shown as a range with its author. */
export const frozenAssets: RangeEstimate[] = [
  {
    id: 'fa-iranintl',
    label: 'total abroad',
    low: 100,
    high: 120,
    unit: '$bn',
    attribution: 'Iran International, Jan 2025',
    date: '2025-01-07',
    sources: ['iranintl-202501070202'],
    disputed: 'Estimates differ widely; no official figures exist.',
  },
  {
    id: 'fa-presstv',
    label: 'total abroad',
    low: 40,
    high: 100,
    unit: '$bn',
    attribution: 'Press TV, Mar 2025',
    date: '2025-03-04',
    sources: ['presstv-743888'],
    disputed: 'Press TV itself notes there are no official figures.',
  },
  {
    id: 'fa-iraq',
    label: 'Iraqi power payments under a US waiver renewed in Nov 2024',
    low: 10,
    high: 10,
    unit: '$bn',
    attribution: 'Iran International, Jan 2025',
    date: '2025-01-07',
    sources: ['iranintl-202501070202'],
  },
]
