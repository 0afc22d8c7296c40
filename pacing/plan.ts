/**
 * The talk's timing plan, from slide frontmatter alone: core slides (before the one marked
 * `backup: true`) carry `budget: <seconds>`; `optional: true` ones drop out of the short cut.
 * Pure functions, shared by the presenter's readout, the short-cut navigation and the tests.
 */

export interface PacedSlide {
  no: number
  frontmatter: Record<string, unknown>
}

export interface PlanOptions {
  /** Present the short cut: optional core slides are skipped and leave the plan. */
  short: boolean
}

/** Within this many seconds of the plan the talk is "on plan". */
export const ON_PLAN_SECONDS = 30

/** `budget: 90` or `budget: '90'` → 90; anything else (missing, "1m", negative) → undefined. */
export function budgetOf(slide: PacedSlide): number | undefined {
  const raw = slide.frontmatter.budget
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(raw) ? Number(raw) : Number.NaN
  return Number.isFinite(value) && value >= 0 ? value : undefined
}

/** The number of the "Backup" divider (`backup: true`), or undefined when the deck has none. */
export function backupSlideNo(slides: readonly PacedSlide[]): number | undefined {
  return slides.find(s => s.frontmatter.backup === true)?.no
}

/** Core slides: everything before the backup divider (the whole deck when there is none). */
export function isCore(slides: readonly PacedSlide[], no: number): boolean {
  const backup = backupSlideNo(slides)
  return backup === undefined || no < backup
}

/** A core slide the current cut presents: every core slide, or in the short cut the non-optional ones. */
export function isKept(slides: readonly PacedSlide[], slide: PacedSlide, { short }: PlanOptions): boolean {
  return isCore(slides, slide.no) && !(short && slide.frontmatter.optional === true)
}

/** Seconds the plan gives the kept core slides before slide `no`: where the talk should be on arriving there. */
export function plannedAt(slides: readonly PacedSlide[], no: number, options: PlanOptions): number {
  return slides.filter(s => s.no < no && isKept(slides, s, options)).reduce((sum, s) => sum + (budgetOf(s) ?? 0), 0)
}

/** The whole cut's planned length in seconds. */
export function plannedTotal(slides: readonly PacedSlide[], options: PlanOptions): number {
  return slides.filter(s => isKept(slides, s, options)).reduce((sum, s) => sum + (budgetOf(s) ?? 0), 0)
}

/**
 * Where "next" (`direction` 1) or "previous" (-1) lands from slide `from` in this cut: the
 * adjacent slide, except that the short cut steps over optional core slides. Backup slides are
 * never skipped. Undefined past either end.
 */
export function stepTarget(slides: readonly PacedSlide[], from: number, direction: 1 | -1, options: PlanOptions): number | undefined {
  for (let no = from + direction; no >= 1 && no <= slides.length; no += direction) {
    const slide = slides[no - 1]
    if (!isCore(slides, no) || isKept(slides, slide, options))
      return no
  }
  return undefined
}

/** 760 → "12:40"; 3725 → "1:02:05"; negative values are shown by magnitude. */
export function formatClock(seconds: number): string {
  const s = Math.floor(Math.abs(seconds))
  const [h, m, sec] = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60]
  const pad = (n: number): string => String(n).padStart(2, '0')
  return h ? `${h}:${pad(m)}:${pad(sec)}` : `${m}:${pad(sec)}`
}

export type PaceStatus = 'ahead' | 'on plan' | 'behind'

export interface PaceReading {
  elapsed: number
  planned: number
  total: number
  /** Elapsed minus planned: positive when behind. */
  delta: number
  status: PaceStatus
  /** In the backup or sources: the plan is the whole cut (questions time). */
  inBackup: boolean
  /** e.g. "12:40 / plan 11:30 · 1:10 behind". */
  text: string
}

/** The presenter's readout at slide `no` after `elapsed` seconds of talk. */
export function readPace(slides: readonly PacedSlide[], no: number, elapsed: number, options: PlanOptions): PaceReading {
  const total = plannedTotal(slides, options)
  const inBackup = !isCore(slides, no)
  const planned = inBackup ? total : plannedAt(slides, no, options)
  const delta = elapsed - planned
  const status: PaceStatus = Math.abs(delta) <= ON_PLAN_SECONDS ? 'on plan' : delta > 0 ? 'behind' : 'ahead'
  const words = status === 'on plan' ? 'on plan' : `${formatClock(delta)} ${status}`
  return { elapsed, planned, total, delta, status, inBackup, text: `${formatClock(elapsed)} / plan ${formatClock(planned)} · ${words}` }
}
