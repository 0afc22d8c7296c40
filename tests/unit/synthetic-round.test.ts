// @vitest-environment happy-dom
/**
 * "Adding a round = adding a record": the deck's data modules are swapped for copies with one
 * synthetic round (and the page it cites) added, and nothing else changes. The components must
 * then show it on the timeline, on a card, in the derived counts and in the sources.
 */
import { describe, expect, it, vi } from 'vitest'
import { syntheticRound, syntheticSource } from '../fixtures/synthetic-round/records.ts'
import { deckComponent, mountDeckComponent, textOf } from './support/mount-deck-component.ts'

vi.mock('../../data/rounds', async (importOriginal) => {
  const { rounds } = await importOriginal<typeof import('../../data/rounds')>()
  return { rounds: [...rounds, syntheticRound] }
})
vi.mock('../../data/sources', async (importOriginal) => {
  const { sources } = await importOriginal<typeof import('../../data/sources')>()
  return { sources: [...sources, syntheticSource] }
})

const { rounds } = await import('../../data/rounds')
const { sources } = await import('../../data/sources')
const { SOURCES_PER_PAGE } = await import('../../data/citations')
const track = syntheticRound.track
const inTrack = rounds.filter(r => r.track === track).sort((a, b) => a.date.localeCompare(b.date))
const position = inTrack.findIndex(r => r.id === syntheticRound.id) + 1

describe('a synthetic round added as one record', () => {
  it('is in the mocked data, after the real rounds of its track that came before it', () => {
    expect(position).toBeGreaterThan(1)
    expect(rounds.at(-1)).toBe(syntheticRound)
  })

  it('appears on the timeline with its derived number, date and city', () => {
    const { wrapper, warnings } = mountDeckComponent(deckComponent('TrackTimeline'), { tracks: [track] })
    expect(warnings).toEqual([])
    const mark = wrapper.get(`[data-round="${syntheticRound.id}"]`)
    expect(mark.get('.dot').text()).toBe(String(position))
    expect(textOf(mark)).toContain('1 Jun')
    expect(textOf(mark)).toContain('Zanzibar')
    // The rounds after it are renumbered, not duplicated.
    const numbers = wrapper.findAll('.dot').map(d => Number(d.text()))
    expect(numbers).toEqual(inTrack.map((_, i) => i + 1))
  })

  it('appears on a card of its track, with its headline and mediator', () => {
    const page = Math.ceil(position / 3)
    const { wrapper } = mountDeckComponent(deckComponent('RoundCards'), { track, page })
    const card = wrapper.get(`[data-round="${syntheticRound.id}"]`)
    expect(textOf(card)).toContain(`Round ${position}`)
    expect(textOf(card)).toContain('1 Jun 2025 · Zanzibar')
    expect(textOf(card)).toContain(syntheticRound.headline)
    expect(textOf(card)).toContain('Mediator: Oman')
  })

  it('is counted in the derived counts and cities', () => {
    const held = inTrack.filter(r => r.status === 'held').length
    const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']
    expect(textOf(mountDeckComponent(deckComponent('TrackCount'), { track, status: 'held' }).wrapper)).toBe(words[held])
    expect(textOf(mountDeckComponent(deckComponent('TrackFacts'), { track }).wrapper)).toContain(`${words[held]} rounds held`)
    expect(textOf(mountDeckComponent(deckComponent('TrackFacts'), { track }).wrapper)).toContain('Zanzibar')
  })

  it('cites its source, which the sources slides list under the number the card links to', () => {
    // Its number is its place in the appendix, alphabetical by outlet (see data/citations.ts).
    const outlet = (o: string) => o.replace(/^the\s+/i, '').toLowerCase()
    const n = sources.filter(s => outlet(s.outlet) < outlet(syntheticSource.outlet)).length + 1
    const { wrapper } = mountDeckComponent(deckComponent('RoundCards'), { track, page: Math.ceil(position / 3) })
    const cite = wrapper.get(`[data-round="${syntheticRound.id}"] .deck-cite`)
    expect(textOf(cite)).toBe(`[${n}]`)
    const page = Math.ceil(n / SOURCES_PER_PAGE)
    const list = mountDeckComponent(deckComponent('SourcesList'), { page })
    const item = list.wrapper.get(`li#source-${syntheticSource.id}`)
    expect(textOf(item)).toContain(syntheticSource.title)
    expect(item.attributes('value')).toBe(String(n))
  })
})
