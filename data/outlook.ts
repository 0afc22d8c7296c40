import type { OpenQuestion, Position } from './types'

/**
 * Where each side stood when the sources stop (mid-2026): stated positions, attributed, not
 * predictions. The 2025 positions live in the notes of the 2025 sections.
 */
export const positions: Position[] = [
  {
    id: 'pos-us-2026',
    actor: 'United States',
    side: 'US',
    says: 'No weapon ever; the enriched uranium given up (a US official); inspectors readmitted (Vance)',
    date: '2026-06-21',
    sources: ['dailybeirut-wapo-framework', 'chinadailybrief-iaea-2026-06', 'ecns-2026-02-27'],
  },
  {
    id: 'pos-iran-2026',
    actor: 'Iran',
    side: 'Iran',
    says: 'Enrichment stays (Pezeshkian); IAEA access under Iran’s laws (Baghaei); no uranium handover agreed (an Iranian source)',
    date: '2026-06-21',
    sources: ['etud-pbs-burgenstock', 'chinadailybrief-iaea-2026-06', 'dailymotion-reuters-heu'],
  },
  {
    id: 'pos-mediators-2026',
    actor: 'Pakistan & Qatar',
    side: 'Mediator',
    says: 'The interim MoU of mid-June 2026 as a framework: technical teams plus political meetings (Qatar’s PM)',
    date: '2026-06-23',
    sources: ['peninsula-qna-mou', 'dawn-islamabad-mou'],
  },
  {
    id: 'pos-russia-china-2026',
    actor: 'Russia & China',
    side: 'Russia/China',
    says: 'A halt by all sides (Russia’s draft, Mar); vetoed the Hormuz resolution (7 Apr)',
    date: '2026-04-07',
    sources: ['ynet-russian-draft-2026', 'globalnews-hormuz-veto'],
  },
]

/** What the sources leave open when they stop (7 Oct 2026), with what they do say. */
export const openQuestions: OpenQuestion[] = [
  {
    id: 'q-60-days',
    question: 'Did the 60-day window yield a deal?',
    condition: 'No: it lapsed in mid-August (The Economist)',
    sources: ['dawn-islamabad-mou', 'economist-2026-08-22-world-this-week'],
  },
  {
    id: 'q-hormuz',
    question: 'Did Hormuz traffic recover?',
    condition: 'Tankers still attacked on 7 Oct (Al Jazeera)',
    sources: ['dailybeirut-wapo-framework', 'aljazeera-h-2026-10-07-oman-tanker'],
  },
  {
    id: 'q-blockade',
    question: 'Was the blockade lifted?',
    condition: 'No: back since 14 Jul (Reuters)',
    sources: ['newsar-ap-blockade-65304', 'reuters-h-2026-07-14-blockade'],
  },
  {
    id: 'q-inspections',
    question: 'Did inspectors return?',
    condition: 'Iran would readmit them (Vance, 21 Jun); under its laws (Iran); none reported',
    sources: ['chinadailybrief-iaea-2026-06'],
  },
  {
    id: 'q-after-october',
    question: 'What happened after 7 Oct 2026?',
    condition: 'No credible report: no deal, no inspectors, no midterm result',
    sources: ['aljazeera-h-2026-10-07-oman-tanker', 'reuters-h-2026-10-07-aden'],
  },
]
