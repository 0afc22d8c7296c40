import type { DeckDataSet, LoadedDeck, TextFile } from '../../scripts/lib/deck-checks/index.ts'
// @vitest-environment happy-dom
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import mermaid from 'mermaid'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  checkCoverage,
  checkData,
  checkHeadmatter,
  checkMermaid,
  checkNotes,
  checkRemoteUrls,
  checkSectionFiles,
  checkSections,
  checkSlideCitations,
  checkSourcesResolve,
  checkSpam,
  citedIds,
  countDeclaredSlides,
  loadDeck,
  loadDeckData,
  readDeckFiles,
  runDeckChecks,
} from '../../scripts/lib/deck-checks/index.ts'
import { badDeckRoot } from './support/deck-root.ts'

let deck: LoadedDeck
let files: TextFile[]
let badData: DeckDataSet
beforeAll(async () => {
  deck = await loadDeck(badDeckRoot)
  files = readDeckFiles(badDeckRoot)
  // The fixture's data/ folder, found the same way as the real deck's.
  badData = await loadDeckData(badDeckRoot)
})

/** 1-based line of the first line of a fixture file containing `marker`: messages must point there. */
function lineOf(file: string, marker: string): number {
  const index = readFileSync(join(badDeckRoot, file), 'utf8').split('\n').findIndex(l => l.includes(marker))
  expect(index, `${marker} in ${file}`).toBeGreaterThanOrEqual(0)
  return index + 1
}

/** The number of the slide with this title in the loaded fixture deck. */
function slideNo(title: string): number {
  const slide = deck.slides.find(s => s.title === title)
  expect(slide, `slide “${title}”`).toBeDefined()
  return slide!.no
}

