import type { PptxDeckInfo } from './deck-info.ts'
import type { PptxSummary } from './index.ts'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS } from '../chromium.ts'
import { writePptx } from './index.ts'
import { openPrintView } from './print-view.ts'

/**
 * The PPTX from a served deck (a Slidev server or the built site with the print route): one
 * Chromium, the print view at the slide canvas size, then writePptx. A one-pass exporter that
 * already has the print view open calls writePptx on its own page instead.
 */
export async function exportPptx({ siteUrl, deck, output, executablePath, canvas = { width: 980, height: 552 }, timeout = 120_000 }: {
  siteUrl: string
  deck: PptxDeckInfo
  output: string
  executablePath: string
  canvas?: { width: number, height: number }
  timeout?: number
}): Promise<PptxSummary> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage({ viewport: canvas })
    await openPrintView(page, siteUrl, deck.slides.length, timeout)
    return await writePptx(page, deck, output, canvas)
  }
  finally {
    await browser.close()
  }
}
