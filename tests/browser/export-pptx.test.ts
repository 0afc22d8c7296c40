import type { Pptx } from '../support/pptx.ts'
import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { describeSlide } from '../../scripts/lib/deck-checks/deck.ts'
import { normalizeText, squashText } from '../../scripts/lib/text-normalize.ts'
import { exportFiles, waitForExports } from '../support/artifacts.ts'
import { readPptx } from '../support/pptx.ts'
import { distinctiveSnippet, markdownToPlainText } from '../support/text.ts'

/** The editable PPTX written by `scripts/export.ts` (scripts/lib/pptx: real text boxes, native diagrams, notes). */

const artifacts = inject('browserArtifacts')
const { deck } = artifacts
const file = exportFiles(artifacts).pptx
const where = (no: number): string => describeSlide(deck.slides[no - 1])
let pptx: Pptx

describe(`editable PPTX (${file.slice(artifacts.deckRoot.length + 1)})`, () => {
  beforeAll(async () => {
    await waitForExports(artifacts)
    expect(existsSync(file), `${file} was not written`).toBe(true)
    pptx = await readPptx(file)
  })

  it('is a zip with one slide per deck slide', () => {
    expect(pptx.slides.length).toBe(deck.slides.length)
  })

  it('has real, editable text on every slide, including its title', () => {
    const problems = deck.slides.flatMap((slide) => {
      const texts = pptx.slides[slide.no - 1]?.texts ?? []
      if (texts.join('').trim() === '')
        return [`${where(slide.no)}: no text at all (<a:t>); is it a picture only?`]
      if (slide.titlePlain && !squashText(texts.join(' ')).includes(squashText(slide.titlePlain)))
        return [`${where(slide.no)}: the title is not among its text runs: "${normalizeText(texts.join(' ')).slice(0, 100)}"`]
      return []
    })
    expect(problems, `\n${problems.join('\n')}`).toEqual([])
  })

  it('has the speaker notes of every slide that has them', () => {
    const notes = deck.slides.map(s => s.notePlain)
    const problems = deck.slides.filter(s => s.notePlain).flatMap((slide) => {
      const got = pptx.slides[slide.no - 1]?.notes
      if (!got)
        return [`${where(slide.no)}: no notes page (ppt/notesSlides)`]
      const snippet = distinctiveSnippet(slide.notePlain, notes.filter((_, i) => i !== slide.no - 1))
      // The notes are plain text with list items as "• " lines: compare as plain text.
      return squashText(markdownToPlainText(got.join('\n').replace(/^(\s*)•\s+/gm, '$1- '))).includes(squashText(snippet)) ? [] : [`${where(slide.no)}: notes lack "${snippet}"`]
    })
    expect(problems, `\n${problems.join('\n')}`).toEqual([])
  })

  it('names the deck\'s title and author in docProps/core.xml', () => {
    // Slidev titles the file after the first slide's title, as it does the PDF.
    expect(normalizeText(pptx.core.title ?? '')).toBe(deck.slides[0].titlePlain)
    expect(pptx.core.creator).toBe(deck.headmatter.author)
  })
})
