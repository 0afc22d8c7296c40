import type { DeckDataSet } from '../../../scripts/lib/deck-checks/index.ts'
import type { RenderedSlide } from '../support/slide-text.ts'
import { beforeAll, describe, expect, it } from 'vitest'
import { proposals } from '../../../data/proposals'
import { rounds } from '../../../data/rounds'
import { timeline } from '../../../data/timeline'
import { loadDeck, loadDeckData } from '../../../scripts/lib/deck-checks/index.ts'
import { deckRoot } from '../support/deck-root.ts'
import { renderSlide } from '../support/slide-text.ts'

/** The rounds the briefing is built on (the fact list), independent of data/rounds.ts. */
const ROUNDS = [
  { date: '2025-04-12', city: 'Muscat', status: 'held' },
  { date: '2025-04-19', city: 'Rome', status: 'held' },
  { date: '2025-04-26', city: 'Muscat', status: 'held' },
  { date: '2025-05-11', city: 'Muscat', status: 'held' },
  { date: '2025-05-23', city: 'Rome', status: 'held' },
  { date: '2025-06-15', city: 'Muscat', status: 'cancelled' },
] as const

/**
 * The 2026 rounds (facts-2026.md §1, §3), independent of data/rounds.ts: where each was held,
 * who mediated, and whether it took place. `shown` is the date as the slides print it.
 */
const ROUNDS_2026 = [
  { date: '2026-02-06', shown: '6 Feb', city: 'Muscat', status: 'held', mediator: 'Oman' },
  { date: '2026-02-17', shown: '17 Feb', city: 'Geneva', status: 'held', mediator: 'Oman' },
  { date: '2026-02-26', shown: '26 Feb', city: 'Geneva', status: 'held', mediator: 'Oman' },
  { date: '2026-04-11', shown: '11–12 Apr', city: 'Islamabad', status: 'held', mediator: 'Pakistan' },
  { date: '2026-04-21', shown: '21 Apr', city: 'Islamabad', status: 'not held', mediator: 'Pakistan' },
  { date: '2026-06-21', shown: '21 Jun', city: 'Bürgenstock', status: 'held', mediator: 'Qatar' },
  { date: '2026-07-01', shown: '1 Jul', city: 'Doha', status: 'held', mediator: 'Qatar' },
] as const

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "12 Apr" (optionally "12 Apr 2025"), then the city: how the rounds' slides show a round. */
function roundPattern(date: string, city: string): RegExp {
  const [y, m, d] = date.split('-').map(Number)
  return new RegExp(`\\b${d} ${MONTHS[m - 1]}(?: ${y})?[\\s·,]+${city}\\b`)
}

/** "11–12 Apr" or "6 Feb" (optionally with the year, or "Fri 6 Feb 2026"), then the city. */
function shownPattern(shown: string, city: string): RegExp {
  const date = shown.replace(/[–-]/g, '[–-]')
  return new RegExp(`\\b${date}(?: \\d{4})?[\\s·,]+${city}(?![\\p{L}])`, 'u')
}

