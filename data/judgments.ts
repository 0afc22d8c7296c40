import type { Judgment } from './types'

/**
 * Key judgments: where the talks stand on the newest confirmed reporting (7 Oct 2026) and where
 * they are heading. One sentence each, with one term of the ICD 203 scale (data/estimative-scale.ts)
 * and no confidence words: confidence and its basis sit beside the sentence, never inside it.
 * Every judgment looks to the same horizon, `JUDGMENT_HORIZON`, shown once above them.
 * `npm run check` holds the wording to that (scripts/lib/deck-checks/judgments.ts). At most five.
 */
/** The date every judgment looks to: they say what is judged likely before it. */
export const JUDGMENT_HORIZON = '2027-04-01'

export const judgments: Judgment[] = [
  {
    id: 'kj-no-final-deal',
    short: 'Comprehensive deal',
    text: 'A comprehensive nuclear deal is very unlikely.',
    likelihood: 'very unlikely',
    confidence: 'moderate',
    basis: 'No deal when the MoU window lapsed in August; Iran’s reported rejection of the last US text (4 Oct) is secondary.',
    slides: ['sequencing', 'economic-war'],
    sources: ['reuters-h-2026-08-17-oman', 'reuters-h-2026-08-18-no-talks', 'geobrief-log'],
  },
  {
    id: 'kj-sequencing-text',
    short: 'Limited text on sequencing',
    text: 'A text on who moves first has a roughly even chance.',
    likelihood: 'roughly even chance',
    confidence: 'low',
    basis: 'Qatar contacts were reported into October, but only by AI-written logs; the last text reported was rejected.',
    slides: ['sequencing', 'economic-war'],
    sources: ['geobrief-log', 'geobrief-state', 'reuters-h-2026-08-18-no-talks'],
  },
  {
    id: 'kj-strikes-resume',
    short: 'Large-scale US strikes resume',
    text: 'US strikes on July’s scale are likely to resume.',
    likelihood: 'likely',
    confidence: 'low',
    basis: 'The build-up (2 Oct) and the “hard way” warning (4 Oct) are confirmed; a post-midterm bombing plan is only reported.',
    slides: ['collapse', 'war-at-sea'],
    sources: ['aljazeera-h-2026-10-02-carrier', 'aljazeera-h-2026-10-04-hard-way', 'aljazeera-h-2026-09-21-resume', 'reuters-h-2026-07-22-eleventh-night'],
  },
  {
    id: 'kj-iaea-access',
    short: 'IAEA accounts for the 60% stock',
    text: 'IAEA verification of the 60% uranium is very unlikely.',
    likelihood: 'very unlikely',
    confidence: 'moderate',
    basis: 'No inspection found since the IAEA’s February 2026 report; Tehran holds access under its 2025 law.',
    slides: ['nuclear-file'],
    sources: ['voiceofvienna-iaea-2026-02-27', 'chinadailybrief-iaea-2026-06', 'geobrief-state'],
  },
  {
    id: 'kj-hormuz',
    short: 'Hormuz traffic recovers',
    text: 'Hormuz traffic is unlikely to recover its pre-war level.',
    likelihood: 'unlikely',
    confidence: 'moderate',
    basis: 'Tankers were still attacked on 7 Oct, the US blockade is back since 14 Jul, and Tehran said in August the strait stays shut.',
    slides: ['hormuz', 'war-at-sea'],
    sources: ['newspravda-ap-lloyds', 'aljazeera-h-2026-10-07-oman-tanker', 'reuters-h-2026-07-14-blockade', 'reuters-h-2026-08-18-no-talks'],
  },
]
