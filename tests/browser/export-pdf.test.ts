import type { PDFDocument } from 'pdf-lib'
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { describeSlide } from '../../scripts/lib/deck-checks/deck.ts'
import { normalizeText, squashText } from '../../scripts/lib/text-normalize.ts'
import { exportFiles, waitForExports } from '../support/artifacts.ts'
import { inkRatio, loadPdf, pageTexts, pdfInfo, readOutline, renderPagesGray } from '../support/pdf.ts'

/** The slide PDF written by `scripts/export.ts` (one page per slide, no click steps, with an outline). */

/** Below this share of non-background pixels a page counts as blank (a title alone is several %). */
const BLANK_INK_RATIO = 0.002

const artifacts = inject('browserArtifacts')
const { deck } = artifacts
const file = exportFiles(artifacts).pdf
const where = (no: number): string => describeSlide(deck.slides[no - 1])
let pdf: PDFDocument
let texts: string[]

describe(`slides PDF (${file.slice(artifacts.deckRoot.length + 1)})`, () => {
  beforeAll(async () => {
    await waitForExports(artifacts)
    expect(existsSync(file), `${file} was not written`).toBe(true)
    pdf = await loadPdf(file)
    texts = await pageTexts(file)
  })

  it('has one page per slide', () => {
    expect(pdf.getPageCount()).toBe(deck.slides.length)
    expect(texts.length).toBe(deck.slides.length)
  })

  it('has a bookmark for every titled slide, in order, pointing at its page', () => {
    const outline = readOutline(pdf).map(e => `p${e.page ?? '?'} ${normalizeText(e.title)}`)
    const expected = deck.slides.filter(s => s.titlePlain).map(s => `p${s.no} ${s.titlePlain}`)
    expect(outline).toEqual(expected)
  })

  it('has extractable text with each slide\'s title on its page', () => {
    const missing = deck.slides
      .filter(s => s.titlePlain && !squashText(texts[s.no - 1] ?? '').includes(squashText(s.titlePlain)))
      .map(s => `${where(s.no)}: page ${s.no} text lacks the title; it reads "${normalizeText(texts[s.no - 1] ?? '').slice(0, 100)}"`)
    expect(missing, `\n${missing.join('\n')}`).toEqual([])
  })

  it('has no blank page', async () => {
    const pages = await renderPagesGray(file)
    expect(pages.length).toBe(deck.slides.length)
    const ratios = pages.map(inkRatio)
    console.log(`[pdf] ink per page (min ${Math.min(...ratios).toFixed(3)}): ${ratios.map(r => r.toFixed(3)).join(' ')}`)
    const blank = ratios.flatMap((r, i) => (r < BLANK_INK_RATIO ? [`${where(i + 1)}: page ${i + 1} is blank (${(r * 100).toFixed(2)}% ink)`] : []))
    expect(blank, `\n${blank.join('\n')}`).toEqual([])
  })

  it('carries the deck\'s author in its metadata', () => {
    expect(pdf.getAuthor()).toBe(deck.headmatter.author)
    expect(normalizeText(pdf.getTitle() ?? '')).toBe(deck.slides[0].titlePlain)
  })

  it('is a tagged PDF (structure kept through the outline rewrite), for screen readers', async () => {
    expect((await pdfInfo(file)).Tagged).toBe('yes')
  })
})
