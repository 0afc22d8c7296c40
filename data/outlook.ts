import type { OpenQuestion, Position } from './types'

/** What each side says it needs: stated positions, attributed, not predictions. */
export const positions: Position[] = [
  {
    id: 'pos-us',
    actor: 'United States',
    side: 'US',
    says: 'No enrichment in Iran: Witkoff said it must “stop and eliminate” enrichment, Rubio that Iran could import enriched material, Trump that a deal would not allow enrichment',
    date: '2025-06',
    sources: ['brecorder-40357789', 'lincolndailynews-2025-04-24', 'intellinews-384387'],
  },
  {
    id: 'pos-iran',
    actor: 'Iran',
    side: 'Iran',
    says: 'Enrichment on its soil and sanctions relief: Araghchi said “zero enrichment is impossible”; Shamkhani offered to give up highly enriched uranium for the lifting of all economic sanctions; talks “only once the attacks stop”',
    date: '2025-06',
    sources: ['justthenews-araghchi-trust', 'nbc-shamkhani-copy', 'swissinfo-89556182'],
  },
  {
    id: 'pos-e3',
    actor: 'E3 + EU',
    side: 'Europe',
    says: 'Iran back at the table with the US, with snapback as the deadline; Lammy: “zero enrichment is the starting point”; Barrot: “no purely military solution”',
    date: '2025-08',
    sources: ['swissinfo-89556182', 'irishtimes-2025-08-13'],
  },
  {
    id: 'pos-israel',
    actor: 'Israel',
    side: 'Israel',
    says: 'A “Libyan-style” outcome: Netanyahu wants the installations blown up and the equipment dismantled',
    date: '2025-04-07',
    sources: ['bfp-netanyahu-libyan'],
  },
  {
    id: 'pos-russia-china',
    actor: 'Russia & China',
    side: 'Russia/China',
    says: 'No “sanction, pressure or threat of force” (Beijing, 14 Mar); Russia: snapback has “no legal effect”',
    date: '2025-09',
    sources: ['tehrantimes-510933', 'mehr-235851'],
  },
]

/** What the record leaves open, framed as conditions the sources name. */
export const openQuestions: OpenQuestion[] = [
  {
    id: 'q-enrichment',
    question: 'Can “zero enrichment” and “enrichment on Iranian soil” be bridged?',
    condition: 'Ideas already floated: a regional consortium outside Iran (US offer, per Axios) or inside Iran (Iranian side, per the NYT and Axios); a short period of low enrichment (Axios, disputed by Trump)',
    sources: ['caliber-consortium', 'tass-1957781', 'aijes-25321', 'tehrantimes-513890', 'intellinews-384387'],
  },
  {
    id: 'q-inspections',
    question: 'When do inspectors get full access again?',
    condition: 'Iran’s 2 Jul law puts inspections under the Supreme National Security Council; Araghchi said the 9 Sep Cairo deal would be void after “hostile action”, snapback included',
    sources: ['cgtn-2025-07-03', 'ahram-552735'],
  },
  {
    id: 'q-stockpile',
    question: 'What is left of the 60% stockpile?',
    condition: 'The last IAEA figure in our sources, 408.6 kg, predates the strikes; the US says the programme was “devastated”; we found no later verified figure',
    sources: ['evrim-352218', 'defense-4222543'],
  },
  {
    id: 'q-trust',
    question: 'Can talks resume without assurances against new strikes?',
    condition: 'Araghchi called the strikes “a betrayal to diplomacy” and set an end to attacks as the condition; a US official said Washington remained “committed to talks”',
    sources: ['justthenews-araghchi-trust', 'swissinfo-89556182', 'bss-282419'],
  },
  {
    id: 'q-relief',
    question: 'What relief is on the table after snapback?',
    condition: 'UN measures are back on top of NSPM-2; Iran’s reported and on-record asks centre on frozen assets, oil exports and lifting all economic sanctions',
    sources: ['sunstar-snapback', 'conferenceboard-nspm2', 'iranintl-202504179474', 'nbc-shamkhani-copy'],
  },
]
