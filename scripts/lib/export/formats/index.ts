import type { FormatStep } from '../types.ts'
import { handoutStep } from './handout.ts'
import { htmlStep } from './html.ts'
import { notesStep } from './notes.ts'
import { pdfStep } from './pdf.ts'
import { pngStep } from './png.ts'
import { pptxStep } from './pptx.ts'

/**
 * Every format, in the order they run on the one rendering. PPTX pauses animations on the page,
 * so it goes after the captures; the HTML only needs the list of fonts the rendering used. The
 * handout opens its own page on the same built site, last.
 */
export const FORMAT_STEPS: readonly FormatStep[] = [pdfStep, pngStep, pptxStep, notesStep, htmlStep, handoutStep()]

export const FORMAT_IDS = FORMAT_STEPS.map(s => s.id)
