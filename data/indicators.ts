import type { Indicator } from './types'

/**
 * What to watch: each indicator is written as the thing one would see, and names the key
 * judgments (data/judgments.ts) it would move: `up` makes the judged event more likely.
 * `npm run check` fails on an indicator that names no existing judgment.
 */
export const indicators: Indicator[] = [
  {
    id: 'ind-hormuz-crossings',
    text: 'Hormuz crossings climbing back towards 100–135 a day',
    moves: [{ judgment: 'kj-hormuz', direction: 'up' }, { judgment: 'kj-sequencing-text', direction: 'up' }],
    sources: ['newspravda-ap-lloyds'],
  },
  {
    id: 'ind-iaea-isfahan',
    text: 'IAEA inspectors at Isfahan, or a figure for the 60% uranium',
    moves: [{ judgment: 'kj-iaea-access', direction: 'up' }, { judgment: 'kj-no-final-deal', direction: 'up' }],
    sources: ['voiceofvienna-iaea-2026-02-27'],
  },
  {
    id: 'ind-blockade',
    text: 'The US blockade of Iran’s ports lifted',
    moves: [{ judgment: 'kj-hormuz', direction: 'up' }, { judgment: 'kj-sequencing-text', direction: 'up' }],
    sources: ['reuters-h-2026-07-14-blockade'],
  },
  {
    id: 'ind-qatar-text',
    text: 'A text via Qatar on who moves first',
    moves: [{ judgment: 'kj-sequencing-text', direction: 'up' }, { judgment: 'kj-no-final-deal', direction: 'up' }],
  },
  {
    id: 'ind-force-posture',
    text: 'More US carriers and bombers after the 3 Nov midterms',
    moves: [{ judgment: 'kj-strikes-resume', direction: 'up' }],
    sources: ['aljazeera-h-2026-10-02-carrier'],
  },
  {
    id: 'ind-frozen-funds',
    text: 'A confirmed transfer of the $6bn frozen in Qatar',
    moves: [{ judgment: 'kj-sequencing-text', direction: 'up' }, { judgment: 'kj-strikes-resume', direction: 'down' }],
    sources: ['nasdaq-qatar-6bn'],
  },
]
