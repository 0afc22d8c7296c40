import { describe, expect, it } from 'vitest'
import { roundNumber } from '../../../data/derive'
import { rounds } from '../../../data/rounds'
import { timeline } from '../../../data/timeline'
import { dayMonth, weekdayDayMonth } from '../support/dates.ts'
import { deckComponent, mountDeckComponent, textOf } from '../support/mount-deck-component.ts'

describe('RoundsTimeline', () => {
  it('shows every round of data/rounds.ts with its number, weekday, date and city', () => {
    const { wrapper, warnings } = mountDeckComponent(deckComponent('RoundsTimeline'))
    expect(warnings).toEqual([])
    const shown = wrapper.findAll('.round')
    expect(shown).toHaveLength(rounds.length)
    shown.forEach((el, i) => {
      const r = rounds[i]
      expect(el.get('.dot').text()).toBe(String(roundNumber(r)))
      expect(textOf(el)).toContain(weekdayDayMonth(r.date))
      expect(textOf(el)).toContain(r.city)
    })
  })

  it('places the rounds left to right by date', () => {
    const { wrapper } = mountDeckComponent(deckComponent('RoundsTimeline'))
    const lefts = wrapper.findAll('.round').map(el => Number.parseFloat((el.element as HTMLElement).style.left))
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b))
    expect(new Set(lefts).size).toBe(rounds.length)
  })

  it('marks a cancelled round in words, not only by style', () => {
    const { wrapper } = mountDeckComponent(deckComponent('RoundsTimeline'))
    wrapper.findAll('.round').forEach((el, i) => {
      expect(/cancelled/i.test(el.text())).toBe(rounds[i].status === 'cancelled')
    })
    expect(wrapper.attributes('aria-label')).toContain(`round ${rounds.length}`)
  })

  it('marks the timeline events it is given', () => {
    const event = timeline.find(e => e.era === '2025')!
    const { wrapper } = mountDeckComponent(deckComponent('RoundsTimeline'), { events: [event.id] })
    expect(textOf(wrapper.get('.events'))).toContain(`${dayMonth(event.date)} ${event.label}`)
  })
})

describe('RoundCards', () => {
  it('shows one card per round by default, with its place, leads and outcome', () => {
    const { wrapper, warnings } = mountDeckComponent(deckComponent('RoundCards'))
    expect(warnings).toEqual([])
    const cards = wrapper.findAll('article')
    expect(cards).toHaveLength(rounds.length)
    cards.forEach((card, i) => {
      const r = rounds[i]
      const text = textOf(card)
      expect(text).toContain(`Round ${roundNumber(r)}`)
      expect(text).toContain(`${weekdayDayMonth(r.date)} ${r.date.slice(0, 4)} · ${r.city}`)
      expect(text).toContain(r.outcome)
      expect(text).toContain(r.usLead)
      expect(text).toContain(r.iranLead)
      expect(card.classes()).toContain(r.status)
    })
  })

  it('shows only the rounds in the from–to range', () => {
    const from = 2
    const to = Math.min(3, rounds.length)
    const { wrapper } = mountDeckComponent(deckComponent('RoundCards'), { from, to })
    const numbers = wrapper.findAll('article').map(a => a.get('.num').text())
    expect(numbers).toEqual(rounds.filter(r => roundNumber(r) >= from && roundNumber(r) <= to).map(r => `Round ${roundNumber(r)}`))
  })

  it('shows the disagreement line exactly for the rounds whose sources differ', () => {
    const { wrapper } = mountDeckComponent(deckComponent('RoundCards'))
    wrapper.findAll('article').forEach((card, i) => {
      expect(card.find('.dispute-note').exists()).toBe(Boolean(rounds[i].disputed))
    })
  })
})

describe('EventList', () => {
  const picked = [timeline[timeline.length - 1], timeline[0], timeline[Math.floor(timeline.length / 2)]]

  it('lists the events it is given, in that order, with label and date', () => {
    const { wrapper, warnings } = mountDeckComponent(deckComponent('EventList'), { ids: picked.map(e => e.id), year: true })
    expect(warnings).toEqual([])
    const rows = wrapper.findAll('li')
    expect(rows).toHaveLength(picked.length)
    rows.forEach((row, i) => {
      const e = picked[i]
      expect(row.get('strong').text()).toBe(e.label)
      if (e.dateLabel)
        expect(row.get('.when').text()).toBe(e.dateLabel)
      else
        expect(row.get('.when').text()).toContain(e.date.slice(0, 4))
    })
  })

  it('refuses an unknown event id, naming it', () => {
    expect(() => mountDeckComponent(deckComponent('EventList'), { ids: ['no-such-event-xyz'] })).toThrow(/no-such-event-xyz/)
  })
})
