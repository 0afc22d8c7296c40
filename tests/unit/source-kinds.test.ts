import type { DeckDataSet, LoadedDeck } from '../../scripts/lib/deck-checks/index.ts'
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { SOURCE_KINDS, sourceKind } from '../../data/schema.ts'
import { SOURCE_KIND_LABELS } from '../../data/source-kinds.ts'
import { sources as deckSources } from '../../data/sources.ts'
import {
  checkData,
  checkLeadOnlyCitations,
  checkLeadOnlyRecords,
  citedIds,
  loadDeck,
  loadDeckData,
  runDeckChecks,
} from '../../scripts/lib/deck-checks/index.ts'
import { buildHandoutModel } from '../../scripts/lib/handout/model.ts'
import { handoutHtml } from '../../scripts/lib/handout/render.ts'
import { deckRoot } from './support/deck-root.ts'

/**
 * Source grading: every source says what kind of page it is, and no claim rests on leads
 * (AI-written compilations) alone. The fixture deck (tests/fixtures/source-kinds-deck) plants
 * each fault once; every message must point at the file and line of the culprit.
 */

const root = resolve(deckRoot, 'tests/fixtures/source-kinds-deck')
let deck: LoadedDeck
let data: DeckDataSet
beforeAll(async () => {
  deck = await loadDeck(root)
  data = await loadDeckData(root)
})

/** 1-based line of the first line of a fixture file containing `marker`. */
function lineOf(file: string, marker: string): number {
  const index = readFileSync(join(root, file), 'utf8').split('\n').findIndex(l => l.includes(marker))
  expect(index, `${marker} in ${file}`).toBeGreaterThanOrEqual(0)
  return index + 1
}

const WHY = 'a lead (AI-written compilation) is never evidence on its own: add a source of another kind or drop the claim'

describe('source kinds', () => {
  it('a source without a kind, or with a kind outside the vocabulary, is named with its file:line', () => {
    const kindErrors = checkData(data).filter(e => e.includes(': kind: '))
    const vocabulary = SOURCE_KINDS.join(', ')
    expect(kindErrors).toEqual([
      `data/sources.ts:${lineOf('data/sources.ts', 'id: \'s-no-kind\'')}: source s-no-kind: kind: missing: every source needs a kind (one of ${vocabulary})`,
      `data/sources.ts:${lineOf('data/sources.ts', 'id: \'s-odd-kind\'')}: source s-odd-kind: kind: unknown kind "blog" (use one of ${vocabulary})`,
    ])
  })

  it('every source of the deck is graded with a kind of the vocabulary', () => {
    const ungraded = deckSources.filter(s => !sourceKind.safeParse(s.kind).success).map(s => s.id)
    expect(ungraded).toEqual([])
    expect(deckSources.length).toBeGreaterThan(150)
  })

  it('state outlets are graded state media and Iran International opposition media', () => {
    const kindOf = (id: string) => deckSources.find(s => s.id === id)?.kind
    for (const id of ['irna-84297300', 'tehrantimes-510905', 'mehr-230474', 'presstv-743888', 'tass-1957781', 'cgtn-2025-07-03', 'sunstar-snapback'])
      expect(kindOf(id), id).toBe('state-media')
    for (const id of ['iranintl-202504179474', 'iranwatch-ncri-2002'])
      expect(kindOf(id), id).toBe('opposition-media')
    // Aggregator and blog copies are copies, never the outlet's own page.
    for (const id of ['newdayreporters-174490', 'newsar-ap-blockade-65304', 'yourhelper-ap-trade-fire'])
      expect(kindOf(id), id).toBe('mirror')
  })
})

describe('no claim rests on leads alone', () => {
  it('a data record whose sources are all leads is named with its file:line', () => {
    expect(checkLeadOnlyRecords(data)).toEqual([
      `data/records.ts:${lineOf('data/records.ts', 'id: \'t-lead-only\'')}: timeline t-lead-only rests only on lead sources (s-lead-a, s-lead-b); ${WHY}`,
    ])
  })

  it('a <Cite> or [src: …] group whose ids are all leads is named with the page\'s file:line', () => {
    const file = 'pages/01-claims.md'
    const at = (marker: string) => `${file}:${lineOf(file, marker)}: `
    const errors = checkLeadOnlyCitations(deck.slides, data.sources)
    expect(errors).toHaveLength(4)
    expect(errors[0]).toMatch(new RegExp(`^${at('A fact from two leads only')}<Cite> on slide 1 “Leads beside evidence” \\(pages/01-claims\\.md:\\d+\\) rests only on lead sources \\(s-lead-a, s-lead-b\\)`))
    expect(errors[1]).toContain(`${at('A bound list of one lead')}<Cite> on slide 1`)
    expect(errors[1]).toContain('rests only on lead sources (s-lead-b)')
    expect(errors[2]).toContain(`${at('rests on a lead alone. [src: s-lead-a]')}[src: s-lead-a] on slide 1`)
    expect(errors[3]).toContain(`${at('[src: s-lead-b, s-lead-a]')}[src: s-lead-b, s-lead-a] on slide 2 “Second slide”`)
    expect(errors.every(e => e.endsWith(WHY))).toBe(true)
  })

  it('npm run check reports all of them', async () => {
    const errors = await runDeckChecks(root)
    expect(errors).toEqual(expect.arrayContaining([
      ...checkLeadOnlyRecords(data),
      ...checkLeadOnlyCitations(deck.slides, data.sources),
      expect.stringMatching(/^data\/sources\.ts:\d+: source s-no-kind: kind: missing/),
      expect.stringMatching(/^data\/sources\.ts:\d+: source s-odd-kind: kind: unknown kind "blog"/),
    ]))
  })
})

describe('the handout and reader page say each reference\'s kind', () => {
  it('prints the kind\'s label after the date, leads and headlines in the caution style', () => {
    const captured = deck.slides.map(s => ({ no: s.no, image: `${s.no}.png`, citedIds: citedIds(s) }))
    const model = buildHandoutModel(deck, data.sources, captured)
    const refs = model.slides[0].references
    expect(refs.find(r => r.id === 's-wire')).toMatchObject({ kind: 'wire', kindLabel: SOURCE_KIND_LABELS.wire })
    expect(refs.find(r => r.id === 's-lead-a')).toMatchObject({ kind: 'lead', kindLabel: SOURCE_KIND_LABELS.lead })
    // An ungraded page (which the check rejects) is printed without a kind rather than with a wrong one.
    expect(refs.find(r => r.id === 's-no-kind')?.kindLabel).toBeUndefined()

    const html = handoutHtml(model, { imageSize: { width: 980, height: 552 } })
    expect(html).toMatch(/<span class="outlet">Wire One<\/span>, “A wire story”, 12 Apr 2025\. <span class="kind">Kind: Wire\/major outlet\.<\/span> <a href="https:\/\/example\.com\/wire">/)
    expect(html).toContain('<span class="kind caution">Kind: Lead (AI-written): not evidence.</span>')
    expect(html).toMatch(/<span class="outlet">Ungraded<\/span>, “Nobody graded me”, May 2025\. <a /)
  })
})
