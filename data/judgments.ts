import type { Judgment } from './types'

/**
 * Key judgments: where the talks stand on the newest confirmed reporting (7 Oct 2026) and where
 * they are heading. One sentence each, with one term of the ICD 203 scale (data/estimative-scale.ts)
 * and no confidence words: confidence and its basis sit beside the sentence, never inside it.
 * `npm run check` holds the wording to that (scripts/lib/deck-checks/judgments.ts). At most five.
 */
export const judgments: Judgment[] = [
  {
    id: 'kj-no-final-deal',
    text: 'A comprehensive US–Iran agreement that settles enrichment, the 60% stockpile and sanctions relief is very unlikely to be signed before the end of March 2027.',
    likelihood: 'very unlikely',
    confidence: 'moderate',
    basis: 'Headlines show the MoU window lapsing in August with no deal and Trump saying Iran would not make the one he needs; Iran’s reported rejection of the last US text (4 Oct) rests on secondary copies.',
    slides: ['sequencing', 'collapse', 'economic-war'],
    sources: ['reuters-h-2026-08-17-oman', 'reuters-h-2026-08-18-no-talks', 'geobrief-log'],
  },
  {
    id: 'kj-sequencing-text',
    text: 'There is a roughly even chance that the Qatar channel yields a limited written US–Iran arrangement on who moves first — the strait, the blockade, the frozen funds — before the end of March 2027.',
    likelihood: 'roughly even chance',
    confidence: 'low',
    basis: 'Contacts through Qatar were reported into October, but the only reported exchange of texts ended in a rejection, and those reports come from AI-written compilations.',
    slides: ['sequencing', 'economic-war'],
    sources: ['geobrief-log', 'geobrief-state', 'reuters-h-2026-08-18-no-talks'],
  },
  {
    id: 'kj-strikes-resume',
    text: 'US air strikes on Iran on the scale of July’s eleven successive nights are likely to resume before the end of March 2027.',
    likelihood: 'likely',
    confidence: 'low',
    basis: 'The build-up of US forces (2 Oct) and Trump’s “hard way” warning (4 Oct) are confirmed headlines; his reported plan to bomb after the midterms is not, and nothing after mid-October was read.',
    slides: ['war-2026', 'collapse', 'watch'],
    sources: ['aljazeera-h-2026-10-02-carrier', 'aljazeera-h-2026-10-04-hard-way', 'aljazeera-h-2026-09-21-resume', 'reuters-h-2026-07-22-eleventh-night'],
  },
  {
    id: 'kj-iaea-access',
    text: 'IAEA inspectors are very unlikely to account for Iran’s 440.9 kg of 60% enriched uranium before the end of March 2027.',
    likelihood: 'very unlikely',
    confidence: 'moderate',
    basis: 'Tehran keeps inspections under its 2025 law and no inspection since the IAEA’s February 2026 report was found; secondary reports tie any return of inspectors to a final deal.',
    slides: ['nuclear-file'],
    sources: ['voiceofvienna-iaea-2026-02-27', 'chinadailybrief-iaea-2026-06', 'geobrief-state'],
  },
  {
    id: 'kj-hormuz',
    text: 'Traffic through the Strait of Hormuz is unlikely to recover to its pre-war 100–135 crossings a day before the end of March 2027.',
    likelihood: 'unlikely',
    confidence: 'moderate',
    basis: 'Tankers were still attacked in and near the strait on 7 Oct, the US blockade of Iran’s ports was back from 14 Jul, and Tehran said in August that the strait stays shut.',
    slides: ['hormuz', 'economic-war'],
    sources: ['newspravda-ap-lloyds', 'aljazeera-h-2026-10-07-oman-tanker', 'reuters-h-2026-07-14-blockade', 'reuters-h-2026-08-18-no-talks'],
  },
]
