import type { Indicator } from './types'

/**
 * What to watch: each indicator is written as the thing one would see, and names the key
 * judgments (data/judgments.ts) it would move: `up` makes the judged event more likely.
 * `npm run check` fails on an indicator that names no existing judgment.
 */
export const indicators: Indicator[] = [
  {
    id: 'ind-hormuz-crossings',
    text: 'Daily crossings of the Strait of Hormuz climbing back towards the pre-war 100–135',
    moves: [{ judgment: 'kj-hormuz', direction: 'up' }, { judgment: 'kj-sequencing-text', direction: 'up' }],
    sources: ['newspravda-ap-lloyds'],
  },
  {
    id: 'ind-iaea-isfahan',
    text: 'IAEA inspectors back at Isfahan, or any IAEA figure on the 440.9 kg of 60% uranium',
    moves: [{ judgment: 'kj-iaea-access', direction: 'up' }, { judgment: 'kj-no-final-deal', direction: 'up' }],
    sources: ['voiceofvienna-iaea-2026-02-27'],
  },
  {
    id: 'ind-blockade',
    text: 'The US lifting its blockade of Iranian ports, in force again since 14 Jul',
    moves: [{ judgment: 'kj-hormuz', direction: 'up' }, { judgment: 'kj-sequencing-text', direction: 'up' }],
    sources: ['reuters-h-2026-07-14-blockade'],
  },
  {
    id: 'ind-qatar-text',
    text: 'A US–Iran text through Qatar that orders the first steps: strait, blockade, funds',
    moves: [{ judgment: 'kj-sequencing-text', direction: 'up' }, { judgment: 'kj-no-final-deal', direction: 'up' }],
  },
  {
    id: 'ind-force-posture',
    text: 'US carriers and bombers added in the region after the 3 Nov midterms, not rotated home',
    moves: [{ judgment: 'kj-strikes-resume', direction: 'up' }],
    sources: ['aljazeera-h-2026-10-02-carrier'],
  },
  {
    id: 'ind-frozen-funds',
    text: 'A confirmed transfer of Iran’s frozen funds, starting with the $6bn held in Qatar',
    moves: [{ judgment: 'kj-sequencing-text', direction: 'up' }, { judgment: 'kj-strikes-resume', direction: 'down' }],
    sources: ['nasdaq-qatar-6bn'],
  },
]
