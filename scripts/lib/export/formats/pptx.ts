import type { FormatStep } from '../types.ts'
import { join } from 'node:path'
import { deckInfoFromSlidev, writePptx } from '../../pptx/index.ts'
import { verifyPptx } from '../verify.ts'

/**
 * The project's PPTX writer (scripts/lib/pptx) on the already-rendered print view: 16:9, editable
 * text boxes sized for a fallback font, diagrams as native shapes and connectors, notes with every line.
 */
export const pptxStep: FormatStep = {
  id: 'pptx',
  label: 'Editable PPTX with notes (native shapes, 16:9)',
  target: deck => `${deck.name}.pptx`,
  async run({ deck, view, tmpDir }) {
    const output = join(tmpDir, `${deck.name}.pptx`)
    const info = deckInfoFromSlidev({ config: { title: deck.title }, headmatter: { author: deck.author }, slides: deck.slideInfos })
    const s = await writePptx(view.page, info, output, deck.canvas)
    return {
      path: output,
      detail: `${s.textBoxes} text boxes (${s.scaledBoxes} set smaller for a wider fallback font, down to ${s.smallestScale} %), `
        + `${s.shapes} shapes, ${s.connectors} connectors, ${s.pictures} pictures, ${s.internalLinks} slide links`,
    }
  },
  verify: verifyPptx,
}
