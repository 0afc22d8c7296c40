import type { Page } from 'playwright-chromium'
import { Buffer } from 'node:buffer'

/**
 * Pictures of slides clipped from the checked print view, for the PNG export, the handout and the
 * site's preview image. Through CDP (`optimizeForSpeed`: faster PNG encoding), about 1.5× quicker
 * than element screenshots, and at any scale without a second page. Call it after the checks: it
 * resizes the viewport while it works.
 */
export async function shootSlides(page: Page, { width, height, scale, only, save }: {
  /** The deck's canvas, in CSS px. */
  width: number
  height: number
  /** Picture pixels per canvas pixel. */
  scale: number
  /** Slide numbers to shoot; every slide when left out. */
  only?: number[]
  save: (no: number, png: Buffer) => Promise<void>
}): Promise<number> {
  const boxes = await page.evaluate(() => [...document.querySelectorAll('.print-slide-container')].map((el) => {
    const r = el.getBoundingClientRect()
    return { no: Number(el.id.split('-')[0]), x: r.left + window.scrollX, y: r.top + window.scrollY }
  }))
  const wanted = only ? boxes.filter(b => only.includes(b.no)) : boxes
  // With the print view's viewport (every slide tall) each capture composites the whole page: about
  // 0.3 s a slide. A viewport of one slide, scrolled to each in turn, takes about a third of that.
  const viewport = page.viewportSize()
  await page.setViewportSize({ width: Math.ceil(width), height: Math.ceil(height) })
  const cdp = await page.context().newCDPSession(page)
  try {
    for (const box of wanted) {
      await page.evaluate(y => window.scrollTo(0, y), box.y)
      const { data } = await cdp.send('Page.captureScreenshot', {
        format: 'png',
        clip: { x: box.x, y: box.y, width, height, scale },
        optimizeForSpeed: true,
      })
      await save(box.no, Buffer.from(data, 'base64'))
    }
  }
  finally {
    await cdp.detach()
    await page.evaluate(() => window.scrollTo(0, 0))
    if (viewport)
      await page.setViewportSize(viewport)
  }
  return wanted.length
}

/** Slide pictures at 2× the canvas (1960×1104 for 980×552), the scale Slidev's exporter uses: the PNG export and the handout share them. */
export const SLIDE_PICTURE_SCALE = 2

const shotsByPage = new WeakMap<Page, Map<string, Promise<Map<number, Buffer>>>>()

/**
 * Every slide's picture at `scale`, taken once per print view: the PNG export and the handout use
 * the same pictures, and encoding them is the costliest part of either.
 */
export function slidePictures(page: Page, { width, height, scale }: { width: number, height: number, scale: number }): Promise<Map<number, Buffer>> {
  const byKey = shotsByPage.get(page) ?? new Map<string, Promise<Map<number, Buffer>>>()
  shotsByPage.set(page, byKey)
  const key = `${width}×${height}@${scale}`
  let pictures = byKey.get(key)
  if (!pictures) {
    const taken = new Map<number, Buffer>()
    pictures = shootSlides(page, { width, height, scale, save: async (no, png) => void taken.set(no, png) }).then(() => taken)
    // A failed shoot must not be served again from the cache.
    pictures.catch(() => byKey.delete(key))
    byKey.set(key, pictures)
  }
  return pictures
}
