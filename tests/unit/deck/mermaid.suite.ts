import type { LoadedDeck } from '../../../scripts/lib/deck-checks/index.ts'
import mermaid from 'mermaid'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkMermaid, loadDeck, mermaidBlocks } from '../../../scripts/lib/deck-checks/index.ts'
import { deckRoot } from '../support/deck-root.ts'

describe('Mermaid', () => {
  let deck: LoadedDeck
  beforeAll(async () => {
    deck = await loadDeck(deckRoot)
  })

  it('the deck has diagrams to check', () => {
    expect(deck.slides.flatMap(mermaidBlocks).length).toBeGreaterThan(0)
  })

  it('every Mermaid block in every slide parses', async () => {
    expect(await checkMermaid(deck.slides, code => mermaid.parse(code))).toEqual([])
  })
})
