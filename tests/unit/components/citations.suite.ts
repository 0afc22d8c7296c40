import { describe, expect, it, vi } from 'vitest'
import { SOURCES_PER_PAGE } from '../../../data/citations'
import { formatDate } from '../../../data/format'
import { sideClass } from '../../../data/players'
import { sources as listed } from '../../../data/sources'
import { deckComponent, mountDeckComponent, textOf } from '../support/mount-deck-component.ts'

/**
 * The appendix's order, worked out here independently: alphabetical by outlet (a leading "The"
 * ignored), then by date, then by id. Cite and SourcesList must both follow it.
 */
const sources = [...listed].sort((a, b) => {
  const key = (s: typeof a) => [s.outlet.replace(/^the\s+/i, '').toLowerCase(), s.date, s.id]
  const [x, y] = [key(a), key(b)]
  for (let i = 0; i < 3; i++) {
    if (x[i] !== y[i])
      return x[i] < y[i] ? -1 : 1
  }
  return 0
})

/** The first, a middle and the last source: the numbering must hold across the whole list. */
const sample = [sources[0], sources[Math.floor(sources.length / 2)], sources[sources.length - 1]]

describe('Cite', () => {
  it.each(sample.map(s => [s.id]))('shows the 1-based position of %s in the alphabetical appendix', (id) => {
    const n = sources.findIndex(s => s.id === id) + 1
    const { wrapper, warnings } = mountDeckComponent(deckComponent('Cite'), { ids: id })
    expect(textOf(wrapper)).toBe(`[${n}]`)
    expect(warnings).toEqual([])
  })

  it('links each number to the sources slide that lists it', () => {
    for (const source of sample) {
      const index = sources.indexOf(source)
      const page = Math.floor(index / SOURCES_PER_PAGE) + 1
      const { wrapper } = mountDeckComponent(deckComponent('Cite'), { ids: [source.id] })
      expect(wrapper.get('a').attributes('data-to')).toBe(page === 1 ? 'sources' : `sources-${page}`)
      expect(wrapper.get('a span').attributes('title')).toContain(source.outlet)
    }
  })

  it('shows every source it is given once, in list order', () => {
    const [a, b] = [sources[sources.length - 1], sources[0]]
    const { wrapper } = mountDeckComponent(deckComponent('Cite'), { ids: `${a.id}, ${b.id}, ${a.id}` })
    const numbers = wrapper.findAll('a').map(x => Number(x.text()))
    expect(numbers).toEqual([sources.indexOf(b) + 1, sources.indexOf(a) + 1])
  })

  it('shows up to three numbers as they are', () => {
    const three = [sources[4], sources[0], sources[9]]
    const { wrapper } = mountDeckComponent(deckComponent('Cite'), { ids: three.map(s => s.id).join(',') })
    const n = three.map(s => sources.indexOf(s) + 1).sort((a, b) => a - b)
    expect(textOf(wrapper)).toBe(`[${n.join(', ')}]`)
    expect(wrapper.findAll('a').map(a => a.text())).toEqual(n.map(String))
  })

  it('never shows a cluster: four or more sources are the first number and a linked dot for each further one', () => {
    const six = [sources[30], sources[2], sources[11], sources[7], sources[20], sources[15]]
    const numbers = six.map(s => sources.indexOf(s) + 1).sort((a, b) => a - b)
    const { wrapper, warnings } = mountDeckComponent(deckComponent('Cite'), { ids: six.map(s => s.id) })
    expect(warnings).toEqual([])
    // One number on screen, five dots: the room sees "[3 ·····]".
    expect(textOf(wrapper)).toBe(`[${numbers[0]} ·····]`)
    expect(textOf(wrapper).match(/\d+/g)).toHaveLength(1)
    // Every source still has its own link to the sources slide that lists it, in list order.
    const byNumber = [...six].sort((a, b) => sources.indexOf(a) - sources.indexOf(b))
    const links = wrapper.findAll('a')
    expect(links).toHaveLength(6)
    links.forEach((link, i) => {
      const page = Math.floor(sources.indexOf(byNumber[i]) / SOURCES_PER_PAGE) + 1
      expect(link.attributes('data-to')).toBe(page === 1 ? 'sources' : `sources-${page}`)
      expect(link.get('span').attributes('title')).toBe(`Source ${numbers[i]}: ${byNumber[i].outlet}, ${byNumber[i].title}${byNumber[i].undated ? '' : `, ${formatDate(byNumber[i].date)}`}`)
    })
    // The handout collects every id; a screen reader hears every number.
    const sup = wrapper.get('sup')
    expect(sup.attributes('data-source-ids')!.split(',')).toEqual(byNumber.map(s => s.id))
    expect(sup.attributes('aria-label')).toBe(`Sources: ${numbers.join(', ')}`)
  })

  it('refuses an unknown source id, naming it', () => {
    // Cite logs before throwing; keep the test output clean.
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    expect(() => mountDeckComponent(deckComponent('Cite'), { ids: 'no-such-source-xyz' })).toThrow(/no-such-source-xyz/)
    log.mockRestore()
  })
})

describe('SourcesList', () => {
  const pages = Math.ceil(sources.length / SOURCES_PER_PAGE)

  it('numbers every source 1..N across its pages, alphabetically by outlet', () => {
    const listed: { n: number, text: string, href: string | undefined }[] = []
    for (let page = 1; page <= pages; page++) {
      const { wrapper, warnings } = mountDeckComponent(deckComponent('SourcesList'), { page })
      expect(warnings).toEqual([])
      for (const li of wrapper.findAll('li'))
        listed.push({ n: Number(li.attributes('value')), text: li.text(), href: li.find('a').attributes('href') })
    }
    expect(listed.map(l => l.n)).toEqual(sources.map((_, i) => i + 1))
    listed.forEach((l, i) => {
      expect(l.text).toContain(sources[i].outlet)
      expect(l.href).toBe(sources[i].url)
    })
  })

  it('shows the address as readable text, and "n.d." only for undated pages', () => {
    const { wrapper } = mountDeckComponent(deckComponent('SourcesList'), { page: 1 })
    wrapper.findAll('li').forEach((li, i) => {
      const source = sources[i]
      const shown = li.get('a').text()
      expect(shown).not.toMatch(/^https?:/)
      expect(source.url).toContain(shown)
      expect(shown.length).toBeGreaterThan(0)
      expect(li.text().includes('n.d.')).toBe(Boolean(source.undated))
    })
  })
})

describe('DisputeNote', () => {
  it('shows the disagreement with its label', () => {
    const { wrapper } = mountDeckComponent(deckComponent('DisputeNote'), { text: 'A says 4 hours, B says 6.', label: 'Sources differ' })
    expect(textOf(wrapper)).toContain('Sources differ: A says 4 hours, B says 6.')
  })

  it('renders nothing when sources agree', () => {
    const { wrapper } = mountDeckComponent(deckComponent('DisputeNote'), {})
    expect(wrapper.find('p').exists()).toBe(false)
  })
})

describe('SideChip', () => {
  it('names the side in text, not only in colour', () => {
    const { wrapper } = mountDeckComponent(deckComponent('SideChip'), { side: 'Iran' })
    expect(textOf(wrapper)).toBe('Iran')
    expect(wrapper.classes()).toContain(sideClass('Iran'))
  })

  it('prefers an explicit label', () => {
    const { wrapper } = mountDeckComponent(deckComponent('SideChip'), { side: 'US', label: 'United States' })
    expect(textOf(wrapper)).toBe('United States')
  })
})
