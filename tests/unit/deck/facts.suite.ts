import { beforeAll, describe, expect, it } from 'vitest'
import { proposals } from '../../../data/proposals'
import { rounds } from '../../../data/rounds'
import { loadDeck, loadDeckData } from '../../../scripts/lib/deck-checks/index.ts'
import type { DeckDataSet } from '../../../scripts/lib/deck-checks/index.ts'
import { deckRoot } from '../support/deck-root.ts'
import { renderSlide } from '../support/slide-text.ts'
import type { RenderedSlide } from '../support/slide-text.ts'

/** The rounds the briefing is built on (the fact list), independent of data/rounds.ts. */
const ROUNDS = [
  { date: '2025-04-12', city: 'Muscat', status: 'held' },
  { date: '2025-04-19', city: 'Rome', status: 'held' },
  { date: '2025-04-26', city: 'Muscat', status: 'held' },
  { date: '2025-05-11', city: 'Muscat', status: 'held' },
  { date: '2025-05-23', city: 'Rome', status: 'held' },
  { date: '2025-06-15', city: 'Muscat', status: 'cancelled' },
] as const

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** "12 Apr" (optionally "12 Apr 2025"), then the city: how the rounds' slides show a round. */
function roundPattern(date: string, city: string): RegExp {
  const [y, m, d] = date.split('-').map(Number)
  return new RegExp(`\\b${d} ${MONTHS[m - 1]}(?: ${y})?[\\s·,]+${city}\\b`)
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
      const slides = rendered.filter(r => /^pages\/\d+-talks-2025\.md$/.test(r.slide.file) && roundPattern(date, city).test(r.text))
      expect(slides.length).toBeGreaterThan(0)
      if (status === 'cancelled')
        expect(slides.some(r => /cancelled/i.test(r.text))).toBe(true)
    })

    it('Iran\'s reported offer: enrichment down to 3.67% for frozen assets and oil exports', () => {
      const offer = proposals.find(p => p.side === 'Iran' && p.gives.some(g => g.includes('3.67%')))
      expect(offer).toBeDefined()
      const asks = offer!.gets.join(' ').toLowerCase()
      expect(asks).toMatch(/frozen/)
      expect(asks).toMatch(/oil/)
      expect(textOfFile(/^pages\/\d+-talks-2025\.md$/)).toContain('3.67%')
    })

    it('the US end-of-May proposal: a regional consortium', () => {
      const offer = proposals.find(p => p.side === 'US' && p.date.startsWith('2025-05') && p.gives.join(' ').toLowerCase().includes('consortium'))
      expect(offer).toBeDefined()
      expect(textOfFile(/^pages\/\d+-talks-2025\.md$/).toLowerCase()).toContain('consortium')
    })

    it('the background shows the IAEA figures for the 60% stockpile, the pre-strike one included', () => {
      const text = textOfFile(/^pages\/\d+-background\.md$/)
      for (const kg of ['274.8 kg', '408.6 kg', '440.9 kg'])
        expect(text).toContain(kg)
      // Review A6: the growth is dated, not tied to the talks by a phrase.
      expect(text).toMatch(/8 Feb\b[\s\S]*17 May/)
      expect(text).not.toMatch(/while the talks were under way/i)
    })

    it('the reported Iranian plan is flagged as unconfirmed on its slide', () => {
      const slides = rendered.filter(r => /^pages\/\d+-talks-2025\.md$/.test(r.slide.file) && r.text.includes('3.67%') && /frozen/i.test(r.text))
      expect(slides.length).toBeGreaterThan(0)
      expect(slides.every(r => /unconfirmed/i.test(r.text))).toBe(true)
    })

    it('the June 2025 war in order: IAEA vote, Israel, the US (both dates), Al Udeid, ceasefire', () => {
      const text = textOfFile(/^pages\/\d+-war-snapback-2025\.md$/)
      expect(text).toMatch(/12 Jun[\s\S]*13 Jun[\s\S]*21\/22 Jun[\s\S]*23 Jun[\s\S]*24 Jun/)
      expect(text).toContain('Al Udeid')
      expect(text).toContain('1,060')
      expect(text).toContain('HRANA')
    })

    it('the trust slide has a neutral title and quotes both sides (review N6)', () => {
      const trust = rendered.filter(r => /^pages\/\d+-war-snapback-2025\.md$/.test(r.slide.file) && /^Trust after the strikes/.test(r.slide.title))
      expect(trust.length).toBeGreaterThan(0)
      const text = trust.map(r => r.text).join(' ')
      expect(text).toContain('betrayal to diplomacy')
      expect(text).toContain('non-compliance with the JCPOA is clear and deliberate')
    })

    it('snapback: Russia and China are described as giving diplomatic support, not "cover" (review N1)', () => {
      const text = textOfFile(/^pages\/\d+-war-snapback-2025\.md$/)
      expect(text).toContain('no legal effect')
      expect(text).toContain('27/28 Sep')
      expect(text).not.toMatch(/cover for Tehran/i)
    })

    it('economic leverage covers 2026: the licence, the blockade, and the unconfirmed release of funds (review K7)', () => {
      const text = textOfFile(/^pages\/\d+-leverage\.md$/)
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
