import { join } from 'node:path'
import { exportPptxEditable } from '../../slidev-internals.ts'
import type { FormatStep } from '../types.ts'
import { verifyPptx } from '../verify.ts'

/**
 * Slidev's editable PPTX (real text boxes, pictures only for what it cannot express), run on the
 * already-rendered print view through the adapter; speaker notes come from the parsed slides.
 */
export const pptxStep: FormatStep = {
  id: 'pptx',
  label: 'Editable PPTX with notes',
  target: deck => `${deck.name}.pptx`,
  async run({ deck, view, tmpDir }) {
    const output = join(tmpDir, `${deck.name}.pptx`)
    const result = await exportPptxEditable({
      page: view.page,
      slides: deck.slideInfos,
      width: deck.canvas.width,
      height: deck.canvas.height,
      pages: deck.slides.map(s => s.no),
    }, output)
    const notes = [
      `${result.slideCount} slides`,
      result.fallbackSlides.length
        ? `${result.fallbackSlides.length} as pictures (${result.fallbackSlides.map(s => `slide ${s.no}: ${s.reason}`).join('; ')})`
        : 'none as pictures',
      result.imagesDropped ? `${result.imagesDropped} images dropped` : '',
      result.rastersFailed ? `${result.rastersFailed} pictures failed` : '',
      result.fontsNamed.length ? `fonts ${result.fontsNamed.join(', ')}` : '',
    ]
    return { path: result.output, detail: notes.filter(Boolean).join(', ') }
  },
  verify: verifyPptx,
}
