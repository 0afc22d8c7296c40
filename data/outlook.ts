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
    says: 'No nuclear weapon, for good: a US official said the MoU binds Iran to give up its highly enriched uranium, method still to be negotiated; Vance said Iran would readmit IAEA inspectors',
    date: '2026-06-21',
    sources: ['dailybeirut-wapo-framework', 'chinadailybrief-iaea-2026-06', 'ecns-2026-02-27'],
  },
  {
    id: 'pos-iran-2026',
    actor: 'Iran',
    side: 'Iran',
    says: 'Enrichment stays: Pezeshkian said Iran would not give it up; IAEA access only under Iran’s own laws (Baghaei); an Iranian source said Tehran had not agreed to hand over its uranium',
    date: '2026-06-21',
    sources: ['etud-pbs-burgenstock', 'chinadailybrief-iaea-2026-06', 'dailymotion-reuters-heu'],
  },
  {
    id: 'pos-mediators-2026',
    actor: 'Pakistan & Qatar',
    side: 'Mediator',
    says: 'The MoU as a framework: Qatar’s PM said it set up technical teams plus regular political-level meetings; Pakistan’s PM called it a landmark for rebuilding Iran',
    date: '2026-06-23',
    sources: ['peninsula-qna-mou', 'dawn-islamabad-mou'],
  },
  {
    id: 'pos-russia-china-2026',
    actor: 'Russia & China',
    side: 'Russia/China',
    says: 'A halt by all sides and a return to talks (Russia’s failed draft, March); vetoed the 7 Apr resolution on reopening Hormuz',
    date: '2026-04-07',
    sources: ['ynet-russian-draft-2026', 'globalnews-hormuz-veto'],
  },
]

/** What the sources stop answering after early July 2026, with what they do say. */
export const openQuestions: OpenQuestion[] = [
  {
    id: 'q-60-days',
    question: 'Did the 60-day window lead to a deal?',
    condition: 'The mid-June MoU set 60 days for a final deal, so to about 14–17 Aug 2026; our sources stop with the Doha technical talks of 1 Jul',
    sources: ['dawn-islamabad-mou', 'jordantimes-afp-doha'],
  },
  {
    id: 'q-hormuz',
    question: 'Did Hormuz traffic recover?',
    condition: 'The reported framework foresaw pre-war traffic within 30 days; ships were hit again on 25–27 Jun',
    sources: ['dailybeirut-wapo-framework', 'yourhelper-ap-trade-fire'],
  },
  {
    id: 'q-blockade',
    question: 'Was the US blockade of Iranian ports lifted?',
    condition: 'An Iranian official said phase 1 meant lifting it gradually; no source confirms it ended',
    sources: ['dailybeirut-wapo-framework', 'newsar-ap-blockade-65304'],
  },
  {
    id: 'q-inspections',
    question: 'Did IAEA inspectors get back in?',
    condition: 'Vance said Iran agreed; Iran said access follows its own laws; no report of inspectors at Fordow, Natanz or Isfahan',
    sources: ['chinadailybrief-iaea-2026-06'],
  },
  {
    id: 'q-heu',
    question: 'What became of the 440.9 kg of 60% uranium?',
    condition: 'IAEA, 27 Feb: believed mostly in Isfahan tunnels; US official: to be given up; Iranian source: no handover agreed',
    sources: ['voiceofvienna-iaea-2026-02-27', 'dailybeirut-wapo-framework', 'dailymotion-reuters-heu'],
  },
  {
    id: 'q-after-july',
    question: 'What happened from August to November 2026?',
    condition: 'Nothing later than early July 2026 was found in our sources; check current reporting before presenting',
    sources: ['jordantimes-afp-doha'],
  },
]
