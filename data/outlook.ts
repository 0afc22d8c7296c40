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
    says: 'No weapon ever; the HEU given up (a US official); inspectors back (Vance)',
    date: '2026-06-21',
    sources: ['dailybeirut-wapo-framework', 'chinadailybrief-iaea-2026-06', 'ecns-2026-02-27'],
  },
  {
    id: 'pos-iran-2026',
    actor: 'Iran',
    side: 'Iran',
    says: 'Enrichment stays (Pezeshkian); IAEA access under Iran’s laws (Baghaei); no HEU handover agreed (an Iranian source)',
    date: '2026-06-21',
    sources: ['etud-pbs-burgenstock', 'chinadailybrief-iaea-2026-06', 'dailymotion-reuters-heu'],
  },
  {
    id: 'pos-mediators-2026',
    actor: 'Pakistan & Qatar',
    side: 'Mediator',
    says: 'The MoU as a framework: technical teams plus political meetings (Qatar’s PM)',
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

/** What the sources stop answering after early July 2026, with what they do say. */
export const openQuestions: OpenQuestion[] = [
  {
    id: 'q-60-days',
    question: 'Did the 60-day window yield a deal?',
    condition: 'Window to about 14–17 Aug; our sources stop on 1 Jul',
    sources: ['dawn-islamabad-mou', 'jordantimes-afp-doha'],
  },
  {
    id: 'q-hormuz',
    question: 'Did Hormuz traffic recover?',
    condition: 'Ships were hit again on 25–27 Jun',
    sources: ['dailybeirut-wapo-framework', 'yourhelper-ap-trade-fire'],
  },
  {
    id: 'q-blockade',
    question: 'Was the blockade lifted?',
    condition: 'No source says it ended',
    sources: ['dailybeirut-wapo-framework', 'newsar-ap-blockade-65304'],
  },
  {
    id: 'q-inspections',
    question: 'Did inspectors return?',
    condition: 'Vance: yes; Iran: only under its laws',
    sources: ['chinadailybrief-iaea-2026-06'],
  },
  {
    id: 'q-heu',
    question: 'Where is the 60% uranium?',
    condition: 'Handover disputed; IAEA: mostly at Isfahan',
    sources: ['voiceofvienna-iaea-2026-02-27', 'dailybeirut-wapo-framework', 'dailymotion-reuters-heu'],
  },
  {
    id: 'q-after-july',
    question: 'What happened in Aug–Nov 2026?',
    condition: 'No source found',
    sources: ['jordantimes-afp-doha'],
  },
]
