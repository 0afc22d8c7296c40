import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS } from './chromium.ts'

/**
 * The speaker-notes PDF. `slidev export-notes` cannot take a browser path (it launches
 * Playwright's own download), so this does what it does, with the browser we found.
 */
export async function exportNotesPdf({ url, output, executablePath, timeout = 60_000 }: {
  url: string
  output: string
  executablePath: string
  timeout?: number
}): Promise<string> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  try {
    const page = await browser.newPage()
    await page.goto(url, { waitUntil: 'networkidle', timeout })
    // The print view renders one block per slide; wait for the notes to be in the DOM.
    await page.locator('#page-root').waitFor({ timeout })
    await page.emulateMedia({ media: 'screen' })
    await page.pdf({ path: output, format: 'A4', printBackground: true, preferCSSPageSize: true })
    return output
  }
  finally {
    await browser.close()
  }
}
