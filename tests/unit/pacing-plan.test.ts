import type { PacedSlide } from '../../pacing/plan.ts'
import { describe, expect, it } from 'vitest'
import { backupSlideNo, budgetOf, formatClock, isCore, plannedAt, plannedTotal, readPace, stepTarget } from '../../pacing/plan.ts'

/** The fixture deck's plan (tests/fixtures/pacing-deck): five core slides, one optional, then Backup and sources. */
const deck: PacedSlide[] = [
  { budget: 120 },
  { budget: 60 },
  { budget: 90, optional: true },
  { budget: 120 },
  { budget: '60' },
  { backup: true },
  { appendix: true, budget: 300 },
].map((frontmatter, i) => ({ no: i + 1, frontmatter }))

const full = { short: false }
const short = { short: true }

describe('pacing plan', () => {
  it('reads budgets in seconds and ignores anything else', () => {
    expect(budgetOf(deck[0])).toBe(120)
    expect(budgetOf(deck[4])).toBe(60)
    for (const budget of [undefined, '1m', -5, 'soon', null])
      expect(budgetOf({ no: 1, frontmatter: { budget } })).toBeUndefined()
  })

  it('core slides are those before the Backup divider; without one, every slide', () => {
    expect(backupSlideNo(deck)).toBe(6)
    expect([1, 5, 6, 7].map(no => isCore(deck, no))).toEqual([true, true, false, false])
    expect(isCore(deck.slice(0, 5), 5)).toBe(true)
  })

  it('the plan at a slide sums the kept core slides before it; the short cut drops optional ones', () => {
    expect([1, 2, 3, 4, 5, 6].map(no => plannedAt(deck, no, full))).toEqual([0, 120, 180, 270, 390, 450])
    expect([1, 2, 4, 5, 6].map(no => plannedAt(deck, no, short))).toEqual([0, 120, 180, 300, 360])
    // Backup and appendix budgets never count.
    expect(plannedTotal(deck, full)).toBe(450)
    expect(plannedTotal(deck, short)).toBe(360)
  })

  it('steps skip optional core slides only in the short cut, and never skip backup slides', () => {
    expect(stepTarget(deck, 2, 1, full)).toBe(3)
    expect(stepTarget(deck, 2, 1, short)).toBe(4)
    expect(stepTarget(deck, 4, -1, short)).toBe(2)
    expect(stepTarget(deck, 5, 1, short)).toBe(6)
    expect(stepTarget(deck, 7, 1, short)).toBeUndefined()
    expect(stepTarget(deck, 1, -1, short)).toBeUndefined()
    const optionalAfterBackup = [...deck.slice(0, 6), { no: 7, frontmatter: { optional: true } }]
    expect(stepTarget(optionalAfterBackup, 6, 1, short)).toBe(7)
  })

  it('formats clocks as m:ss, h:mm:ss past the hour', () => {
    expect(formatClock(0)).toBe('0:00')
    expect(formatClock(760)).toBe('12:40')
    expect(formatClock(70.9)).toBe('1:10')
    expect(formatClock(-70)).toBe('1:10')
    expect(formatClock(3725)).toBe('1:02:05')
  })

  it('reads the pace: behind, ahead, on plan within 30 s, and the whole talk in the backup', () => {
    const slides: PacedSlide[] = Array.from({ length: 12 }, (_, i) => ({ no: i + 1, frontmatter: { budget: 69 } }))
    slides.push({ no: 13, frontmatter: { backup: true } })
    const behind = readPace(slides, 11, 760, full)
    expect(behind).toMatchObject({ elapsed: 760, planned: 690, delta: 70, status: 'behind', inBackup: false })
    expect(behind.text).toBe('12:40 / plan 11:30 · 1:10 behind')
    expect(readPace(slides, 11, 600, full).text).toBe('10:00 / plan 11:30 · 1:30 ahead')
    expect(readPace(slides, 11, 600, full).status).toBe('ahead')
    expect(readPace(slides, 11, 720, full).text).toBe('12:00 / plan 11:30 · on plan')
    expect(readPace(slides, 11, 660, full).status).toBe('on plan')
    expect(readPace(slides, 11, 659, full).status).toBe('ahead')
    expect(readPace(slides, 13, 900, full)).toMatchObject({ planned: 828, total: 828, inBackup: true, text: '15:00 / plan 13:48 · 1:12 behind' })
  })
})
