import type { Browser, Page } from 'playwright-chromium'
import type { HandoutModel } from './model.ts'
import type { Paper } from './pdf.ts'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadDeckData } from '../deck-checks/deck-data.ts'
import { loadDeck } from '../deck-checks/deck.ts'
import { captureSlides } from './capture.ts'
import { buildHandoutModel } from './model.ts'
import { printHandout } from './pdf.ts'
import { writeHandoutSite } from './render.ts'

export { HandoutInputError } from './model.ts'
export type { HandoutModel } from './model.ts'
export { PAPERS } from './pdf.ts'
export type { Paper } from './pdf.ts'

/** The folder of the reader page inside the built site: `<base>handout/`. */
export const HANDOUT_DIR = 'handout'

export interface MakeHandoutOptions {
  /** Deck root (slides.md, pages/, data/). */
  root: string
  entry?: string
  /** The exporter's print view of the built deck, already checked (scripts/lib/export/print-view.ts). */
  printView: Page
  /** The deck's canvas as the exporter resolved it (the pictures are shared with the PNG export). */
  canvas: { width: number, height: number }
  /** Write the reader page here (index.html, handout.css, fonts/, slides/). Default: a temporary folder. */
  htmlDir?: string
  /** Link from the reader page back to the deck (the web page only). */
  deckHref?: string
  /** Print the handout PDF here. */
  pdfFile?: string
  paper?: Paper
  /** The browser that prints the handout PDF (the exporter's). */
  browser: Browser
}

export interface HandoutResult {
  model: HandoutModel
  htmlDir?: string
  pdfFile?: string
  pdfBytes?: number
}

/**
 * The handout in one call: slide pictures and cited sources from the deck's print view, the
 * commentary from the notes (presenter-only `[cue]` lines left out), written as the reader page
 * and, when asked, printed to the handout PDF.
 */
export async function makeHandout(options: MakeHandoutOptions): Promise<HandoutResult> {
  const deck = await loadDeck(options.root, options.entry)
  const { sources } = await loadDeckData(options.root)
  const { browser } = options
  const temp = options.htmlDir ? undefined : await mkdtemp(join(tmpdir(), 'handout-'))
  const htmlDir = options.htmlDir ?? temp!
  try {
    const { slides: captured, imageSize } = await captureSlides(options.printView, { ...options.canvas, imagesDir: join(htmlDir, 'slides') })
    const model = buildHandoutModel(deck, sources, captured)
    await writeHandoutSite(htmlDir, model, { deckHref: options.deckHref, imageSize })
    let pdfBytes: number | undefined
    if (options.pdfFile) {
      // The PDF has no link back to a deck that may not exist where it is read.
      if (options.deckHref)
        await writeHandoutSite(htmlDir, model, { imageSize })
      await printHandout({ browser, dir: htmlDir, output: options.pdfFile, paper: options.paper, title: model.title })
      if (options.deckHref)
        await writeHandoutSite(htmlDir, model, { deckHref: options.deckHref, imageSize })
      pdfBytes = (await stat(options.pdfFile)).size
    }
    return { model, htmlDir: temp ? undefined : htmlDir, pdfFile: options.pdfFile, pdfBytes }
  }
  finally {
    if (temp)
      await rm(temp, { recursive: true, force: true })
  }
}
