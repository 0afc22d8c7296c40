import type { Player } from './types'

/** Key players and their roles during the period covered (Jan–Sep 2025), grouped by `side`. */
export const players: Player[] = [
  // United States
  {
    id: 'trump',
    name: 'Donald Trump',
    roles: [{ title: 'US President' }],
    side: 'US',
    stance: 'Set a two-month deadline in his March letter; ordered Operation Midnight Hammer; announced the ceasefire',
    sources: ['newsaz-two-month-deadline', 'afmil-4222562', 'cronin-12-day-war'],
  },
  {
    id: 'witkoff',
    name: 'Steve Witkoff',
    roles: [{ title: 'Special Envoy to the Middle East' }],
    side: 'US',
    stance: 'Led the US delegation in all five rounds',
    sources: ['mehr-230474', 'epoch-5862472'],
  },
  {
    id: 'rubio',
    name: 'Marco Rubio',
    roles: [{ title: 'Secretary of State' }],
    side: 'US',
    stance: 'Said Iran must “walk away from enrichment” and could import enriched material; backed the E3’s snapback',
    sources: ['lincolndailynews-2025-04-24', 'trtglobal-b078df07d4c0'],
  },
  // Iran
  {
    id: 'khamenei',
    name: 'Ali Khamenei',
    roles: [{ title: 'Supreme Leader', from: '1989', to: '2026-02-28', note: 'killed in the US–Israeli strikes' }],
    side: 'Iran',
    stance: 'Final say; called the US proposal “100% against our interests” (4 Jun)',
    sources: ['malaymail-179244', 'lbc-mojtaba'],
  },
  {
    id: 'pezeshkian',
    name: 'Masoud Pezeshkian',
    roles: [{ title: 'President' }],
    side: 'Iran',
    stance: 'Ruled out talks under attack; enacted the law suspending IAEA cooperation (2 Jul)',
    sources: ['bss-282419', 'cgtn-2025-07-03'],
  },
  {
    id: 'araghchi',
    name: 'Abbas Araghchi',
    roles: [{ title: 'Foreign Minister' }],
    side: 'Iran',
    stance: 'Led Iran’s delegation in every round; as deputy FM he announced the move to 60% in April 2021',
    sources: ['mehr-230474', 'irna-84297300'],
  },
  {
    id: 'deputies',
    name: 'Takht-Ravanchi & Gharibabadi',
    roles: [{ title: 'Deputy Foreign Ministers' }],
    side: 'Iran',
    stance: 'Led Iran’s technical track from round 3',
    sources: ['irna-85814282'],
  },
  // Mediators
  {
    id: 'albusaidi',
    name: 'Badr Albusaidi',
    roles: [{ title: 'Foreign Minister of Oman' }],
    side: 'Mediator',
    stance: 'Mediated all five rounds; delivered the US proposal in Tehran on 31 May',
    sources: ['mehr-230474', 'trtworld-9e9e2b27131c'],
  },
  {
    id: 'qatar',
    name: 'Qatar',
    roles: [{ title: 'Gulf mediator' }],
    side: 'Mediator',
    stance: 'Mediated the 23–24 Jun ceasefire, per Reuters; $6bn of Iranian funds moved to Qatari banks in 2023, access denied since Oct 2023',
    sources: ['cronin-12-day-war', 'nasdaq-qatar-6bn', 'iranwatch-qatar-6bn-deny'],
  },
  // Israel
  {
    id: 'netanyahu',
    name: 'Benjamin Netanyahu',
    roles: [{ title: 'Prime Minister of Israel' }],
    side: 'Israel',
    stance: 'Demanded a “Libyan-style” dismantling; launched Operation Rising Lion on 13 Jun',
    sources: ['bfp-netanyahu-libyan', 'tass-1972977'],
  },
  // Europe
  {
    id: 'e3',
    name: 'E3 + EU',
    roles: [{ title: 'Lammy (UK), Barrot (France), Wadephul (Germany), Kallas (EU)' }],
    side: 'Europe',
    stance: 'Co-sponsored the IAEA resolution with the US; urged talks with Washington; triggered snapback on 28 Aug',
    sources: ['wsls-iaea-2025-06-12', 'swissinfo-89556182', 'trtglobal-b078df07d4c0'],
  },
  // Russia and China
  {
    id: 'russia',
    name: 'Russia',
    roles: [{ title: 'Putin; UN envoy Polyansky' }],
    side: 'Russia/China',
    stance: 'Voted against the IAEA resolution; said snapback had “no legal effect”',
    sources: ['wsls-iaea-2025-06-12', 'mehr-235851'],
  },
  {
    id: 'china',
    name: 'China',
    roles: [{ title: 'Vice FM Ma Zhaoxu' }],
    side: 'Russia/China',
    stance: 'Hosted the 14 Mar Beijing meeting with Russia and Iran; opposed the IAEA resolution and snapback',
    sources: ['tehrantimes-510933', 'wsls-iaea-2025-06-12', 'mehr-235851'],
  },
  // IAEA
  {
    id: 'grossi',
    name: 'Rafael Grossi',
    roles: [{ title: 'IAEA Director General' }],
    side: 'IAEA',
    stance: 'Quarterly stockpile reports; signed the Cairo inspection “modalities” with Araghchi on 9 Sep',
    sources: ['evrim-352218', 'ahram-552735'],
  },
]

/** Display order and labels of the sides. */
export const sides: { side: Player['side'], label: string }[] = [
  { side: 'US', label: 'United States' },
  { side: 'Iran', label: 'Iran' },
  { side: 'Mediator', label: 'Mediators' },
  { side: 'Europe', label: 'Europe' },
  { side: 'Israel', label: 'Israel' },
  { side: 'Russia/China', label: 'Russia & China' },
  { side: 'IAEA', label: 'IAEA' },
]

/** CSS class carrying a side's colour (see styles/deck.css); always used next to a text label. */
export function sideClass(side: Player['side']): string {
  return `side-${side.replace(/[^A-Za-z]/g, '')}`
}
