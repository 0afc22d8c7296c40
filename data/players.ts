import type { Player } from './types'

/**
 * Key players of 2025–2026, grouped by `side`, with roles as of the coverage end (7 Oct 2026).
 * Every role carries dates once it changed or ended, and `uncertainFrom` once our sources no
 * longer establish it, so no slide can show someone in a role they may have left (roles
 * oldest first). ❓ items in a stance are attributed and marked unconfirmed.
 */
export const players: Player[] = [
  // United States
  {
    id: 'trump',
    name: 'Donald Trump',
    roles: [{ title: 'US President' }],
    side: 'US',
    stance: 'Set the 2025 deadline and ordered Midnight Hammer; in 2026 ordered Epic Fury (28 Feb), announced the 7 Apr ceasefire and the 13 Apr blockade, and pushed the interim MoU of mid-June; after new strikes declared the ceasefire “over” (8 Jul), reimposed the blockade (14 Jul) and threatened to bomb Oman (17 Aug)',
    sources: ['newsaz-two-month-deadline', 'afmil-4222562', 'devdiscourse-epic-fury', 'indiatv-trump-ceasefire-text', 'jordantimes-afp-blockade', 'bloomberg-h-2026-07-08-ceasefire-over', 'reuters-h-2026-07-14-blockade', 'reuters-h-2026-08-17-oman'],
  },
  {
    id: 'vance',
    name: 'JD Vance',
    roles: [{ title: 'Vice President', note: 'led the US delegation at Islamabad (11–12 Apr 2026) and Bürgenstock (21 Jun 2026)' }],
    side: 'US',
    stance: 'Led the US at Islamabad and Bürgenstock; said Iran refused a no-weapons commitment (12 Apr) and would readmit IAEA inspectors (21 Jun)',
    sources: ['mb-ap-talks-stumble', 'vibepedia-guardian-islamabad', 'chinadailybrief-iaea-2026-06'],
  },
  {
    id: 'witkoff',
    name: 'Steve Witkoff',
    roles: [{ title: 'Special Envoy to the Middle East' }],
    side: 'US',
    stance: 'Led the US in the 2025 rounds and, with Kushner, in Muscat and Geneva in Feb 2026; told Axios a deal must be indefinite',
    sources: ['mehr-230474', 'epoch-5862472', 'shafaq-muscat-separate-2026', 'ecns-2026-02-27'],
  },
  {
    id: 'kushner',
    name: 'Jared Kushner',
    roles: [{ title: 'US negotiator', from: '2026-02-06', note: 'Trump’s son-in-law; negotiated alongside Witkoff from the Muscat round' }],
    side: 'US',
    stance: 'With Witkoff in Muscat and Geneva (Feb), in Switzerland (Jun) and with Qatar’s PM in Doha (30 Jun)',
    sources: ['shafaq-muscat-separate-2026', 'livemint-geneva-2026', 'etud-pbs-burgenstock', 'jordantimes-afp-doha'],
  },
  {
    id: 'rubio',
    name: 'Marco Rubio',
    roles: [{ title: 'Secretary of State' }],
    side: 'US',
    stance: 'In 2025 said Iran must “walk away from enrichment”; on 2 Mar 2026 said regime change was “not the objective”',
    sources: ['lincolndailynews-2025-04-24', 'springfield-ap-2026-03-02'],
  },
  {
    id: 'bessent',
    name: 'Scott Bessent',
    roles: [{ title: 'Treasury Secretary' }],
    side: 'US',
    stance: 'The face of the economic war: announced “Operation Economic Outcast” on 24 Aug 2026, opening secondary-sanctions risk across shipping, aviation, gold, digital assets and technology',
    sources: ['treasury-2026-08-24-economic-outcast', 'songci-52'],
  },
  // Iran
  {
    id: 'khamenei',
    name: 'Ali Khamenei',
    roles: [{ title: 'Supreme Leader', from: '1989', to: '2026-02-28', note: 'killed in the US–Israeli strikes; confirmed by Iranian state media on 1 Mar 2026' }],
    side: 'Iran',
    stance: 'Had the final say; rejected the US proposal of 31 May 2025 as against Iran’s national interests (speech of 4 Jun 2025)',
    sources: ['malaymail-179244', 'lbc-mojtaba', 'anews-khamenei-confirmed'],
  },
  {
    id: 'mojtaba',
    name: 'Mojtaba Khamenei',
    roles: [{ title: 'Supreme Leader', from: '2026-03-09', note: 'named by the Assembly of Experts on the night of 8–9 Mar 2026' }],
    side: 'Iran',
    stance: 'Son of Ali Khamenei, 56; vowed to keep Hormuz shut (reported by 12 Mar); the IRGC pledged “complete obedience”. Our sources to Oct 2026 carry no confirmed public appearance by him',
    sources: ['indiatoday-mojtaba-2026-03-09', 'filipinotimes-mojtaba', 'nationthailand-reuters-brent-100'],
    disputed: 'Date named: just after midnight on 8–9 Mar (Reuters); some outlets say 8 Mar, others 9 Mar.',
  },
  {
    id: 'pezeshkian',
    name: 'Masoud Pezeshkian',
    roles: [{ title: 'President' }],
    side: 'Iran',
    stance: 'Ruled out talks under attack (2025); chaired the interim leadership council after 28 Feb 2026; visited Islamabad on 23 Jun; said a first $6bn in Qatar would be released (29 Jun)',
    sources: ['bss-282419', 'cgtn-2025-07-03', 'okaz-2239116', 'nationaltimes-pezeshkian-islamabad', 'timenews-6bn'],
  },
  {
    id: 'araghchi',
    name: 'Abbas Araghchi',
    roles: [{ title: 'Foreign Minister' }],
    side: 'Iran',
    stance: 'Led Iran in every 2025 round and in Muscat and Geneva in 2026; read the SNSC’s ceasefire statement on 7 Apr; met Munir in Islamabad on 25 Apr',
    sources: ['mehr-230474', 'shafaq-muscat-separate-2026', 'easytoread-iran-accepts-ceasefire', 'mb-ap-talks-stumble'],
  },
  {
    id: 'qalibaf',
    name: 'Mohammad Bagher Qalibaf',
    roles: [{ title: 'Speaker of parliament', note: 'led Iran’s delegation at Islamabad, 11–12 Apr 2026' }],
    side: 'Iran',
    stance: 'Led Iran at Islamabad, face to face with Vance (CNN: jointly with Araghchi); described as chief negotiator in Aug 2026, when he was reported to say the strait stays shut until the US meets the lapsed MoU (one news digest; unconfirmed)',
    sources: ['mb-ap-talks-stumble', 'voe-cnn-islamabad', 'songci-28'],
  },
  {
    id: 'larijani',
    name: 'Ali Larijani',
    roles: [{ title: 'Secretary of the Supreme National Security Council', uncertainFrom: '2026-02-28', note: 'reported in the post on 3 Feb 2026; his role after the strikes of 28 Feb 2026 is not established in our sources' }],
    side: 'Iran',
    stance: 'Received a paper on US positions from Oman’s Albusaidi in Muscat on 3 Feb 2026, and confirmed it on state TV',
    sources: ['caliber-geneva-axios-2026-02-14'],
  },
  {
    id: 'shamkhani',
    name: 'Ali Shamkhani',
    roles: [{ title: 'Adviser to Ali Khamenei; secretary of the Defence Council', to: '2026-02-28', note: 'killed in the strikes of 28 Feb 2026' }],
    side: 'Iran',
    stance: 'In May 2025 offered, on record, to give up highly enriched uranium for the lifting of sanctions; oversaw the nuclear talks',
    sources: ['nbc-shamkhani-copy', 'aljazeera-senior-killed-2026'],
  },
  {
    id: 'deputies',
    name: 'Takht-Ravanchi & Gharibabadi',
    roles: [{ title: 'Deputy Foreign Ministers' }],
    side: 'Iran',
    stance: 'Led Iran’s technical track from round 3 of 2025',
    sources: ['irna-85814282'],
  },
  // Mediators
  {
    id: 'albusaidi',
    name: 'Badr Albusaidi',
    roles: [{ title: 'Foreign Minister of Oman' }],
    side: 'Mediator',
    stance: 'Mediated the 2025 rounds and the three rounds of Feb 2026; said on 27 Feb 2026 a deal was “within our reach”',
    sources: ['mehr-230474', 'trtworld-9e9e2b27131c', 'cbs-albusaidi-2026-02-27'],
  },
  {
    id: 'sharif',
    name: 'Shehbaz Sharif',
    roles: [{ title: 'Prime Minister of Pakistan' }],
    side: 'Mediator',
    stance: 'Trump credited talks with him and Munir for the 7 Apr ceasefire; his office said the Islamabad MoU was signed on 18 Jun',
    sources: ['indiatv-trump-ceasefire-text', 'dawn-islamabad-mou'],
  },
  {
    id: 'munir',
    name: 'Asim Munir',
    roles: [{ title: 'Field Marshal, Pakistan' }],
    side: 'Mediator',
    stance: 'Named by Trump with Sharif for the ceasefire; met Araghchi in Islamabad on 25 Apr',
    sources: ['indiatv-trump-ceasefire-text', 'mb-ap-talks-stumble'],
  },
  {
    id: 'qatar',
    name: 'Sheikh Mohammed Al Thani',
    roles: [{ title: 'Prime Minister and Foreign Minister of Qatar' }],
    side: 'Mediator',
    stance: 'Qatar mediated the June 2025 ceasefire (Reuters); in 2026 it co-brokered the MoU with Pakistan and hosted the Doha technical track. $6bn of Iranian funds was moved to Qatar in 2023; on 29 Jun 2026 Pezeshkian said a first $6bn held there would be released, but no transfer was confirmed',
    sources: ['cronin-12-day-war', 'peninsula-qna-mou', 'jordantimes-afp-doha', 'nasdaq-qatar-6bn', 'timenews-6bn'],
  },
  // Israel
  {
    id: 'netanyahu',
    name: 'Benjamin Netanyahu',
    roles: [{ title: 'Prime Minister of Israel' }],
    side: 'Israel',
    stance: 'Demanded a “Libyan-style” dismantling (2025); launched Rising Lion (13 Jun 2025) and the joint strikes of 28 Feb 2026; urged Iranians to rise up',
    sources: ['bfp-netanyahu-libyan', 'tass-1972977', 'springfield-ap-2026-03-02'],
  },
  // Europe
  {
    id: 'e3',
    name: 'E3 + EU',
    roles: [{ title: 'UK, France and Germany (the E3); the EU’s foreign-policy chief', note: 'ministers in 2025: Lammy (UK), Barrot (France), Wadephul (Germany); Kallas (EU)' }],
    side: 'Europe',
    stance: 'The E3, with the US, tabled the 12 Jun 2025 IAEA resolution; the E3 triggered snapback on 28 Aug 2025; the EU’s Kallas joined the E3 at the 20 Jun 2025 Geneva meeting, where they urged Iran to negotiate with Washington. Our 2026 sources report no E3 role in the talks',
    sources: ['wsls-iaea-2025-06-12', 'swissinfo-89556182', 'trtglobal-b078df07d4c0'],
  },
  // Russia and China
  {
    id: 'russia',
    name: 'Russia',
    roles: [{ title: 'Permanent member of the UN Security Council' }],
    side: 'Russia/China',
    stance: 'Said snapback had “no legal effect” (2025); in 2026 abstained on the 11 Mar resolution, put a rival ceasefire draft that failed, and vetoed the 7 Apr Hormuz resolution with China',
    sources: ['mehr-235851', 'aljazeera-unsc-2026-03-12', 'ynet-russian-draft-2026', 'globalnews-hormuz-veto'],
  },
  {
    id: 'china',
    name: 'China',
    roles: [{ title: 'Permanent member of the UN Security Council' }],
    side: 'Russia/China',
    stance: 'Hosted the 14 Mar 2025 Beijing meeting; opposed snapback; abstained on 11 Mar 2026 and vetoed the 7 Apr 2026 Hormuz resolution with Russia',
    sources: ['tehrantimes-510933', 'mehr-235851', 'aljazeera-unsc-2026-03-12', 'globalnews-hormuz-veto'],
  },
  // IAEA
  {
    id: 'grossi',
    name: 'Rafael Grossi',
    roles: [{ title: 'IAEA Director General' }],
    side: 'IAEA',
    stance: 'Signed the Cairo “modalities” (9 Sep 2025); met Araghchi in Geneva (16 Feb 2026) and joined the 26 Feb exchanges; the IAEA’s 27 Feb report called access “indispensable and urgent”',
    sources: ['ahram-552735', 'livemint-geneva-2026', 'menafn-third-round-2026', 'voiceofvienna-iaea-2026-02-27'],
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
  return `side-${side.replace(/[^A-Z]/gi, '')}`
}
