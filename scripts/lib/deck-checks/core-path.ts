import type { DeckSlide } from './deck.ts'
import { backupIndex, clock, coreSlides, PACE, timeCorePath } from '../notes/timing.ts'
import { describeSlide } from './deck.ts'

/**
 * The briefing's timed core path (issue 19): a divider titled "Backup" with `backup: true` ends
 * it; at most 22 slides before it, each with a `budget:` in seconds, whose scripts read within
 * the slot. Slides after the divider are for questions and never timed. A deck that uses
 * neither `budget:` nor `backup:` is not a timed briefing and is left alone.
 */
export function checkCorePath(slides: readonly DeckSlide[], entry: string): string[] {
  // A deck with no budgets and no Backup divider is not a timed briefing: nothing to hold it to.
  if (!slides.some(s => s.frontmatter.budget !== undefined || s.frontmatter.backup !== undefined))
    return []
  const errors: string[] = []
  const at = backupIndex(slides)
  if (at < 0)
    return [`${entry}: no slide has \`backup: true\`: the core path needs a "Backup" divider before the backup slides`]
  const divider = slides[at]
  if (divider.title !== 'Backup')
    errors.push(`${describeSlide(divider)}: the slide with \`backup: true\` must be titled "Backup"`)
  const core = coreSlides(slides)
  if (core.length > PACE.maxCoreSlides)
    errors.push(`${describeSlide(divider)}: the core path has ${core.length} slides before "Backup"; at most ${PACE.maxCoreSlides}`)
  for (const s of core) {
    const budget = s.frontmatter.budget
    if (typeof budget !== 'number' || !(budget > 0))
      errors.push(`${describeSlide(s)}: a core slide needs \`budget:\` (seconds, a positive number) in its frontmatter`)
  }
  for (const s of slides.slice(at + 1)) {
    if (s.frontmatter.optional === true)
      errors.push(`${describeSlide(s)}: \`optional\` only means something on the core path (before "Backup")`)
  }
  const timing = timeCorePath(slides)
  if (timing.seconds > PACE.slotSeconds)
    errors.push(`${describeSlide(divider)}: the core path's scripts read in ${clock(timing.seconds)} (${timing.words} words at ${PACE.wordsPerMinute} a minute plus ${PACE.readSecondsPerSlide} s a slide), over the ${clock(PACE.slotSeconds)} slot`)
  const budgets = core.reduce((sum, s) => sum + (typeof s.frontmatter.budget === 'number' ? s.frontmatter.budget : 0), 0)
  if (budgets > PACE.slotSeconds)
    errors.push(`${describeSlide(divider)}: the core slides' budgets add up to ${clock(budgets)}, over the ${clock(PACE.slotSeconds)} slot`)
  return errors
}
