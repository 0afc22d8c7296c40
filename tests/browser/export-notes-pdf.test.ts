import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { describeSlide } from '../../scripts/lib/deck-checks/deck.ts'
import { squashText } from '../../scripts/lib/text-normalize.ts'
import { exportFiles, waitForExports } from '../support/artifacts.ts'
import { pageTexts } from '../support/pdf.ts'
import { distinctiveSnippet } from '../support/text.ts'

/** The speaker-notes PDF written by `scripts/export.ts`: every slide's notes, in slide order. */

const artifacts = inject('browserArtifacts')
const { deck } = artifacts
const file = exportFiles(artifacts).notesPdf
let text: string

describe(`notes PDF (${file.slice(artifacts.deckRoot.length + 1)})`, () => {
  beforeAll(async () => {
    await waitForExports(artifacts)
    expect(existsSync(file), `${file} was not written`).toBe(true)
    text = squashText((await pageTexts(file)).join(' '))
  })

  it('contains every slide\'s notes, in slide order', () => {
    const notes = deck.slides.map(s => s.notePlain)
    const withNotes = deck.slides.filter(s => s.notePlain)
    expect(withNotes.length, 'the deck has no speaker notes at all').toBeGreaterThan(0)
    let last = -1
    const problems: string[] = []
    for (const slide of withNotes) {
      const snippet = distinctiveSnippet(slide.notePlain, notes.filter((_, i) => i !== slide.no - 1))
      const at = text.indexOf(squashText(snippet), last + 1)
      if (at < 0)
        problems.push(`${describeSlide(slide)}: "${snippet}" is not in the notes PDF${text.includes(squashText(snippet)) ? ' after the previous slide\'s notes (out of order)' : ''}`)
      else
        last = at
    }
    console.log(`[notes pdf] ${withNotes.length} of ${deck.slides.length} slides have notes; all checked`)
    expect(problems, `\n${problems.join('\n')}`).toEqual([])
  })
})
