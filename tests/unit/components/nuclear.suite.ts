import { describe, expect, it } from 'vitest'
import { benchmarks, enrichmentLevels, stockpile } from '../../../data/enrichment'
import { formatDate } from '../../../data/format'
import { timeline } from '../../../data/timeline'
import { dayMonthYear } from '../support/dates.ts'
import { descriptionIdsOfTwo, descriptionOf } from '../support/described-figure.ts'
import { deckComponent, mountDeckComponent, textOf } from '../support/mount-deck-component.ts'

/** "12 Apr 2025", or "Jun 2025" for a month-only date; from the platform's calendar, not data/format.ts. */
function spoken(iso: string): string {
  if (iso.length === 10)
    return dayMonthYear(iso)
  return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}-01T00:00:00Z`)).replace('Sept', 'Sep')
}

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

  it('is described in words: every level with its meaning, and which levels are marked reached', () => {
    const sorted = [...enrichmentLevels].sort((a, b) => a.percent - b.percent)
    // Every level but the top one as the threshold: some levels reached, some not.
    for (const reached of sorted.slice(0, -1).map(l => l.percent)) {
      const { wrapper } = mountDeckComponent(deckComponent('EnrichmentScale'), { reached })
      const description = descriptionOf(wrapper)
      for (const l of sorted) {
        expect(description).toContain(l.label)
        expect(description).toContain(l.meaning)
      }
      const shading = description.slice(description.indexOf(`up to ${reached}%`))
      const [yes, no] = shading.split('marked reached')
      expect(no, `reached ${reached}%: the sentence names the levels reached, then those not`).toBeDefined()
      for (const l of sorted) {
        if (l.percent <= reached)
          expect(yes).toContain(l.label)
        else
          expect(no).toContain(l.label)
      }
    }
    const ids = descriptionIdsOfTwo(deckComponent('EnrichmentScale'))
    expect(new Set(ids).size).toBe(2)
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

  it('is described in words: every IAEA figure with its date, the highest, the benchmark, and the silence after the strikes', () => {
    const { wrapper } = mountDeckComponent(deckComponent('StockpileChart'))
    const description = descriptionOf(wrapper)
    for (const p of stockpile) {
      expect(description).toContain(`${p.kg60} kg`)
      expect(description).toContain(spoken(p.date))
      if (p.reportDate)
        expect(description).toContain(`reported ${spoken(p.reportDate)}`)
    }
    const highest = Math.max(...stockpile.map(p => p.kg60))
    expect(description).toContain(`highest is ${highest} kg`)
    expect(description).toContain(`${benchmarks[0].kg} kg`)
    // The US strikes on the enrichment sites (data/timeline.ts): said only while no figure is dated after them.
    const strikes = timeline.find(e => e.id === 'e-midnight-hammer')!
    const silence = `No IAEA figure in the chart is dated after the ${strikes.label.replace(/\s*\(.*\)$/, '')} of ${spoken(strikes.date)}.`
    const after = stockpile.filter(p => p.date.slice(0, 7) > strikes.date.slice(0, 7) || (p.date.length === 10 && p.date > strikes.date))
    expect(description.includes(silence)).toBe(after.length === 0)
    const ids = descriptionIdsOfTwo(deckComponent('StockpileChart'))
    expect(new Set(ids).size).toBe(2)
  })
})
