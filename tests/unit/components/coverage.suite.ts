import type { DeckDataSet } from '../../../scripts/lib/deck-checks/index.ts'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDeck, loadDeckData } from '../../../scripts/lib/deck-checks/index.ts'
import { dayMonth } from '../support/dates.ts'
import { deckRoot } from '../support/deck-root.ts'
import { deckComponent, mountDeckComponent, textOf } from '../support/mount-deck-component.ts'
import { renderSlide } from '../support/slide-text.ts'

/** The newest dated record of every collection in data/, found independently of data/derive.ts. */
function newestRecordDate(data: DeckDataSet): string {
  const dates = Object.values(data.collections).flatMap(records => records.flatMap((r) => {
    const d = typeof r.endDate === 'string' ? r.endDate : r.date
    return typeof d === 'string' ? [d] : []
  }))
  return dates.sort().at(-1)!
}

describe('Coverage', () => {
  let data: DeckDataSet
  beforeAll(async () => {
    data = await loadDeckData(deckRoot)
  })

  it('"sources to" is the date of the newest sourced record', () => {
    const newest = newestRecordDate(data)
    const { wrapper, warnings } = mountDeckComponent(deckComponent('Coverage'), { part: 'to' })
    expect(warnings).toEqual([])
    const expected = newest.length === 10 ? `${dayMonth(newest)} ${newest.slice(0, 4)}` : newest.slice(0, 4)
    expect(textOf(wrapper)).toContain(expected)
  })

  it('the period runs to the month of the newest record', () => {
    const newest = newestRecordDate(data)
    const { wrapper } = mountDeckComponent(deckComponent('Coverage'), { part: 'period' })
    expect(textOf(wrapper)).toMatch(new RegExp(`^\\w{3} 2025 – \\w{3} ${newest.slice(0, 4)}$`))
  })

  it('the title slide states the period and the coverage date, and the headmatter agrees with the data', async () => {
    const deck = await loadDeck(deckRoot)
    const title = renderSlide(deck.slides[0]).text
    const newest = newestRecordDate(data)
    expect(title).toContain('2025–2026')
    expect(title).toMatch(/sources to/i)
    if (newest.length === 10)
      expect(title).toContain(`${dayMonth(newest)} ${newest.slice(0, 4)}`)
    expect((deck.headmatter.coverage as { to: string }).to).toBe(newest)
  })
})
