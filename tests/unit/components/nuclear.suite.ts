import { describe, expect, it } from 'vitest'
import { benchmarks, enrichmentLevels, jcpoaLimits, stockpile } from '../../../data/enrichment'
import { deckComponent, mountDeckComponent, textOf } from '../support/mount-deck-component.ts'

describe('EnrichmentScale', () => {
  it('marks every level of data/enrichment.ts at its percentage, lowest first, with its meaning', () => {
    const { wrapper, warnings } = mountDeckComponent(deckComponent('EnrichmentScale'))
    expect(warnings).toEqual([])
    const sorted = [...enrichmentLevels].sort((a, b) => a.percent - b.percent)
    const markers = wrapper.findAll('.marker')
    expect(markers.map(m => m.text())).toEqual(sorted.map(l => l.label))
    expect(markers.map(m => (m.element as HTMLElement).style.left)).toEqual(sorted.map(l => `${l.percent}%`))
    const cards = wrapper.findAll('.card')
    cards.forEach((card, i) => expect(textOf(card)).toContain(sorted[i].meaning))
  })

  it('shades only the levels Iran has reached', () => {
    const reached = 60
    const { wrapper } = mountDeckComponent(deckComponent('EnrichmentScale'), { reached })
    const sorted = [...enrichmentLevels].sort((a, b) => a.percent - b.percent)
    expect(wrapper.findAll('.card').map(c => c.classes('over'))).toEqual(sorted.map(l => l.percent > reached))
  })
})

describe('StockpileChart', () => {
  it('draws one bar per IAEA figure, labelled with its kilograms, and the benchmark line', () => {
    const { wrapper, warnings } = mountDeckComponent(deckComponent('StockpileChart'))
    expect(warnings).toEqual([])
    const bars = wrapper.findAll('.bar')
    expect(bars).toHaveLength(stockpile.length)
    bars.forEach((bar, i) => expect(bar.get('.value').text()).toBe(`${stockpile[i].kg60} kg`))
    // Taller bar for the larger stockpile: the chart is to scale.
    const heights = bars.map(b => Number(b.get('rect').attributes('height')))
    const order = (xs: number[]): number[] => xs.map((_, i) => i).sort((a, b) => xs[a] - xs[b])
    expect(order(heights)).toEqual(order(stockpile.map(p => p.kg60)))
    expect(wrapper.get('.benchmark').text()).toBe(benchmarks[0].label)
  })
})

describe('JcpoaTable', () => {
  it('has one row per JCPOA limit, with the limit and the 2025 situation', () => {
    const { wrapper, warnings } = mountDeckComponent(deckComponent('JcpoaTable'))
    expect(warnings).toEqual([])
    const rows = wrapper.findAll('tbody tr')
    expect(rows).toHaveLength(jcpoaLimits.length)
    rows.forEach((row, i) => {
      expect(row.get('th').text()).toBe(jcpoaLimits[i].label)
      expect(textOf(row)).toContain(jcpoaLimits[i].limit)
      expect(textOf(row)).toContain(jcpoaLimits[i].in2025)
    })
  })
})