describe('a deck with bad input fails each check with a message naming the culprit', () => {
  it('a missing src: file names the importing line and the missing file', async () => {
    const errors = await checkSourcesResolve(join(badDeckRoot, 'slides.md'))
    const line = lineOf('slides.md', 'src: ./pages/02-missing.md')
    expect(errors).toEqual([expect.stringContaining(`slides.md:${line}: src: ./pages/02-missing.md does not resolve`)])
    expect(errors[0]).toContain('pages/02-missing.md does not exist')
  })

  it('a broken Mermaid block names the slide, its line and the parse error', async () => {
    const errors = await checkMermaid(deck.slides, code => mermaid.parse(code))
    const fence = lineOf('pages/03-diagrams.md', '```mermaid {scale: 0.8}')
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`slide ${slideNo('Broken diagram')} “Broken diagram”`)
    expect(errors[0]).toContain(`pages/03-diagrams.md:${fence} does not parse: Parse error`)
  })

  it('a slide without notes is named by number and title', () => {
    expect(checkNotes(deck.slides)).toEqual([expect.stringContaining(`slide ${slideNo('No notes here')} “No notes here” (pages/01-intro.md:`)])
  })

  it('a record citing an unknown source names the record, its file and line', () => {
    const line = lineOf('data/records.ts', 'id: \'r2\'')
    expect(checkData(badData)).toContain(`data/records.ts:${line}: rounds r2: unknown source id "nowhere-123" (not in data/sources.ts)`)
  })

  it('the other data faults name their record with file:line', () => {
    const errors = checkData(badData)
    const at = (needle: string) => `data/records\\.ts:${lineOf('data/records.ts', needle)}: `
    const expected = [
      new RegExp(`^${at('id: \'r2\'')}rounds r2: unknown source id "nowhere-123"`),
      new RegExp(`^${at('id: \'r3\'')}rounds r3: date: not a valid ISO date`),
      new RegExp(`^${at('id: \'r4\'')}rounds r4: date 2025-04-01 is before r2's 2025-04-19`),
      new RegExp(`^${at('id: \'e-early\'')}timeline e-early: date 2025-04-07 is before e-late's 2025-06-13`),
      new RegExp(`^${at('id: \'p-nameless\'')}players p-nameless: name: must not be empty$`),
      /^data\/records\.ts:\d+: players p-twice: duplicate id "p-twice"/,
      /^data\/records\.ts:\d+: timeline r1: id "r1" is already used in rounds$/,
      new RegExp(`^${at('id: \'c-unsourced\'')}economy c-unsourced: sources: needs at least one entry$`),
      /^data: collection "claims" has no schema in data\/schema\.ts/,
      /^data\/sources\.ts:\d+: source s-no-url: url: not an http\(s\) address$/,
      /^data\/sources\.ts:\d+: source s-unused \(Outlet Two\) is never cited/,
    ]
    for (const pattern of expected)
      expect(errors).toContainEqual(expect.stringMatching(pattern))
    // Nothing else: the valid records and sources raise no false alarms.
    expect(errors).toHaveLength(expected.length)
  })

  it('a record dated after the stated coverage end names the record and the headmatter line', () => {
    const errors = checkCoverage(badData, deck.headmatter, 'slides.md', readFileSync(join(badDeckRoot, 'slides.md'), 'utf8'))
    const line = lineOf('data/records.ts', 'id: \'e-late\'')
    expect(errors).toContainEqual(expect.stringMatching(new RegExp(`^data/records\\.ts:${line}: timeline e-late is dated 2025-06-13, after the deck's stated coverage end 2025-06-10 \\(slides\\.md:${lineOf('slides.md', 'coverage:')}\\)`)))
  })

  it('a slide citing an unknown source names the slide and the id', () => {
    const errors = checkSlideCitations(deck.slides, badData.sources.map(s => s.id))
    expect(errors).toEqual([expect.stringMatching(new RegExp(`^slide ${slideNo('Ghost citation')} “Ghost citation” .*"ghost-source"`))])
    // The slide's ids are read for the data check too; a source cited only from a slide counts as used.
    expect(deck.slides.flatMap(citedIds)).toEqual(['s-one', 'ghost-source'])
    expect(checkData(badData, ['s-unused'])).not.toContainEqual(expect.stringMatching(/^source s-unused /))
  })

  it('an SEO spam line names the file and line', () => {
    const line = lineOf('pages/01-intro.md', 'Lil Jeff Kills')
    expect(checkSpam(files, ['Lil Jeff Kills', 'Chance Brown Net Worth'])).toEqual([`pages/01-intro.md:${line}: contains the seed's SEO spam line “Lil Jeff Kills”`])
  })

  it('a remote URL outside data/sources.ts names the file and line', () => {
    const image = lineOf('pages/01-intro.md', 'https://example.com/map.png')
    const favicon = lineOf('slides.md', 'favicon: https://')
    expect(checkRemoteUrls(files, badData.sources.map(s => s.url))).toEqual([
      expect.stringContaining(`pages/01-intro.md:${image}: remote URL https://example.com/map.png`),
      expect.stringContaining(`slides.md:${favicon}: remote URL https://cdn.jsdelivr.net/`),
    ])
  })

  it('the headmatter names each unsafe setting', () => {
    const errors = checkHeadmatter(deck.headmatter, badDeckRoot)
    for (const key of ['fonts.provider', 'favicon', 'exportFilename', 'colorSchema'])
      expect(errors).toContainEqual(expect.stringContaining(`headmatter: ${key}`))
    expect(errors).toHaveLength(4)
  })

  it('a section file nobody imports is named', () => {
    expect(checkSectionFiles(deck)).toEqual(['pages/04-orphan.md is not imported by slides.md: its slides are not in the deck'])
  })

  it('the deck has fewer slides than its section files declare', async () => {
    // 04-orphan.md's slide is declared but never imported.
    expect(await countDeclaredSlides(badDeckRoot)).toBe(deck.slides.length + 1)
  })

  it('a slide without a section is named', () => {
    const { errors } = checkSections(deck)
    expect(errors).toEqual([expect.stringContaining(`slide ${slideNo('No section')} “No section”`)])
  })

  it('runDeckChecks gathers every check into one list for the build', async () => {
    const errors = await runDeckChecks(badDeckRoot, { mermaidParse: code => mermaid.parse(code) })
    const expected = [
      /src: \.\/pages\/02-missing\.md does not resolve/,
      /pages\/04-orphan\.md is not imported/,
      /“No section” .* has no `section:`/,
      /^headmatter: colorSchema/,
      /“No notes here” .* has no speaker notes/,
      /SEO spam line “Lil Jeff Kills”/,
      /remote URL https:\/\/example\.com\/map\.png/,
      /“Broken diagram” .* does not parse/,
      /^data\/records\.ts:\d+: rounds r2: unknown source id "nowhere-123"/,
      /timeline e-late is dated 2025-06-13, after the deck's stated coverage end/,
      /“Ghost citation” .*"ghost-source"/,
      /^slides\.md: the section files declare \d+ slides but the deck has \d+$/,
    ]
    for (const pattern of expected)
      expect(errors).toContainEqual(expect.stringMatching(pattern))
  })
})
