import type { DeckDataSet, LoadedDeck } from '../../scripts/lib/deck-checks/index.ts'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkData, citedIds, loadDeck, loadDeckData } from '../../scripts/lib/deck-checks/index.ts'
import { deckRoot } from './support/deck-root.ts'

let data: DeckDataSet
let deck: LoadedDeck
beforeAll(async () => {
  [data, deck] = await Promise.all([loadDeckData(deckRoot), loadDeck(deckRoot)])
})

describe('data/', () => {
  it('holds the collections the briefing rests on', () => {
    for (const name of ['rounds', 'proposals', 'players', 'timeline'])
      expect(data.collections[name]?.length, name).toBeGreaterThan(0)
    expect(data.sources.length).toBeGreaterThan(0)
  })

  it('passes the integrity checks: fields, dates, order, ids, sources known and used', () => {
    // Sources cited straight from a slide with <Cite> count as used.
    const citedOnSlides = deck.slides.flatMap(citedIds)
    expect(checkData(data, citedOnSlides)).toEqual([])
  })
})
