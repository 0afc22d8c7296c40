import { describe, expect, it } from 'vitest'
import { economy, frozenAssets } from '../../../data/economy'
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

describe('RangeChart', () => {
  it('draws every frozen-assets estimate with its bounds and who gave it', () => {
    const { wrapper, warnings } = mountDeckComponent(deckComponent('RangeChart'))
    expect(warnings).toEqual([])
    const rows = wrapper.findAll('.row:not(.axis-row)')
    expect(rows).toHaveLength(frozenAssets.length)
    rows.forEach((row, i) => {
      const r = frozenAssets[i]
      const text = textOf(row)
      expect(text).toContain(r.label)
      expect(text).toContain(r.attribution)
      expect(text).toContain(r.low === r.high ? `${r.low}bn` : `${r.low}–${r.high}bn`)
    })
  })
})
