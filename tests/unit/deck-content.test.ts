import type { DeckDataSet, LoadedDeck, TextFile } from '../../scripts/lib/deck-checks/index.ts'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkNotes, checkRemoteUrls, checkSlideCitations, checkSpam, loadDeck, loadDeckData, readDeckFiles, SEED_SPAM_LINES } from '../../scripts/lib/deck-checks/index.ts'
import { deckRoot } from './support/deck-root.ts'

/**
 * The SEO spam lines of the seed article (shared/seed/us-iran-talks-article.txt), verbatim:
 * search-engine bait unrelated to the talks, which must never leak into the briefing.
 */
const SPAM_LINES = [
  'Lil Jeff Kills',
  'Daisy From Dukes Of Hazzard Now',
  'Seo Rank Tracking Software With Tasks',
  'Arikytsya Of Leaks',
  'Jesse Metcalfe Children',
  'Aja Wilson Boyfriend',
  'How Did Bloodhound Lil Jeff Die',
  'Chance Brown Net Worth',
  'Sandra Smith Political Party',
  'Seann William Scott S',
  'USA Map. Political map of the United States of America. US Map with',
  'United States Map Maps | Images and Photos finder',
  'Mapas de Estados Unidos - Atlas del Mundo',
] as const

let deck: LoadedDeck
let data: DeckDataSet
let files: TextFile[]
beforeAll(async () => {
  [deck, data] = await Promise.all([loadDeck(deckRoot), loadDeckData(deckRoot)])
  files = readDeckFiles(deckRoot)
})

describe('content rules', () => {
  it('reads the slides, components and data it checks', () => {
    const paths = files.map(f => f.path)
    expect(paths).toContain('slides.md')
    expect(paths).toContain('data/sources.ts')
    expect(new Set(deck.slides.map(s => s.file)).size).toBeGreaterThan(0)
    for (const file of new Set(deck.slides.map(s => s.file)))
      expect(paths).toContain(file)
  })

  it('no line of the seed\'s SEO spam appears in any slide, note, component or data file', () => {
    expect(checkSpam(files, SPAM_LINES)).toEqual([])
    // The loaded notes too, in case a note reaches a slide some other way than its page file.
    const notes = deck.slides.map(s => ({ path: `notes of slide ${s.no}`, text: s.note }))
    expect(checkSpam(notes, SPAM_LINES)).toEqual([])
  })

  it('the build\'s spam list (npm run check) is this list', () => {
    expect(SEED_SPAM_LINES).toEqual(SPAM_LINES)
  })

  it('every content slide has speaker notes', () => {
    expect(checkNotes(deck.slides)).toEqual([])
  })

  it('has no remote URL outside the source addresses in data/sources.ts', () => {
    expect(checkRemoteUrls(files, data.sources.map(s => s.url))).toEqual([])
  })

  it('every <Cite> on a slide names a known source', () => {
    expect(checkSlideCitations(deck.slides, data.sources.map(s => s.id))).toEqual([])
  })
})
