import type { DeckSlide } from './deck.ts'
import { srcMarkers } from '../notes/split-notes.ts'
import { describeSlide } from './deck.ts'

/**
 * Every `[src: id]` in the speaker notes names a source in data/sources.ts. The handout lists
 * a slide's references from these ids, so an unknown one would silently drop a reference.
 * Messages point at the line in the slide's file.
 */
export function checkNoteSources(slides: readonly DeckSlide[], knownIds: readonly string[]): string[] {
  const known = new Set(knownIds)
  return slides.flatMap((slide) => {
    return srcMarkers(slide.raw)
      .filter(m => !known.has(m.id))
      .map((m) => {
        const line = slide.line + m.line - 1
        return `${slide.file}:${line}: [src: ${m.id}] in the notes of ${describeSlide(slide)} is not in data/sources.ts`
      })
  })
}
