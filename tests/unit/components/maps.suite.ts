import type { VueWrapper } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { mapViews } from '../../../data/maps/views'
import { places } from '../../../data/places'
import { deckComponent, mountDeckComponent } from '../support/mount-deck-component.ts'

const views = Object.keys(mapViews) as (keyof typeof mapViews)[]

/** Mounts a map and waits for its outlines, which load with the slide (a dynamic import). */
async function mountMap(props: Record<string, unknown>): Promise<{ wrapper: VueWrapper, warnings: string[] }> {
  const mounted = mountDeckComponent(deckComponent('RegionMap'), props)
  await vi.waitFor(() => expect(mounted.wrapper.find('svg.region-map-svg path.land').attributes('d')).toMatch(/^M/))
  return mounted
}

describe('RegionMap', () => {
  it.each(views)('draws the %s view: outlines, one marker and one label per place', async (view) => {
    const { wrapper, warnings } = await mountMap({ view })
    expect(warnings).toEqual([])
    const spec = mapViews[view]
    const drawn = [...spec.places, ...(spec.offMap ?? [])]
    expect(wrapper.findAll('[data-place]').map(g => g.attributes('data-place'))).toEqual(drawn)
    expect(wrapper.findAll('text[data-label]').map(t => t.attributes('data-label')).sort()).toEqual([...drawn].sort())
    for (const id of drawn) {
      const name = places.find(p => p.id === id)!.name
      expect(wrapper.get(`text[data-label="${id}"] tspan.name`).text()).toBe(name)
    }
  })

  it.each(views)('sets every text of the %s view at 16 px or more', async (view) => {
    const { wrapper } = await mountMap({ view })
    const sizes = wrapper.findAll('svg.region-map-svg tspan, svg.region-map-svg text.area').map(t => Number(t.attributes('font-size')))
    expect(sizes.length).toBeGreaterThan(3)
    expect(sizes.filter(s => !(s >= 16))).toEqual([])
  })

  it.each(views)('describes the %s view in text, for screen readers and as data-description', async (view) => {
    const { wrapper } = await mountMap({ view })
    const figure = wrapper.get('figure')
    const description = figure.attributes('data-description')!
    expect(description).toMatch(/^Map of .+\. .+\.$/)
    const target = wrapper.get(`#${figure.attributes('aria-describedby')}`)
    expect(target.text()).toBe(description)
    for (const id of [...mapViews[view].places, ...(mapViews[view].offMap ?? [])])
      expect(description).toContain(places.find(p => p.id === id)!.name)
    // The drawing itself is hidden from screen readers: the description speaks for it.
    expect(wrapper.get('svg.region-map-svg').attributes('aria-hidden')).toBe('true')
  })

  it('names the places struck with what happened, and points off the map to Jordan', async () => {
    const { wrapper } = await mountMap({ view: 'gulf' })
    const description = wrapper.get('figure').attributes('data-description')!
    expect(description).toContain('Struck: Kuwait: US post hit, 1 Mar 2026')
    expect(description).toContain('Al Udeid Air Base (Qatar): Iranian missiles, 23 Jun 2025')
    expect(description).toMatch(/Beyond the map to the (north-)?west: Jordan/)
    expect(wrapper.get('text[data-label="place-jordan"]').text()).toContain('2 US troops killed, Jul 2026')
  })

  it('sets the highlighted places apart by size and weight, not colour alone', async () => {
    const highlight = ['place-fordow', 'place-natanz']
    const { wrapper } = await mountMap({ view: 'sites', highlight })
    const on = wrapper.findAll('.place--on').map(g => g.attributes('data-place'))
    expect(on).toEqual(highlight)
    expect(wrapper.findAll('.place--off').length).toBe(mapViews.sites.places.length - highlight.length)
    const size = (id: string): number => {
      const d = wrapper.get(`[data-place="${id}"] .marker`).attributes('d')!
      const ys = [...d.matchAll(/(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g)].map(m => Number(m[2]))
      return Math.max(...ys) - Math.min(...ys)
    }
    expect(size('place-fordow')).toBeGreaterThan(size('place-arak'))
  })

  it('labels the venues with the months of the rounds held there', async () => {
    const { wrapper } = await mountMap({ view: 'venues' })
    expect(wrapper.get('text[data-label="place-rome"] tspan.note').text()).toBe('Apr–May 2025')
    expect(wrapper.get('text[data-label="place-muscat"] tspan.note').text()).toBe('Apr–May 2025, Feb 2026')
  })
})
