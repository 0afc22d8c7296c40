import type { Browser } from 'playwright-chromium'
import type { HandoutModel } from './model.ts'
import type { Paper } from './pdf.ts'
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS } from '../chromium.ts'
import { loadDeckData } from '../deck-checks/deck-data.ts'
import { loadDeck } from '../deck-checks/deck.ts'
import { pngSize } from '../site.ts'
import { captureSlides, printViewUrl } from './capture.ts'
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
  /** The deck, served with its print view, ending with the base: `http://127.0.0.1:PORT/base/`. */
  siteUrl: string
  /** Write the reader page here (index.html, handout.css, fonts/, slides/). Default: a temporary folder. */
  htmlDir?: string
  /** Link from the reader page back to the deck (the web page only). */
  deckHref?: string
  /** Print the handout PDF here. */
  pdfFile?: string
  paper?: Paper
  executablePath?: string
  /** An already running browser (the exporter's); otherwise one is started. */
  browser?: Browser
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
  const canvasWidth = Number(deck.headmatter.canvasWidth ?? 980)
  const aspect = String(deck.headmatter.aspectRatio ?? '16/9').split(/[/:]/).map(Number)
  const canvasHeight = Math.round(canvasWidth * aspect[1] / aspect[0])
  const routerMode = String(deck.headmatter.routerMode ?? 'history')
  const ownBrowser = options.browser ? undefined : await chromium.launch({ executablePath: options.executablePath, args: CHROMIUM_ARGS })
  const browser = options.browser ?? ownBrowser!
  const temp = options.htmlDir ? undefined : await mkdtemp(join(tmpdir(), 'handout-'))
  const htmlDir = options.htmlDir ?? temp!
  try {
    const captured = await captureSlides({
      browser,
      url: printViewUrl(options.siteUrl, routerMode),
      total: deck.slides.length,
      canvasWidth,
      canvasHeight,
      imagesDir: join(htmlDir, 'slides'),
    })
    const model = buildHandoutModel(deck, sources, captured)
    const imageSize = pngSize(await readFile(join(htmlDir, 'slides', captured[0].image)))
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
    await ownBrowser?.close()
  }
}
