import { describe, expect, it } from 'vitest'
import { dayNumber, groupDigits, lastDayNumber } from '../../../data/chart-layout'
import { series } from '../../../data/series'
import { tolls } from '../../../data/tolls'
import { deckComponent, mountDeckComponent } from '../support/mount-deck-component.ts'

/** The figure's description: referenced by aria-describedby, the same text in data-description. */
function descriptionOf(wrapper: ReturnType<typeof mountDeckComponent>['wrapper']): string {
  const figure = wrapper.get('figure')
  const id = figure.attributes('aria-describedby')
  expect(id).toBeTruthy()
  const text = wrapper.get(`[id="${id}"]`)
  expect(text.classes()).toContain('chart-desc')
  expect(figure.attributes('data-description')).toBe(text.text())
  return text.text()
}

/** Citation numbers shown in the caption: never four or more in one cluster. */
function citeCount(wrapper: ReturnType<typeof mountDeckComponent>['wrapper']): number {
  const cites = wrapper.findAll('figcaption .deck-cite')
  expect(cites).toHaveLength(1)
  return cites[0].attributes('data-source-ids')!.split(',').length
}

describe('SeriesChart', () => {
  for (const s of series) {
    it(`draws every point of "${s.id}" in data/series.ts, hollow where unconfirmed, with its events and a description`, () => {
      const { wrapper, warnings } = mountDeckComponent(deckComponent('SeriesChart'), { id: s.id })
      expect(warnings).toEqual([])
      const points = wrapper.findAll('.point')
      expect(points).toHaveLength(s.points.length)
      expect(points.map(p => p.classes('unconfirmed'))).toEqual(s.points.map(p => Boolean(p.unconfirmed)))
      expect(wrapper.findAll('.event')).toHaveLength(s.events?.length ?? 0)
      expect(wrapper.find('.band').exists()).toBe(Boolean(s.baseline))
      // Hollow is explained in words wherever a hollow point is drawn.
      expect(wrapper.find('.key').exists()).toBe(s.points.some(p => p.unconfirmed))
      if (s.points.some(p => p.unconfirmed))
        expect(wrapper.get('.key').text()).toBe('hollow: reported, unconfirmed')
      // Higher value, higher on the chart (smaller y).
      const ys = points.map(p => Number(p.get('circle').attributes('cy')))
      const order = (xs: number[]) => xs.map((_, i) => i).sort((a, b) => xs[a] - xs[b] || a - b)
      const distinct = new Set(s.points.map(p => p.value)).size === s.points.length
      if (distinct)
        expect(order(ys)).toEqual(order(s.points.map(p => -p.value)))
      const description = descriptionOf(wrapper)
      expect(description).toContain(s.label)
      expect(description).toContain(`${s.points.length} sourced figure`)
      const top = [...s.points].sort((a, b) => b.value - a.value)[0]
      expect(description).toContain(`Highest ${top.label ?? `${s.valuePrefix ?? ''}${groupDigits(top.value)}`}`)
      expect(citeCount(wrapper)).toBeLessThanOrEqual(3)
    })
  }

  it('keeps to the months asked for, and labels no value on top of another', () => {
    const s = series.find(x => x.id === 'brent')!
    const from = '2026-02'
    const to = '2026-10'
    const { wrapper } = mountDeckComponent(deckComponent('SeriesChart'), { id: 'brent', from, to })
    const inRange = s.points.filter(p => dayNumber(p.date) >= dayNumber(from) && dayNumber(p.date) <= lastDayNumber(to))
    expect(wrapper.findAll('.point')).toHaveLength(inRange.length)
    expect(inRange.length).toBeLessThan(s.points.length)
    const labels = wrapper.findAll('.point .value').map(t => ({ x: Number(t.attributes('x')), y: Number(t.attributes('y')), anchor: t.attributes('text-anchor'), n: t.text().length }))
    expect(labels.length).toBeGreaterThan(0)
    const box = (l: typeof labels[number]) => {
      const w = l.n * 19 * 0.6
      const x = l.anchor === 'middle' ? l.x - w / 2 : l.anchor === 'end' ? l.x - w : l.x
      return { x, y: l.y - 19, w, h: 21 }
    }
    const boxes = labels.map(box)
    const clash = boxes.some((a, i) => boxes.some((b, j) => j > i && a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h))
    expect(clash).toBe(false)
    // A long stretch with no sourced figure is said, not drawn as a trend.
    expect(wrapper.findAll('.gap').length).toBeGreaterThan(0)
  })

  it('names an unknown series clearly', () => {
    expect(() => mountDeckComponent(deckComponent('SeriesChart'), { id: 'no-such-series' })).toThrow(/Unknown series "no-such-series"/)
  })
})

describe('TollChart', () => {
  for (const war of ['2025-june', '2026'] as const) {
    it(`draws one labelled bar per counter of the ${war} war, grouped by whose dead, with a description`, () => {
      const { wrapper, warnings } = mountDeckComponent(deckComponent('TollChart'), { war })
      expect(warnings).toEqual([])
      const rows = tolls.filter(t => t.war === war)
      const bars = wrapper.findAll('.bar')
      expect(bars).toHaveLength(rows.length)
      bars.forEach((bar, i) => {
        const t = rows[i]
        expect(bar.attributes('data-toll')).toBe(t.id)
        expect(bar.get('.counter').text()).toBe(t.counter)
        expect(bar.get('.kind').text()).toContain(t.counterKind)
        expect(bar.get('.value').text()).toBe(groupDigits(t.killed))
        expect(bar.get('.sub').text()).toContain('as of ')
        // Own government solid, any other counter outlined: told apart by more than colour (the kind is written).
        expect(bar.classes('own')).toBe(t.counterKind === 'own government')
      })
      // One scale: a larger count never gets a shorter bar.
      const widths = bars.map(b => Number(b.get('rect').attributes('width')))
      rows.forEach((a, i) => rows.forEach((b, j) => {
        if (a.killed > b.killed)
          expect(widths[i]).toBeGreaterThanOrEqual(widths[j])
      }))
      expect(wrapper.findAll('.side-name').map(s => s.text())).toEqual([...new Set(rows.map(t => t.side))])
      const description = descriptionOf(wrapper)
      for (const t of rows)
        expect(description).toContain(`${t.counter} (`)
      expect(description).toContain('never added up')
      expect(citeCount(wrapper)).toBeLessThanOrEqual(3)
    })
  }
})
