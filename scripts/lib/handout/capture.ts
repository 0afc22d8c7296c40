import type { Browser } from 'playwright-chromium'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/** What the handout takes from the rendered deck, per slide. */
export interface CapturedSlide {
  no: number
  /** File name of the slide picture under the images directory: `01.png`. */
  image: string
  /** Source ids of the `<Cite>` markers rendered on the slide (`data-source-ids`). */
  citedIds: string[]
}

/** The print view of a deck served at `siteUrl` (ends with the base): every slide in its final click state. */
export function printViewUrl(siteUrl: string, routerMode: string): string {
  return routerMode === 'hash' ? `${siteUrl}?print=true#print` : `${siteUrl}print?print=true`
}

/**
 * Opens the deck's print view and writes one PNG per slide at `scale`× the canvas (2× gives
 * 1960×1104, about 270 dpi across an A4 text column), and reads which sources each slide cites.
 */
export async function captureSlides({ browser, url, total, canvasWidth, canvasHeight, imagesDir, scale = 2, timeout = 90_000 }: {
  browser: Browser
  url: string
  total: number
  canvasWidth: number
  canvasHeight: number
  imagesDir: string
  scale?: number
  timeout?: number
}): Promise<CapturedSlide[]> {
  const context = await browser.newContext({ viewport: { width: canvasWidth, height: canvasHeight * total }, deviceScaleFactor: scale, serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    await page.goto(url, { waitUntil: 'load', timeout })
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
    // The same readiness signals Slidev's exporter waits for, as one condition.
    await page.waitForFunction((total) => {
      const containers = document.querySelectorAll('.print-slide-container')
      if (containers.length !== total || document.querySelector('.slidev-slide-loading'))
        return false
      if (document.fonts.status !== 'loaded')
        return false
      if (document.querySelector('#mermaid-rendering-container div'))
        return false
      if ([...document.querySelectorAll<HTMLElement>('.print-slide-container .mermaid')].some(m => !m.shadowRoot?.childElementCount))
        return false
      return [...document.images].every(img => img.complete)
    }, total, { timeout, polling: 100 }).catch((error: unknown) => {
      throw new Error(`The deck's print view (${url}) did not render ${total} slides within ${timeout / 1000} s`, { cause: error })
    })
    await page.evaluate(() => {
      const hidden = document.querySelector<HTMLElement>('#mermaid-rendering-container')
      if (hidden)
        hidden.style.display = 'none'
    })
    const slides = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.print-slide-container')].map((c) => {
      const r = c.getBoundingClientRect()
      const no = Number(c.querySelector<HTMLElement>('[data-slidev-no]')?.dataset.slidevNo ?? c.id.split('-')[0])
      const ids = [...c.querySelectorAll<HTMLElement>('[data-source-ids]')].flatMap(e => (e.dataset.sourceIds ?? '').split(','))
      return { no, x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height, ids: [...new Set(ids.filter(Boolean))] }
    }))
    await mkdir(imagesDir, { recursive: true })
    const width = String(total).length < 2 ? 2 : String(total).length
    const captured: CapturedSlide[] = []
    for (const s of slides) {
      const image = `${String(s.no).padStart(width, '0')}.png`
      const png = await page.screenshot({ clip: { x: s.x, y: s.y, width: s.width, height: s.height }, animations: 'disabled' })
      await writeFile(join(imagesDir, image), png)
      captured.push({ no: s.no, image, citedIds: s.ids })
    }
    return captured
  }
  finally {
    await context.close()
  }
}
