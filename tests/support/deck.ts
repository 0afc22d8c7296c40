import type { SlidevConfig } from '@slidev/types'
import type { DeckSlide } from '../../scripts/lib/deck-checks/deck.ts'
import { resolveDeckConfig } from '../../scripts/lib/deck-checks/deck-config.ts'
import { loadDeck as loadDeckSource } from '../../scripts/lib/deck-checks/deck.ts'
import { CUE_LINE, splitNote } from '../../scripts/lib/notes/split-notes.ts'
import { markdownToPlainText } from './text.ts'

/** A slide as the scripts' loader sees it, plus its title and notes as a reader sees them (to compare with renderings). */
export interface TestSlide extends DeckSlide {
  /** The title as plain, normalized text (`markdownToPlainText`); '' when none. */
  titlePlain: string
  /** The notes as plain text. */
  notePlain: string
  /** The script with its cues (what the speaker-notes PDF prints) as plain text. */
  presenterPlain: string
}

/** The script as the speaker-notes PDF prints it: cue lines as "[cue: …]". */
function presenterScript(note: string): string {
  return splitNote(note).presenter.split('\n').map(line => (CUE_LINE.test(line) ? `[cue: ${line.replace(CUE_LINE, '').trim()}]` : line)).join('\n')
}

/** Plain data (it travels to the test workers as JSON). */
export interface Deck {
  root: string
  slides: TestSlide[]
  headmatter: Record<string, unknown>
  config: SlidevConfig
}

/**
 * The deck as Slidev's own parser sees it (hidden and disabled slides already dropped, `src:`
 * imports followed), so tests derive their expectations from the deck instead of hard-coding them.
 */
export async function loadDeck(root: string, entry = 'slides.md'): Promise<Deck> {
  const deck = await loadDeckSource(root, entry)
  if (deck.problems.length)
    throw new Error(`The deck does not parse:\n${deck.problems.map(p => `${p.file}:${p.line}: ${p.message}`).join('\n')}`)
  return {
    root: deck.root,
    headmatter: deck.headmatter,
    config: resolveDeckConfig(deck.root, deck.headmatter),
    slides: deck.slides.map((slide, i) => {
      const parsed = deck.data.slides[i]
      return {
        ...slide,
        titlePlain: parsed.title ? markdownToPlainText(parsed.title) : '',
        notePlain: parsed.note ? markdownToPlainText(parsed.note) : '',
        presenterPlain: parsed.note ? markdownToPlainText(presenterScript(parsed.note)) : '',
      }
    }),
  }
}
