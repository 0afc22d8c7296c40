import { describe, expect, it } from 'vitest'
import { rounds } from '../../../data/rounds'
import { timeline } from '../../../data/timeline'
import { tracks } from '../../../data/tracks'
import { dayMonth, dayMonthYear } from '../support/dates.ts'
import { descriptionIdsOfTwo, descriptionOf } from '../support/described-figure.ts'
import { deckComponent, mountDeckComponent, textOf } from '../support/mount-deck-component.ts'

const trackIds = [...new Set(rounds.map(r => r.track))]

/** Independent of data/derive.ts: counts as the deck should spell them. */
const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

describe('TrackTimeline', () => {
  it('draws one row per track and every round of it with its number, date and city', () => {
    const { wrapper, warnings } = mountDeckComponent(deckComponent('TrackTimeline'), { tracks: trackIds })
    expect(warnings).toEqual([])
    expect(wrapper.findAll('.row').map(r => r.attributes('data-track'))).toEqual(trackIds)
    for (const r of rounds) {
      const mark = wrapper.get(`[data-round="${r.id}"]`)
      const inTrack = rounds.filter(x => x.track === r.track).sort((a, b) => a.date.localeCompare(b.date))
      expect(mark.get('.dot').text()).toBe(String(inTrack.indexOf(r) + 1))
      // A round over several days of one month shows "11–12 Apr"; otherwise its first day.
      const shown = r.endDate && r.endDate.slice(0, 7) === r.date.slice(0, 7)
        ? `${Number(r.date.slice(8))}–${dayMonth(r.endDate)}`
        : dayMonth(r.date)
      expect(textOf(mark)).toContain(shown)
      expect(textOf(mark)).toContain(r.city)
      expect(mark.classes().includes('hollow')).toBe(r.status !== 'held')
    }
  })

  it('shows the years of each row, so a date is never ambiguous across a multi-year span', () => {
    const { wrapper } = mountDeckComponent(deckComponent('TrackTimeline'), { tracks: trackIds })
    wrapper.findAll('.row').forEach((row) => {
      const years = rounds.filter(r => r.track === row.attributes('data-track')).map(r => r.date.slice(0, 4))
      for (const y of years)
        expect(textOf(row.get('.label'))).toContain(y)
    })
  })

  it('is described in words: per track its rounds, first and last dates, and every round not held', () => {
    // All tracks, and each alone: the description follows the tracks asked for.
    for (const shown of [trackIds, ...trackIds.map(t => [t])]) {
      const { wrapper } = mountDeckComponent(deckComponent('TrackTimeline'), { tracks: shown })
      const description = descriptionOf(wrapper)
      const all = rounds.filter(r => shown.includes(r.track))
      expect(description).toContain(`${all.length} negotiating round`)
      expect(description).toContain(`${shown.length} track`)
      for (const id of shown) {
        const inTrack = all.filter(r => r.track === id).sort((a, b) => a.date.localeCompare(b.date))
        const name = tracks.find(t => t.id === id)!.name
        // The track's own sentence: from its name to the next full stop.
        const sentence = description.slice(description.indexOf(name)).split(/\.(?: |$)/)[0]
        expect(sentence, `${id} has a sentence`).toContain(name)
        const last = inTrack[inTrack.length - 1]
        expect(sentence).toContain(inTrack.length > 1 ? `${inTrack.length} rounds` : 'one round')
        expect(sentence).toContain(dayMonthYear(inTrack[0].date))
        expect(sentence).toContain(dayMonthYear(last.endDate ?? last.date))
        for (const city of new Set(inTrack.map(r => r.city)))
          expect(sentence).toContain(city)
        const missed = inTrack.filter(r => r.status !== 'held')
        for (const r of missed)
          expect(sentence).toContain(`round ${inTrack.indexOf(r) + 1} (${dayMonthYear(r.date)}, ${r.city}) ${r.status}`)
        expect(sentence.includes('all held')).toBe(missed.length === 0)
      }
    }
    // The data has rounds that did not take place, so the descriptions above said which.
    expect(rounds.some(r => r.status !== 'held')).toBe(true)
    const ids = descriptionIdsOfTwo(deckComponent('TrackTimeline'), { tracks: trackIds })
    expect(new Set(ids).size).toBe(2)
  })
})

describe('RoundCards', () => {
  it('pages through a track: each card has its number, date with year, city, headline and mediator', () => {
    for (const track of trackIds) {
      const inTrack = rounds.filter(r => r.track === track).sort((a, b) => a.date.localeCompare(b.date))
      const pages = Math.ceil(inTrack.length / 3)
      const seen: string[] = []
      for (let page = 1; page <= pages; page++) {
        const { wrapper, warnings } = mountDeckComponent(deckComponent('RoundCards'), { track, page })
        expect(warnings).toEqual([])
        for (const card of wrapper.findAll('article')) {
          const r = inTrack.find(x => x.id === card.attributes('data-round'))!
          const text = textOf(card)
          seen.push(r.id)
          expect(text).toContain(`Round ${inTrack.indexOf(r) + 1}`)
          expect(text).toContain(r.date.slice(0, 4))
          expect(text).toContain(r.city)
          expect(text).toContain(r.headline)
          for (const m of r.mediators)
            expect(text).toContain(m.split(/[,;(]/)[0].trim())
          if (r.status !== 'held')
            expect(text).toContain(r.status)
          expect(card.find('.dispute-note').exists()).toBe(Boolean(r.disputed))
        }
      }
      expect(seen).toEqual(inTrack.map(r => r.id))
    }
  })

  it('an empty page is an authoring error that names the track', () => {
    expect(() => mountDeckComponent(deckComponent('RoundCards'), { track: trackIds[0], page: 99 })).toThrow(/page 99 of track/)
  })
})

describe('TrackFacts and TrackCount', () => {
  it('derive the counts, the range and the cities from the records', () => {
    for (const track of trackIds) {
      const inTrack = rounds.filter(r => r.track === track)
      const held = inTrack.filter(r => r.status === 'held')
      const { wrapper } = mountDeckComponent(deckComponent('TrackFacts'), { track })
      const text = textOf(wrapper)
      expect(text).toMatch(/^\w+ rounds? held/)
      for (const city of new Set(held.map(r => r.city)))
        expect(text).toContain(city)
      const count = mountDeckComponent(deckComponent('TrackCount'), { track, status: 'held' })
      expect(WORDS.indexOf(textOf(count.wrapper))).toBe(held.length)
    }
  })
})

describe('EventList', () => {
  const picked = [timeline[timeline.length - 1], timeline[0], timeline[Math.floor(timeline.length / 2)]]

  it('lists the events it is given, in that order, with label and date', () => {
    const { wrapper, warnings } = mountDeckComponent(deckComponent('EventList'), { ids: picked.map(e => e.id), year: true })
    expect(warnings).toEqual([])
    const rows = wrapper.findAll('li')
    expect(rows).toHaveLength(picked.length)
    rows.forEach((row, i) => {
      const e = picked[i]
      expect(row.get('strong').text()).toBe(e.label)
      if (e.dateLabel)
        expect(row.get('.when').text()).toBe(e.dateLabel)
      else
        expect(row.get('.when').text()).toContain(e.date.slice(0, 4))
    })
  })

  it('refuses an unknown event id, naming it', () => {
    expect(() => mountDeckComponent(deckComponent('EventList'), { ids: ['no-such-event-xyz'] })).toThrow(/no-such-event-xyz/)
  })
})
