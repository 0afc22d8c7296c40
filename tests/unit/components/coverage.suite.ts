import type { DeckDataSet } from '../../../scripts/lib/deck-checks/index.ts'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDeck, loadDeckData } from '../../../scripts/lib/deck-checks/index.ts'
import { dayMonth } from '../support/dates.ts'
import { deckRoot } from '../support/deck-root.ts'
import { deckComponent, mountDeckComponent, textOf } from '../support/mount-deck-component.ts'
import { renderSlide } from '../support/slide-text.ts'

/**
 * The newest confirmed record of every collection in data/ (not ❓, with a source that is not a
 * lead), found independently of data/derive.ts.
 */
function newestRecordDate(data: DeckDataSet): string {
  const kind = new Map(data.sources.map(s => [s.id, s.kind]))
  const dates = Object.values(data.collections).flatMap(records => records.flatMap((r) => {
    const d = typeof r.endDate === 'string' ? r.endDate : r.date
    const evidence = !r.unconfirmed && Array.isArray(r.sources) && r.sources.some(id => kind.has(id as string) && kind.get(id as string) !== 'lead')
    return typeof d === 'string' && evidence ? [d] : []
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

  it('the briefing date and the gap to it come from the briefing date, in words', () => {
    const newest = newestRecordDate(data)
    expect(newest).toBe('2026-10-07')
    const briefing = mountDeckComponent(deckComponent('Coverage'), { part: 'briefing', briefingDate: '2026-12-06' })
    expect(briefing.warnings).toEqual([])
    expect(textOf(briefing.wrapper)).toBe('6 Dec 2026')
    const gap = mountDeckComponent(deckComponent('Coverage'), { part: 'gap', briefingDate: '2026-12-06' })
    expect(textOf(gap.wrapper)).toBe('about two months before this briefing')
    const later = mountDeckComponent(deckComponent('Coverage'), { part: 'gap', briefingDate: '2027-02-06' })
    expect(textOf(later.wrapper)).toBe('about four months before this briefing')
  })

  it('without a briefing date the briefing parts refuse to guess', () => {
    expect(() => mountDeckComponent(deckComponent('Coverage'), { part: 'gap' }, {})).toThrow(/briefingDate/)
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

describe('PlayersGrid: roles with their date', () => {
  it('shows a visible "Roles as of" caption from its as-of prop (review S2)', () => {
    const { wrapper, warnings } = mountDeckComponent(deckComponent('PlayersGrid'), { ids: ['trump', 'larijani'], asOf: '2026-10-07' })
    expect(warnings).toEqual([])
    expect(textOf(wrapper.get('[data-as-of]'))).toBe('Roles as of 7 Oct 2026')
  })

  it('marks a role our sources no longer establish, so nobody is shown in an office they may have left', () => {
    const { wrapper } = mountDeckComponent(deckComponent('PlayersGrid'), { ids: ['larijani', 'bessent'], asOf: '2026-10-07' })
    expect(textOf(wrapper.get('[data-player="larijani"] .role'))).toMatch(/\(may have changed from \w{3} 2026; unconfirmed\)$/)
    expect(textOf(wrapper.get('[data-player="bessent"] .role'))).toBe('Treasury Secretary')
  })

  it('without as-of there is no caption', () => {
    const { wrapper } = mountDeckComponent(deckComponent('PlayersGrid'), { ids: ['trump'] })
    expect(wrapper.find('[data-as-of]').exists()).toBe(false)
  })
})
