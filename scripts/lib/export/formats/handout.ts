import type { Paper } from '../../handout/index.ts'
import type { FormatStep } from '../types.ts'
import { join } from 'node:path'
import { makeHandout } from '../../handout/index.ts'
import { verifyTextPdf } from '../verify.ts'

/**
 * The handout PDF (scripts/lib/handout): each slide as a picture with its commentary and the full
 * references of its sources. It reads the notes from the parsed deck, and the pictures and cited ids
 * from the exporter's print view (no second rendering).
 */
export function handoutStep(paper: Paper = 'a4'): FormatStep {
  return {
    id: 'handout',
    label: `Handout PDF (${paper.toUpperCase()})`,
    target: deck => `${deck.name}-handout.pdf`,
    async run({ deck, view, browser, tmpDir }) {
      const pdfFile = join(tmpDir, `${deck.name}-handout.pdf`)
      const result = await makeHandout({ root: deck.root, entry: deck.entry, printView: view.page, canvas: deck.canvas, pdfFile, paper, browser })
      return { path: pdfFile, detail: `${result.model.slides.length} slides, ${((result.pdfBytes ?? 0) / 1e6).toFixed(1)} MB` }
    },
    verify: verifyTextPdf,
  }
}
