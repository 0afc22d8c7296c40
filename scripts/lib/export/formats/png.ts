import type { FormatStep } from '../types.ts'
import { Buffer } from 'node:buffer'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { verifyPngDir } from '../verify.ts'

/** PNG size: the canvas 2× the canvas (1960×1104 for 980×552), as Slidev's exporter scales by default. */
export const PNG_SCALE = 2

/**
 * One PNG per slide, named 01.png… so they sort in slide order. Each is a clip of the print view
 * through CDP (`optimizeForSpeed`: faster PNG encoding), about 1.5× quicker than element screenshots.
 */
export const pngStep: FormatStep = {
  id: 'png',
  label: 'PNG per slide',
  target: deck => `${deck.name}-png`,
  async run({ deck, view, tmpDir }) {
    const dir = join(tmpDir, `${deck.name}-png`)
    await mkdir(dir, { recursive: true })
    const boxes = await view.page.evaluate(() => [...document.querySelectorAll('.print-slide-container')].map((el) => {
      const r = el.getBoundingClientRect()
      return { id: el.id, x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height }
    }))
    const cdp = await view.page.context().newCDPSession(view.page)
    const digits = String(deck.slides.length).length
    try {
      for (const box of boxes) {
        const no = Number(box.id.split('-')[0])
        const { data } = await cdp.send('Page.captureScreenshot', {
          format: 'png',
          clip: { x: box.x, y: box.y, width: deck.canvas.width, height: deck.canvas.height, scale: PNG_SCALE },
          captureBeyondViewport: false,
          optimizeForSpeed: true,
        })
        await writeFile(join(dir, `${String(no).padStart(digits, '0')}.png`), Buffer.from(data, 'base64'))
      }
    }
    finally {
      await cdp.detach()
    }
    return { path: dir, detail: `${boxes.length} images, ${deck.canvas.width * PNG_SCALE}×${deck.canvas.height * PNG_SCALE}` }
  },
  verify: (dir, deck) => verifyPngDir(dir, deck, { width: deck.canvas.width * PNG_SCALE, height: deck.canvas.height * PNG_SCALE }),
}
