import { existsSync } from 'node:fs'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { describeSlide } from '../../scripts/lib/deck-checks/deck.ts'
import { spokenWords } from '../../scripts/lib/notes/split-notes.ts'
import { backupIndex, clock, PACE, speakingSeconds } from '../../scripts/lib/notes/timing.ts'
import { squashText } from '../../scripts/lib/text-normalize.ts'
import { exportFiles, waitForExports } from '../support/artifacts.ts'
import { pageTexts, pdfInfo } from '../support/pdf.ts'
import { distinctiveSnippet } from '../support/text.ts'

/** The speaker-notes PDF written by `scripts/export.ts`: the presenter's script, slide by slide. */

const artifacts = inject('browserArtifacts')
const { deck } = artifacts
const file = exportFiles(artifacts).notesPdf
let raw: string
let text: string

describe(`notes PDF (${file.slice(artifacts.deckRoot.length + 1)})`, () => {
  beforeAll(async () => {
    await waitForExports(artifacts)
    expect(existsSync(file), `${file} was not written`).toBe(true)
    raw = (await pageTexts(file)).join('\n')
    text = squashText(raw)
  })

  it('is a tagged PDF, for screen readers', async () => {
    expect((await pdfInfo(file)).Tagged).toBe('yes')
  })

  it('holds every slide\'s script and cues, in slide order', () => {
    const scripts = deck.slides.map(s => s.presenterPlain)
    const withNotes = deck.slides.filter(s => s.presenterPlain)
    expect(withNotes.length, 'the deck has no speaker notes at all').toBeGreaterThan(0)
    let last = -1
    const problems: string[] = []
    for (const slide of withNotes) {
      const snippet = distinctiveSnippet(slide.presenterPlain, scripts.filter((_, i) => i !== slide.no - 1))
      const at = text.indexOf(squashText(snippet), last + 1)
      if (at < 0)
        problems.push(`${describeSlide(slide)}: "${snippet}" is not in the notes PDF${text.includes(squashText(snippet)) ? ' after the previous slide\'s notes (out of order)' : ''}`)
      else
        last = at
    }
    console.log(`[notes pdf] ${withNotes.length} of ${deck.slides.length} slides have notes; all checked`)
    expect(problems, `\n${problems.join('\n')}`).toEqual([])
  })

  it('reads the core path (every slide before "Backup") within the slot, at most 22 slides', () => {
    const at = backupIndex(deck.slides)
    expect(at, 'the deck has no slide with `backup: true`').toBeGreaterThan(0)
    const divider = deck.slides[at]
    expect(divider.titlePlain).toBe('Backup')
    // The PDF's text from its first slide heading to the Backup divider's heading: the core path as printed.
    const start = raw.search(/^\s*1\s+\S/m)
    const end = raw.search(new RegExp(`^\\s*${divider.no}\\s+Backup\\s*$`, 'm'))
    expect(start, 'no heading for slide 1 in the notes PDF').toBeGreaterThanOrEqual(0)
    expect(end, `no heading "${divider.no} Backup" in the notes PDF`).toBeGreaterThan(start)
    const spoken = raw.slice(start, end).replace(/\[cue:[^\]]*\]/g, ' ')
    // Headings and page furniture count as words here: the measure errs long, never short.
    const words = spokenWords(spoken)
    const seconds = speakingSeconds(words) + at * PACE.readSecondsPerSlide
    console.log(`[notes pdf] core path: ${at} slides, ${words} words, ${clock(seconds)} at ${PACE.wordsPerMinute} wpm + ${PACE.readSecondsPerSlide} s a slide`)
    expect(at).toBeLessThanOrEqual(PACE.maxCoreSlides)
    expect(seconds).toBeLessThanOrEqual(PACE.slotSeconds)
    const watch = deck.slides.slice(0, at).some(s => /watch/i.test(s.titlePlain))
    expect(watch, 'no "what to watch" slide on the core path').toBe(true)
  })

  it('leaves the handout-only commentary out of the script', () => {
    const leaked = deck.slides.flatMap((slide) => {
      const detail = slide.notePlain.slice(slide.notePlain.indexOf('[handout]') + 9).trim()
      if (!slide.notePlain.includes('[handout]') || !detail)
        return []
      const snippet = distinctiveSnippet(detail, deck.slides.map(s => s.presenterPlain))
      return text.includes(squashText(snippet)) ? [`${describeSlide(slide)}: handout text "${snippet}" is in the notes PDF`] : []
    })
    expect(leaked, `\n${leaked.join('\n')}`).toEqual([])
  })
})
