import type { FormatStep } from '../types.ts'
import { htmlStep } from './html.ts'
import { notesStep } from './notes.ts'
import { pdfStep } from './pdf.ts'
import { pngStep } from './png.ts'
import { pptxStep } from './pptx.ts'

/**
 * Every format, in the order they run on the one rendering. PPTX pauses animations on the page,
 * so it goes after the captures; the HTML only needs the list of fonts the rendering used.
 */
export const FORMAT_STEPS: readonly FormatStep[] = [pdfStep, pngStep, pptxStep, notesStep, htmlStep]

export const FORMAT_IDS = FORMAT_STEPS.map(s => s.id)
