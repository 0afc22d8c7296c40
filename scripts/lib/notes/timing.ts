import { splitNote, spokenWords } from './split-notes.ts'

/**
 * How long the core path takes to present: each core slide's script read at a briefing pace,
 * plus time for the room to read the slide. The core path is every slide before the divider
 * marked `backup: true`; what follows it (backup, sources) is for questions, outside the slot.
 */
export const PACE = {
  wordsPerMinute: 140,
  readSecondsPerSlide: 15,
  maxCoreSlides: 22,
  slotSeconds: 25 * 60,
} as const

export interface TimedSlide {
  no: number
  note?: string
  frontmatter: Record<string, unknown>
}

export interface SlideTiming {
  no: number
  words: number
  /** Script at the pace plus the room's reading time, in seconds. */
  seconds: number
  /** Frontmatter `budget` (seconds), when set. */
  budget?: number
  optional: boolean
}

/** Index of the "Backup" divider in `slides`, or -1 when the deck has none. */
export function backupIndex(slides: readonly Pick<TimedSlide, 'frontmatter'>[]): number {
  return slides.findIndex(s => s.frontmatter.backup === true)
}

/** The slides presented in the slot: everything before the Backup divider (all, without one). */
export function coreSlides<T extends Pick<TimedSlide, 'frontmatter'>>(slides: readonly T[]): T[] {
  const at = backupIndex(slides)
  return at < 0 ? [...slides] : slides.slice(0, at)
}

export function speakingSeconds(words: number): number {
  return (words / PACE.wordsPerMinute) * 60
}

export function timeSlide(slide: TimedSlide): SlideTiming {
  const words = spokenWords(splitNote(slide.note ?? '').script)
  const budget = typeof slide.frontmatter.budget === 'number' ? slide.frontmatter.budget : undefined
  return { no: slide.no, words, seconds: speakingSeconds(words) + PACE.readSecondsPerSlide, budget, optional: slide.frontmatter.optional === true }
}

/** The core path's timing; `cut: 'short'` leaves out the slides marked optional. */
export function timeCorePath(slides: readonly TimedSlide[], cut: 'full' | 'short' = 'full'): { slides: SlideTiming[], seconds: number, words: number } {
  const timed = coreSlides(slides).map(timeSlide).filter(t => cut === 'full' || !t.optional)
  return {
    slides: timed,
    seconds: timed.reduce((sum, t) => sum + t.seconds, 0),
    words: timed.reduce((sum, t) => sum + t.words, 0),
  }
}

/** "23:40" */
export function clock(seconds: number): string {
  const s = Math.round(seconds)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
