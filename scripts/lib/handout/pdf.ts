import type { Browser } from 'playwright-chromium'
import { serveBuiltSite } from '../serve-dir.ts'

export type Paper = 'a4' | 'letter'

export const PAPERS: readonly Paper[] = ['a4', 'letter']

/**
 * Prints the reader page in `dir` to a PDF: served on loopback (the page's CSP allows same-origin
 * fonts, which a file:// page does not have), every picture loaded, page numbers in the footer,
 * an outline from the headings, text and links kept.
 */
export async function printHandout({ browser, dir, output, paper = 'a4', title, timeout = 60_000 }: {
  browser: Browser
  dir: string
  output: string
  paper?: Paper
  title: string
  timeout?: number
}): Promise<void> {
  const site = await serveBuiltSite(dir, '/')
  const context = await browser.newContext({ serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    await page.goto(`${site.url}index.html`, { waitUntil: 'load', timeout })
    // The web page lazy-loads its pictures; a printout needs them all.
    await page.evaluate(() => Promise.all([...document.images].map((img) => {
      img.loading = 'eager'
      return img.decode()
    })))
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    const small = 'font-family: Inter, sans-serif; font-size: 8pt; color: #4a5565; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;'
    await page.pdf({
      path: output,
      format: paper === 'letter' ? 'Letter' : 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="${small}"><span>${title.replace(/[<&]/g, c => (c === '<' ? '&lt;' : '&amp;'))} · handout</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`,
      margin: { top: '14mm', bottom: '18mm', left: '14mm', right: '14mm' },
      outline: true,
      tagged: true,
      timeout,
    })
  }
  finally {
    await context.close()
    await site.close()
  }
}
