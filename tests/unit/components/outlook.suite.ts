import { describe, expect, it } from 'vitest'
import { economy } from '../../../data/economy'
import { openQuestions, positions } from '../../../data/outlook'
import { players } from '../../../data/players'
import { quotes } from '../../../data/quotes'
import { deckComponent, mountDeckComponent, textOf } from '../support/mount-deck-component.ts'

describe('PlayersGrid', () => {
  it('shows every player of data/players.ts with role and stance', () => {
    const { wrapper, warnings } = mountDeckComponent(deckComponent('PlayersGrid'))
    expect(warnings).toEqual([])
    const names = wrapper.findAll('.player .name').map(n => n.text())
    expect(names.sort()).toEqual(players.map(p => p.name).sort())
    const text = textOf(wrapper)
    for (const p of players)
      expect(text).toContain(p.stance)
  })

  it('shows only the sides asked for', () => {
    const { wrapper } = mountDeckComponent(deckComponent('PlayersGrid'), { columns: [['Iran']] })
    expect(wrapper.findAll('.player .name').map(n => n.text())).toEqual(players.filter(p => p.side === 'Iran').map(p => p.name))
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
