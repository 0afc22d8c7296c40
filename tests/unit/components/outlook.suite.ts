import { describe, expect, it } from 'vitest'
import { economy } from '../../../data/economy'
import { openQuestions, positions } from '../../../data/outlook'
import { players } from '../../../data/players'
import { quotes } from '../../../data/quotes'
import { deckComponent, mountDeckComponent, textOf } from '../support/mount-deck-component.ts'

describe('PlayersGrid', () => {
  it('shows the players asked for, grouped by side, each with a role', () => {
    const ids = players.map(p => p.id)
    const { wrapper, warnings } = mountDeckComponent(deckComponent('PlayersGrid'), { ids })
    expect(warnings).toEqual([])
    expect(wrapper.findAll('[data-player]').map(n => n.attributes('data-player')).sort()).toEqual([...ids].sort())
    for (const p of players)
      expect(textOf(wrapper.get(`[data-player="${p.id}"] .role`)).length).toBeGreaterThan(0)
  })

  it('gives an ended role with its dates, so nobody is shown in an office they have left', () => {
    const ended = players.filter(p => p.roles.at(-1)!.to)
    expect(ended.length).toBeGreaterThan(0)
    const { wrapper } = mountDeckComponent(deckComponent('PlayersGrid'), { ids: ended.map(p => p.id) })
    for (const p of ended) {
      const role = textOf(wrapper.get(`[data-player="${p.id}"] .role`))
      const to = p.roles.at(-1)!.to!
      expect(role).toContain(to.slice(0, 4))
      expect(role).toMatch(/–/)
    }
  })

  it('refuses an unknown player id, naming it', () => {
    expect(() => mountDeckComponent(deckComponent('PlayersGrid'), { ids: ['nobody-here'] })).toThrow(/nobody-here/)
  })
})

describe('PositionsList', () => {
  it('states every position, attributed to its actor', () => {
    const { wrapper, warnings } = mountDeckComponent(deckComponent('PositionsList'))
    expect(warnings).toEqual([])
    const items = wrapper.findAll('li')
    expect(items).toHaveLength(positions.length)
    items.forEach((li, i) => {
      expect(textOf(li)).toContain(positions[i].actor)
      expect(textOf(li)).toContain(positions[i].says)
    })
  })
})

describe('OpenQuestions', () => {
  it('lists the questions asked for, in that order, with their conditions', () => {
    const picked = [...openQuestions].reverse().slice(0, 2)
    const { wrapper, warnings } = mountDeckComponent(deckComponent('OpenQuestions'), { ids: picked.map(q => q.id) })
    expect(warnings).toEqual([])
    const items = wrapper.findAll('li')
    expect(items.map(li => li.get('.q').text())).toEqual(picked.map(q => q.question))
    items.forEach((li, i) => expect(textOf(li)).toContain(picked[i].condition))
  })

  it('lists them all by default', () => {
    const { wrapper } = mountDeckComponent(deckComponent('OpenQuestions'))
    expect(wrapper.findAll('li')).toHaveLength(openQuestions.length)
  })
})

describe('QuoteBlock', () => {
  it.each(quotes.map(q => [q.id]))('quotes %s verbatim with speaker and role', (id) => {
    const q = quotes.find(x => x.id === id)!
    const { wrapper, warnings } = mountDeckComponent(deckComponent('QuoteBlock'), { id })
    expect(warnings).toEqual([])
    const said = wrapper.get('blockquote').text()
    expect(said).toContain(q.text)
    // A fragment is marked as cut on both sides.
    expect(said.includes(`…${q.text}…`)).toBe(Boolean(q.fragment))
    expect(textOf(wrapper.get('figcaption'))).toContain(`${q.speaker}, ${q.role}`)
  })

  it('gives the context unless brief', () => {
    const q = quotes[0]
    expect(textOf(mountDeckComponent(deckComponent('QuoteBlock'), { id: q.id }).wrapper)).toContain(q.context)
    const { wrapper, warnings } = mountDeckComponent(deckComponent('QuoteBlock'), { id: q.id, brief: true })
    expect(warnings).toEqual([])
    expect(textOf(wrapper)).not.toContain(q.context)
    expect(textOf(wrapper)).toContain(q.speaker)
  })

  it('refuses an unknown quote id, naming it', () => {
    expect(() => mountDeckComponent(deckComponent('QuoteBlock'), { id: 'no-such-quote-xyz' })).toThrow(/no-such-quote-xyz/)
  })
})

describe('FactCards', () => {
  it('shows label, value and detail of each fact asked for', () => {
    const picked = economy.slice(0, 3)
    const { wrapper, warnings } = mountDeckComponent(deckComponent('FactCards'), { ids: picked.map(f => f.id) })
    expect(warnings).toEqual([])
    const cards = wrapper.findAll('.card')
    expect(cards).toHaveLength(picked.length)
    cards.forEach((card, i) => {
      expect(card.get('.label').text()).toBe(picked[i].label)
      expect(card.get('.value').text()).toBe(picked[i].value)
      expect(textOf(card)).toContain(picked[i].detail)
    })
  })
})
