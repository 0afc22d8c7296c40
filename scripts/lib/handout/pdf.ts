import type { Browser } from 'playwright-chromium'
import { palette } from '../../../styles/palette.ts'
import { startStaticServer } from '../static-server.ts'

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
  const site = await startStaticServer({ root: dir })
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
    // Page numbers in CSS page-margin boxes: they are part of the document, so they are set in
    // the page's own Inter (Chromium's separate header/footer templates cannot load web fonts).
    const footerText = `${title} · handout`.replace(/["\\]/g, '\\$&')
    await page.addStyleTag({ content: `@page { size: ${paper === 'letter' ? 'letter' : 'A4'} portrait; margin: 14mm 14mm 18mm;
      @bottom-left { content: "${footerText}"; font: 8pt Inter, sans-serif; color: ${palette.muted}; }
      @bottom-right { content: counter(page) " / " counter(pages); font: 8pt Inter, sans-serif; color: ${palette.muted}; } }` })
    await page.pdf({
      path: output,
      preferCSSPageSize: true,
      printBackground: true,
      outline: true,
      tagged: true,
    })
  }
  finally {
    await context.close()
    await site.close()
  }
}
