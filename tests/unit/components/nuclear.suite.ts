import { describe, expect, it } from 'vitest'
import { benchmarks, enrichmentLevels, stockpile } from '../../../data/enrichment'
import { formatDate } from '../../../data/format'
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

  it('dates each bar, and names the report when the IAEA gave the figure in a later year', () => {
    const { wrapper } = mountDeckComponent(deckComponent('StockpileChart'))
    const bars = wrapper.findAll('.bar')
    bars.forEach((bar, i) => {
      const p = stockpile[i]
      expect(bar.get('.date').text()).toBe(formatDate(p.date))
      const later = Boolean(p.reportDate) && p.reportDate!.slice(0, 4) !== p.date.slice(0, 4)
      expect(bar.find('.report').exists()).toBe(later)
      if (later)
        expect(bar.get('.report').text()).toBe(`reported ${formatDate(p.reportDate!)}`)
    })
    // The data has such a figure: the 2026 report on the stock held before the June 2025 strikes.
    expect(bars.some(b => b.find('.report').exists())).toBe(true)
  })
})
