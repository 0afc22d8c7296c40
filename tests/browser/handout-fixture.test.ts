import { existsSync } from 'node:fs'
import { mkdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { normalizeText, squashText } from '../../scripts/lib/text-normalize.ts'
import { artifactsDir, deckRoot } from '../support/artifacts.ts'
import { loadPdf, pageTexts, readOutline } from '../support/pdf.ts'
import { runOrThrow } from '../support/run.ts'

/**
 * `npm run export -- --only pdf,handout --paper letter` on the fixture deck, whose notes carry
 * planted presenter-only `[cue]` lines and `[src: …]` citations (tests/fixtures/legibility-deck).
 */

const FIXTURE = resolve('tests/fixtures/legibility-deck')
/** US Letter portrait in PDF points. */
const LETTER = { width: 612, height: 792 }
const out = join(artifactsDir(deckRoot()), 'handout-fixture')
const handoutFile = join(out, 'legibility-fixture-handout.pdf')
let texts: string[]

describe('handout of a deck with planted presenter-only lines', () => {
  beforeAll(async () => {
    await rm(out, { recursive: true, force: true })
    await mkdir(out, { recursive: true })
    await runOrThrow('scripts/export.ts (fixture)', join(deckRoot(), 'node_modules', '.bin', 'tsx'), ['scripts/export.ts', '--entry', join(FIXTURE, 'slides.md'), '--only', 'pdf,handout', '--paper', 'letter', '--skip-legibility', '--out', out], { cwd: deckRoot() })
    expect(existsSync(handoutFile), `${handoutFile} was not written`).toBe(true)
    texts = await pageTexts(handoutFile)
  }, 300_000)

  it('prints on Letter with --paper letter: a cover and one page per slide', async () => {
    const pdf = await loadPdf(handoutFile)
    expect(pdf.getPageCount()).toBe(1 + 7)
    for (const page of pdf.getPages()) {
      expect(Math.abs(page.getWidth() - LETTER.width)).toBeLessThanOrEqual(1.5)
      expect(Math.abs(page.getHeight() - LETTER.height)).toBeLessThanOrEqual(1.5)
    }
  })

  it('keeps the commentary and drops every [cue] line', () => {
    const all = normalizeText(texts.join('\n'))
    expect(all).toContain('Commentary for the first slide, which the handout prints in full.')
    expect(all).toContain('Commentary for the small print slide, readable in the handout.')
    expect(all).not.toContain('PLANTED CUE')
    expect(all).not.toContain('[cue]')
  })

  it('turns [src: …] into numbered markers and lists the full references under the slide', () => {
    const slide1 = normalizeText(texts[1])
    expect(slide1).toContain('A slide within budget')
    // Numbered as the sources slides number them: alphabetically by outlet (Fixture Times 1, Fixture Wire 2).
    expect(slide1).toContain('prints in full. [2]')
    expect(slide1).toContain('Fixture Wire, "First fixture article", 12 Apr 2025.')
    // A line may break an address at its hyphen, which the PDF's text then drops: compare without hyphens.
    expect(squashText(slide1).replace(/-/g, '')).toContain('https://example.org/fixture/alphaarticle')
    expect(slide1).not.toContain('Fixture Times')
    const slide2 = normalizeText(texts[2])
    expect(slide2).toContain('[1, 2]')
    expect(slide2).toContain('Fixture Times, "Second fixture article", May 2025.')
    expect(squashText(slide2).replace(/-/g, '')).toContain('https://example.org/fixture/betaarticle')
  })

  it('nests the deck PDF outline: the part\'s slides under its first slide, the appendix back at the top', async () => {
    const outline = readOutline(await loadPdf(join(out, 'legibility-fixture.pdf')))
    expect(outline.map(e => `${e.depth}:${e.page}`)).toEqual(['0:1', '0:2', '0:3', '1:4', '1:5', '1:6', '0:7'])
  })
})
