import type { Proposal } from './types'

/**
 * Offers and counter-offers, each with who reported it and whether anyone confirmed it on record.
 * 2025 first, then 2026 (appended after the last 2025 record). `gives`, `gets` and `status` are
 * shown on the slides: keep them to a few words; the full account goes to the speaker notes.
 */
export const proposals: Proposal[] = [
  {
    id: 'iran-three-stage',
    side: 'Iran',
    date: '2025-04-12',
    title: 'Three-stage plan (reported)',
    reportedBy: 'Iran International (London-based opposition outlet), citing three diplomatic sources in Tehran, 17 Apr 2025',
    gives: [
      'Temporary cut of enrichment to 3.67%',
      'Permanent end of high-level enrichment; IAEA inspections restored; Additional Protocol applied',
      'Highly enriched uranium shipped to a third country',
    ],
    gets: [
      'Access to assets frozen by the US and permission to export oil',
      'More US sanctions lifted; the US persuades the E3 not to trigger snapback',
      'Congress approves the deal; US primary and secondary sanctions lifted',
    ],
    stages: [
      {
        label: 'Stage 1',
        gives: ['Enrichment cut to 3.67%, for a time'],
        gets: ['Frozen assets and oil exports'],
      },
      {
        label: 'Stage 2',
        gives: ['No high-level enrichment; inspections back'],
        gets: ['More sanctions lifted; no snapback'],
      },
      {
        label: 'Stage 3',
        gives: ['Highly enriched uranium sent abroad'],
        gets: ['Congress approves; all US sanctions lifted'],
      },
    ],
    status: 'Said to have been handed over in writing at round 1; the sources said Witkoff “welcomed” it. No official US or Iranian confirmation found.',
    confirmed: false,
    sources: ['iranintl-202504179474'],
  },
  {
    id: 'iran-consortium-in-iran',
    side: 'Iran',
    date: '2025-05-11',
    title: 'Consortium, enrichment in Iran (reported)',
    reportedBy: 'The New York Times, as relayed by TASS on 14 May 2025',
    gives: ['A regional enrichment consortium, possibly with Saudi and UAE members'],
    gets: ['Enrichment to 3.67% continues on Iranian soil'],
    status: 'Floated at round 4, per the NYT; not confirmed on record.',
    confirmed: false,
    sources: ['tass-1957781'],
  },
  {
    id: 'iran-shamkhani-signal',
    side: 'Iran',
    date: '2025-05-14',
    title: 'On-record signal: Shamkhani to NBC',
    reportedBy: 'Ali Shamkhani, then adviser to Khamenei, interviewed by NBC News',
    gives: [
      'Never make nuclear weapons',
      'Get rid of highly enriched uranium',
      'Enrich only to civilian levels; accept inspectors',
    ],
    gets: ['Immediate lifting of all economic sanctions'],
    status: 'A public statement, not a tabled proposal.',
    confirmed: true,
    sources: ['nbc-shamkhani-copy'],
  },
  {
    id: 'us-31-may',
    side: 'US',
    date: '2025-05-31',
    title: 'US offer, 31 May',
    reportedBy: 'Delivered by Albusaidi in Tehran; the White House confirmed it; contents as reported by the New York Times and Axios',
    gives: ['A regional consortium, plants outside Iran'],
    gets: ['Iran ends all enrichment'],
    status: 'White House: “detailed and acceptable”',
    confirmed: true,
    sources: ['trtworld-9e9e2b27131c', 'wion-1748764459011', 'caliber-consortium', 'tehrantimes-513890', 'intellinews-384387'],
    disputed: 'Axios: up to 3% for a limited time; Trump: no enrichment.',
  },
  {
    id: 'iran-response-june',
    side: 'Iran',
    date: '2025-06-09',
    title: 'Iran’s answer, 2–9 Jun',
    reportedBy: 'An Iranian diplomat to Reuters (2 Jun); Khamenei’s speech (4 Jun); Axios, citing a senior Iranian official; FM spokesman Baghaei (9 Jun)',
    gives: ['A consortium only inside Iran'],
    gets: ['Enrichment on Iranian soil'],
    status: '“Non-starter”; Khamenei: “100% against our interests”',
    confirmed: true,
    sources: ['malaymail-179244', 'vestikavkaza-175680', 'aijes-25321', 'irishtimes-2025-06-09'],
  },
]
