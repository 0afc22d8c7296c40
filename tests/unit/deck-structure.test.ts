import type { LoadedDeck } from '../../scripts/lib/deck-checks/index.ts'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { sourcesPageCount } from '../../data/citations'
import { checkHeadmatter, checkSectionFiles, checkSections, checkSourcesResolve, countDeclaredSlides, describeSlide, loadDeck } from '../../scripts/lib/deck-checks/index.ts'
import { deckRoot } from './support/deck-root.ts'

let deck: LoadedDeck
beforeAll(async () => {
  deck = await loadDeck(deckRoot)
})

describe('deck structure, as Slidev\'s parser loads it', () => {
  it('every src: import resolves', async () => {
    expect(await checkSourcesResolve(join(deckRoot, 'slides.md'))).toEqual([])
  })

  it('imports every section file pages/NN-name.md exactly once, in numeric order', () => {
    expect(deck.imports.length).toBeGreaterThan(1)
    expect(checkSectionFiles(deck)).toEqual([])
  })

  it('has as many slides as its section files declare', async () => {
    expect(deck.slides.length).toBe(await countDeclaredSlides(deckRoot))
  })

  it('gives every slide a section, and the sections follow the declared file order', () => {
    const { sections, errors } = checkSections(deck)
    expect(errors).toEqual([])
    // Each section file contributes at least one section of its own.
    expect(sections.length).toBeGreaterThanOrEqual(deck.imports.length)
    const firstFileOf = sections.map(name => deck.slides.find(s => s.frontmatter.section === name)!.file)
    expect(firstFileOf).toEqual([...firstFileOf].sort())
  })

  it('has one sources slide per page of the sources list', () => {
    const pages = deck.slides.flatMap((s) => {
      const tag = /<SourcesList\b([^>]*)>/.exec(s.content)
      if (!tag)
        return []
      const page = /:page="(\d+)"/.exec(tag[1])
      return [page ? Number(page[1]) : 1]
    })
    expect(pages).toEqual(Array.from({ length: sourcesPageCount }, (_, i) => i + 1))
  })

  it('keeps the headmatter settings offline and reproducible exports need', () => {
    expect(checkHeadmatter(deck.headmatter, deckRoot)).toEqual([])
  })

  it('gives every slide a title, so messages, outline and overview can name it', () => {
    expect(deck.slides.filter(s => !s.title).map(describeSlide)).toEqual([])
  })
})
