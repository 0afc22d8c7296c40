import type { Browser } from 'playwright-chromium'
import type { ExportDeck } from './deck.ts'
import type { PrintView } from './print-view.ts'
import type { Finding } from './problems.ts'

/** What a format step gets: the checked print view (one rendering of every slide) and the deck. */
export interface FormatContext {
  deck: ExportDeck
  view: PrintView
  browser: Browser
  /** The built single-file deck (index.html of the export build). */
  siteIndex: string
  /** A private folder for this step's output; nothing here is final until the exporter renames it. */
  tmpDir: string
}

export interface FormatOutput {
  /** Path of the written file or folder inside tmpDir. */
  path: string
  /** One line for the progress log: pages, size, warnings. */
  detail?: string
}

/**
 * One export format. `run` writes into ctx.tmpDir; `verify` reads what was written and returns what is
 * wrong with it (an empty list means good). Only when every step's output verifies does the exporter
 * move them to `target` under the output folder. New formats (handout, a new PPTX writer) plug in here.
 */
export interface FormatStep {
  id: string
  label: string
  /** Final name under the output folder, e.g. `<name>.pdf` or `<name>-png` (a folder). */
  target: (deck: ExportDeck) => string
  run: (ctx: FormatContext) => Promise<FormatOutput>
  verify: (path: string, deck: ExportDeck) => Promise<Finding[]>
}
