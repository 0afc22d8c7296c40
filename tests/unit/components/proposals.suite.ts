import { describe, expect, it } from 'vitest'
import { sideClass } from '../../../data/players'
import { proposals } from '../../../data/proposals'
import { deckComponent, mountDeckComponent, textOf } from '../support/mount-deck-component.ts'

describe('ProposalCard', () => {
  it.each(proposals.map(p => [p.id]))('shows %s: title, what each side gives and asks, its status', (id) => {
    const p = proposals.find(x => x.id === id)!
    const { wrapper, warnings } = mountDeckComponent(deckComponent('ProposalCard'), { id })
    expect(warnings).toEqual([])
    const text = textOf(wrapper)
    expect(text).toContain(p.title)
    for (const item of [...p.gives, ...p.gets])
      expect(text).toContain(item)
    expect(text).toContain(p.reportedBy)
    expect(wrapper.classes()).toContain(sideClass(p.side))
    // Unconfirmed reports are flagged in words on the card.
    expect(/unconfirmed/.test(text)).toBe(!p.confirmed)
    // Where sources differ, the card says so.
    expect(text.includes('Sources differ')).toBe(Boolean(p.disputed))
  })

  it('leaves out who reported it when asked to', () => {
    const p = proposals[0]
    const { wrapper } = mountDeckComponent(deckComponent('ProposalCard'), { id: p.id, showReporter: false })
    expect(textOf(wrapper)).not.toContain(p.reportedBy)
    expect(textOf(wrapper)).toContain(p.title)
  })

  it('refuses an unknown proposal id, naming it', () => {
    expect(() => mountDeckComponent(deckComponent('ProposalCard'), { id: 'no-such-proposal-xyz' })).toThrow(/no-such-proposal-xyz/)
  })
})

describe('ProposalStages', () => {
  const staged = proposals.filter(p => p.stages?.length)

  it('the data has at least one phased offer to show', () => {
    expect(staged.length).toBeGreaterThan(0)
  })

  it.each(staged.map(p => [p.id]))('shows each stage of %s with what is given and got', (id) => {
    const p = staged.find(x => x.id === id)!
    const { wrapper, warnings } = mountDeckComponent(deckComponent('ProposalStages'), { id })
    expect(warnings).toEqual([])
    const rows = wrapper.findAll('[role="row"]').filter(r => !r.classes('head'))
    expect(rows).toHaveLength(p.stages!.length)
    rows.forEach((row, i) => {
      const stage = p.stages![i]
      expect(row.get('[role="rowheader"]').text()).toBe(stage.label)
      for (const item of [...stage.gives, ...stage.gets])
        expect(textOf(row)).toContain(item)
    })
  })

  it('refuses a proposal without stages', () => {
    const flat = proposals.find(p => !p.stages)
    expect(flat).toBeDefined()
    expect(() => mountDeckComponent(deckComponent('ProposalStages'), { id: flat!.id })).toThrow(new RegExp(flat!.id))
  })
})

describe('OfferComparison', () => {
  it('puts each side\'s offers in its own column', () => {
    const left = proposals.filter(p => p.side === 'Iran').slice(0, 2)
    const right = proposals.filter(p => p.side === 'US').slice(0, 1)
    expect(left.length && right.length).toBeTruthy()
    const { wrapper, warnings } = mountDeckComponent(deckComponent('OfferComparison'), { left: left.map(p => p.id), right: right.map(p => p.id) })
    expect(warnings).toEqual([])
    const [l, r] = wrapper.findAll('section')
    expect(l.findAll('article').map(a => a.get('.title').text())).toEqual(left.map(p => p.title))
    expect(r.findAll('article').map(a => a.get('.title').text())).toEqual(right.map(p => p.title))
    expect(textOf(l)).toContain('Iran')
    expect(textOf(r)).toContain('US')
  })
})
