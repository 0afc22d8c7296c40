import type { DeckSlide } from './deck.ts'
import { describeSlide } from './deck.ts'

/** Notes that are only click markers or whitespace say nothing to the presenter. */
function hasNotes(slide: DeckSlide): boolean {
  return slide.note.replace(/\[click(?::\d+)?\]/gi, '').replace(/<!--[\s\S]*?-->/g, '').trim().length > 0
}

/**
 * Every content slide has speaker notes. All slides count as content unless `isContent` says
 * otherwise (the deck decides what, if anything, is exempt).
 */
export function checkNotes(slides: readonly DeckSlide[], isContent: (slide: DeckSlide) => boolean = () => true): string[] {
  return slides
    .filter(s => isContent(s) && !hasNotes(s))
    .map(s => `${describeSlide(s)} has no speaker notes`)
}