describe('the deck rendered from its sources', () => {
  let rendered: RenderedSlide[]
  let data: DeckDataSet
  beforeAll(async () => {
    const deck = await loadDeck(deckRoot)
    rendered = deck.slides.map(renderSlide)
    data = await loadDeckData(deckRoot)
  })

  const deckText = (): string => rendered.map(r => r.text).join(' ')
  const textOfFile = (file: RegExp): string => {
    const slides = rendered.filter(r => file.test(r.slide.file))
    expect(slides.length, `no slides from a file matching ${file}`).toBeGreaterThan(0)
    return slides.map(r => r.text).join(' ')
  }

  it('every component and layout a slide uses renders with the props the slide gives it', () => {
    expect(rendered.flatMap(r => r.rendered).length).toBeGreaterThan(0)
    expect(rendered.flatMap(r => r.errors)).toEqual([])
  })

  describe('facts the briefing depends on', () => {
    it('data/rounds.ts has the 2025 rounds: dates, cities, and the cancelled sixth', () => {
      expect(rounds.filter(r => r.date.startsWith('2025')).map(r => ({ date: r.date, city: r.city, status: r.status }))).toEqual(ROUNDS)
    })

    it.each(ROUNDS.map(r => [r.date, r.city, r.status]))('the rounds section shows the round of %s in %s (%s)', (date, city, status) => {
      const slides = rendered.filter(r => /^pages\/\d+-(?:talks-war-2025|backup)\.md$/.test(r.slide.file) && roundPattern(date, city).test(r.text))
      expect(slides.length).toBeGreaterThan(0)
      if (status === 'cancelled')
        expect(slides.some(r => /cancelled/i.test(r.text))).toBe(true)
    })

    it('data/rounds.ts has the 2026 rounds: dates, cities, status, mediators', () => {
      const in2026 = rounds.filter(r => r.date.startsWith('2026'))
      expect(in2026.map(r => ({ date: r.date, city: r.city, status: r.status }))).toEqual(ROUNDS_2026.map(({ date, city, status }) => ({ date, city, status })))
      in2026.forEach((r, i) => expect(r.mediators.join(' ')).toContain(ROUNDS_2026[i].mediator))
    })

    it.each(ROUNDS_2026.map(r => [r.shown, r.city, r.mediator, r.status]))('a 2026 slide shows the round of %s in %s, mediated by %s (%s)', (shown, city, mediator, status) => {
      const slides = rendered.filter(r => /^pages\/\d+-(?:war-2026|backup)\.md$/.test(r.slide.file) && shownPattern(shown, city).test(r.text))
      expect(slides.length, `no 2026 slide shows "${shown} … ${city}"`).toBeGreaterThan(0)
      expect(slides.some(r => r.text.includes(mediator)), `no slide showing ${shown} ${city} names ${mediator}`).toBe(true)
      if (status !== 'held')
        expect(slides.some(r => new RegExp(status, 'i').test(r.text))).toBe(true)
    })

    it('the Israeli operation name is shown both ways, with a "Sources differ" line', () => {
      const war = textOfFile(/^pages\/\d+-(?:war-2026|backup)\.md$/)
      expect(war).toContain('Lion’s Roar')
      expect(war).toContain('Roaring Lion')
      expect(war).toMatch(/Sources differ/)
    })

    it('Mojtaba Khamenei is dated to the night of 8–9 Mar 2026, not the premature "3 Mar"', () => {
      const war = textOfFile(/^pages\/\d+-(?:war-2026|backup)\.md$/)
      expect(war).toMatch(/night of 8–9 Mar/)
      expect(timeline.find(e => e.id === 'x-mojtaba')?.date).toBe('2026-03-09')
    })

    it('Iran\'s reported offer: enrichment down to 3.67% for frozen assets and oil exports', () => {
      const offer = proposals.find(p => p.side === 'Iran' && p.gives.some(g => g.includes('3.67%')))
      expect(offer).toBeDefined()
      const asks = offer!.gets.join(' ').toLowerCase()
      expect(asks).toMatch(/frozen/)
      expect(asks).toMatch(/oil/)
      expect(textOfFile(/^pages\/\d+-(?:talks-war-2025|backup)\.md$/)).toContain('3.67%')
    })

    it('the US end-of-May proposal: a regional consortium', () => {
      const offer = proposals.find(p => p.side === 'US' && p.date.startsWith('2025-05') && p.gives.join(' ').toLowerCase().includes('consortium'))
      expect(offer).toBeDefined()
      expect(textOfFile(/^pages\/\d+-(?:talks-war-2025|backup)\.md$/).toLowerCase()).toContain('consortium')
    })

    it('the nuclear-file slide shows the IAEA figures for the 60% stockpile, the pre-strike one included', () => {
      const text = textOfFile(/^pages\/\d+-outlook\.md$/)
      for (const kg of ['274.8 kg', '408.6 kg', '440.9 kg'])
        expect(text).toContain(kg)
      // Review A6: the growth is dated, not tied to the talks by a phrase.
      expect(text).toMatch(/8 Feb\b[\s\S]*17 May/)
      expect(text).not.toMatch(/while the talks were under way/i)
    })

    it('the reported Iranian plan is flagged as unconfirmed on its slide', () => {
      const slides = rendered.filter(r => /^pages\/\d+-(?:talks-war-2025|backup)\.md$/.test(r.slide.file) && r.text.includes('3.67%') && /frozen/i.test(r.text))
      expect(slides.length).toBeGreaterThan(0)
      expect(slides.every(r => /unconfirmed/i.test(r.text))).toBe(true)
    })

    it('the June 2025 war in order: IAEA vote, Israel, the US (both dates), Al Udeid, ceasefire', () => {
      const text = textOfFile(/^pages\/\d+-(?:talks-war-2025|backup)\.md$/)
      // One lane a side (Israel and the US; Iran), each in date order.
      expect(text).toMatch(/13 Jun[\s\S]*21\/22 Jun[\s\S]*24 Jun/)
      expect(text).toMatch(/13–24 Jun[\s\S]*23 Jun/)
      expect(text).toContain('Al Udeid')
      expect(text).toContain('1,060')
      expect(text).toContain('HRANA')
    })

    it('the trust slide has a neutral title and quotes both sides (review N6)', () => {
      const trust = rendered.filter(r => /^pages\/\d+-(?:talks-war-2025|backup)\.md$/.test(r.slide.file) && r.slide.title.startsWith('Trust after the strikes'))
      expect(trust.length).toBeGreaterThan(0)
      const text = trust.map(r => r.text).join(' ')
      expect(text).toContain('betrayal to diplomacy')
      expect(text).toContain('more than 40 times')
      expect(text).toContain('we remain committed to talks')
    })

    it('snapback: Russia and China are described as giving diplomatic support, not "cover" (review N1)', () => {
      const text = textOfFile(/^pages\/\d+-(?:talks-war-2025|backup)\.md$/)
      expect(text).toContain('no legal effect')
      expect(text).toContain('27/28 Sep')
      expect(text).not.toMatch(/cover for Tehran/i)
    })

    it('economic leverage covers 2026: the licence, the blockade, and the unconfirmed release of funds (review K7)', () => {
      const text = textOfFile(/^pages\/\d+-backup\.md$/)
      expect(text).toContain('140m barrels')
      expect(text).toContain('13 Apr')
      expect(text).toMatch(/no transfer confirmed/i)
    })

    it.each([['consortium'], ['frozen assets'], ['oil exports']])('“%s” is in the data and on the slides', (phrase) => {
      const inData = Object.values(data.collections).some(records => JSON.stringify(records).toLowerCase().includes(phrase))
      expect(inData).toBe(true)
      expect(deckText().toLowerCase()).toContain(phrase)
    })
  })
})
