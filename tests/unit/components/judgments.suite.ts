import { describe, expect, it } from 'vitest'
import { confidenceLevels, likelihoodScale } from '../../../data/estimative-scale'
import { indicators } from '../../../data/indicators'
import { compareIsoDates } from '../../../data/iso-date'
import { judgments } from '../../../data/judgments'
import { timeline } from '../../../data/timeline'
import { deckComponent, mountDeckComponent, textOf } from '../support/mount-deck-component.ts'

describe('KeyJudgments', () => {
  it('shows every judgment with its scale term in bold, a confidence chip with the basis, and evidence links', () => {
    const { wrapper, warnings } = mountDeckComponent(deckComponent('KeyJudgments'), { basis: true })
    expect(warnings).toEqual([])
    const rows = wrapper.findAll('[data-judgment]')
    expect(rows.map(r => r.attributes('data-judgment'))).toEqual(judgments.map(j => j.id))
    judgments.forEach((j, i) => {
      const row = rows[i]
      expect(row.get('.kj-term').text().toLowerCase()).toContain(j.likelihood)
      expect(textOf(row.get('.kj-text'))).toBe(j.text)
      // The column is headed "Confidence"; each chip names the level.
      expect(row.get('.kj-confidence').text()).toBe(`${j.confidence[0].toUpperCase()}${j.confidence.slice(1)}`)
      // Confidence is never inside the sentence (ICD 203): only in the chip beside it.
      expect(row.get('.kj-text').text()).not.toMatch(/confiden/i)
      expect(textOf(row.get('.kj-basis'))).toContain(j.basis)
      expect(row.findAll('.kj-link').map(a => a.attributes('data-to'))).toEqual(j.slides)
    })
    expect(wrapper.get('.key-judgments').attributes('data-description')).toMatch(/^Key judgments, .*\.$/)
  })

  it('by default, keeps each basis in the chip\'s tooltip and in the description', () => {
    const { wrapper } = mountDeckComponent(deckComponent('KeyJudgments'))
    expect(wrapper.findAll('.kj-basis')).toHaveLength(0)
    expect(wrapper.findAll('.kj-confidence').map(c => c.attributes('title'))).toEqual(judgments.map(j => j.basis))
    for (const j of judgments)
      expect(wrapper.get('.key-judgments').attributes('data-description')).toContain(j.basis.replace(/\.$/, ''))
  })

  it('shows the judgments asked for, and refuses an unknown id', () => {
    const { wrapper } = mountDeckComponent(deckComponent('KeyJudgments'), { ids: [judgments[1].id] })
    expect(wrapper.findAll('[data-judgment]')).toHaveLength(1)
    expect(() => mountDeckComponent(deckComponent('KeyJudgments'), { ids: ['kj-nothing'] })).toThrow(/kj-nothing/)
  })
})

describe('JudgmentScale', () => {
  it('lays the seven ICD 203 terms on a 0–100 % bar at their bands, and the confidence levels apart', () => {
    const { wrapper, warnings } = mountDeckComponent(deckComponent('JudgmentScale'))
    expect(warnings).toEqual([])
    expect(wrapper.findAll('[data-term]').map(t => textOf(t))).toEqual(likelihoodScale.map(s => `${s.term} ${s.from}–${s.to}%`))
    const bands = wrapper.findAll('.js-band').map(b => b.attributes('style'))
    expect(bands[3]).toContain('left: 45%')
    expect(bands[3]).toContain('width: 10%')
    expect(wrapper.findAll('[data-confidence]').map(c => c.attributes('data-confidence'))).toEqual(confidenceLevels.map(c => c.level))
    expect(wrapper.get('.judgment-scale').attributes('data-description')).toContain('roughly even chance 45–55%')
  })
})

describe('WatchList', () => {
  it('lists every indicator with the judgments it would move, by their number on the key-judgments slide', () => {
    const { wrapper, warnings } = mountDeckComponent(deckComponent('WatchList'))
    expect(warnings).toEqual([])
    const rows = wrapper.findAll('[data-indicator]')
    expect(rows).toHaveLength(indicators.length)
    indicators.forEach((ind, i) => {
      const expected = ind.moves.map(m => `judgment ${judgments.findIndex(j => j.id === m.judgment) + 1} ${m.direction}`).join(', ')
      expect(rows[i].get('.wl-moves').attributes('aria-label')).toBe(`would move ${expected}`)
      expect(rows[i].findAll('.wl-move').map(c => c.text())).toEqual(ind.moves.map(m => `${judgments.findIndex(j => j.id === m.judgment) + 1} ${m.direction === 'up' ? '▲' : '▼'}`))
    })
  })
})

describe('WhatChanged', () => {
  it('groups the timeline events after `since` by month', () => {
    const since = '2026-06-01'
    const after = timeline.filter(e => compareIsoDates(e.date, since) > 0)
    expect(after.length).toBeGreaterThan(0)
    const { wrapper, warnings } = mountDeckComponent(deckComponent('WhatChanged'), { since })
    expect(warnings).toEqual([])
    const months = [...new Set(after.map(e => e.date.slice(0, 7)))]
    expect(wrapper.findAll('dt').map(d => d.attributes('data-month'))).toEqual(months)
    const text = textOf(wrapper)
    for (const m of months) {
      const inMonth = after.filter(e => e.date.startsWith(m))
      const dd = textOf(wrapper.get(`dt[data-month="${m}"] + dd`))
      const named = inMonth.filter(e => !e.unconfirmed).slice(0, 3).map(e => e.label)
      expect(dd).toBe(named.join(' · ') + (inMonth.length > named.length ? ` (+${inMonth.length - named.length})` : ''))
    }
    // The description names every event, not only those shown.
    for (const e of after)
      expect(wrapper.get('.what-changed').attributes('data-description')).toContain(e.label)
    for (const e of timeline.filter(e => compareIsoDates(e.date, since) <= 0 && e.era === 'history'))
      expect(text).not.toContain(`· ${e.label} ·`)
    expect(wrapper.get('.what-changed').attributes('data-description')).toMatch(/^Since 1 Jun 2026: /)
  })

  it('says so when nothing is dated after `since`, and needs a date', () => {
    const { wrapper } = mountDeckComponent(deckComponent('WhatChanged'), { since: '2099-01-01' })
    expect(wrapper.findAll('dt')).toHaveLength(0)
    expect(textOf(wrapper.get('.wc-none'))).toBe('No dated events in the data after 1 Jan 2099.')
    expect(() => mountDeckComponent(deckComponent('WhatChanged'), {}, {})).toThrow(/previousVersion/)
  })
})

describe('judgment components as text', () => {
  it('keep words apart where elements meet (handout and screen readers read the text)', () => {
    const j = judgments[0]
    const row = mountDeckComponent(deckComponent('KeyJudgments')).wrapper.get(`[data-judgment="${j.id}"]`)
    const level = `${j.confidence[0].toUpperCase()}${j.confidence.slice(1)}`
    expect(row.element.textContent).toMatch(new RegExp(`\\] ${level} \\S`))
    const scale = mountDeckComponent(deckComponent('JudgmentScale')).wrapper.get('[data-term="likely"]')
    expect(scale.element.textContent).toBe('likely 55–80%')
  })
})
