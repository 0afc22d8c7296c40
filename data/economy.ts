import type { EconomicFact, RangeEstimate } from './types'

/** Sanctions and economic leverage. */
export const economy: EconomicFact[] = [
  {
    id: 'ec-nspm2',
    label: 'NSPM-2, 4 Feb 2025',
    value: 'Oil exports “to zero”',
    detail: 'Maximum pressure restored, China included; snapback to be pursued at the UN. Trump said he signed “unhappy”, preferring a deal',
    sources: ['conferenceboard-nspm2'],
  },
  {
    id: 'ec-loadings-may',
    label: 'Crude loadings, May 2025',
    value: '1.83m bpd',
    detail: 'A multi-year high (Kpler data, via Reuters)',
    sources: ['rahal-2025-06-27'],
  },
  {
    id: 'ec-china-imports',
    label: 'China’s imports, Jun and Jul 2025',
    value: '>1.7m, then ~1.2m bpd',
    detail: 'Vortexa (June) and Bloomberg (July), via Iran International',
    sources: ['iranintl-202508059733'],
  },
  {
    id: 'ec-china-share',
    label: 'China’s share of Iran’s crude',
    value: 'up to 90%',
    detail: 'Mostly bought by independent “teapot” refiners',
    sources: ['iranintl-202508059733'],
  },
  {
    id: 'ec-qatar-6bn',
    label: 'Funds in Qatar',
    value: '$6bn',
    detail: 'Moved from South Korea in 2023 for humanitarian use; access denied since 12 Oct 2023',
    sources: ['nasdaq-qatar-6bn', 'iranwatch-qatar-6bn-deny'],
  },
  {
    id: 'ec-rial',
    label: 'Rial',
    value: '~930,000 per US$',
    detail: 'All-time low after NSPM-2; Finance Minister Hemmati dismissed, Mar 2025',
    sources: ['presstv-743888'],
  },
  {
    id: 'ec-snapback-measures',
    label: 'UN snapback, 27/28 Sep',
    value: '5 kinds of measures',
    detail: 'Arms embargo, enrichment ban, missile curbs, asset freeze and travel ban restored',
    sources: ['iranintl-202509285894'],
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
    attribution: 'Press TV, Mar 2025: “$40–50bn to $100bn”',
    date: '2025-03-04',
    sources: ['presstv-743888'],
    disputed: 'Press TV itself notes there are no official figures.',
  },
  {
    id: 'fa-iraq',
    label: 'Iraqi power payments, US waiver',
    low: 10,
    high: 10,
    unit: '$bn',
    attribution: 'Iran International, Jan 2025: “about $10bn”',
    date: '2025-01-07',
    sources: ['iranintl-202501070202'],
  },
]
