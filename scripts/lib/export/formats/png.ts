import type { FormatStep } from '../types.ts'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SLIDE_PICTURE_SCALE, slidePictures } from '../slide-shots.ts'
import { verifyPngDir } from '../verify.ts'

/** PNGs at the shared slide-picture scale. */
export const PNG_SCALE = SLIDE_PICTURE_SCALE

/**
 * One PNG per slide, named 01.png… so they sort in slide order, each a clip of the print view.
 */
export const pngStep: FormatStep = {
  id: 'png',
  label: 'PNG per slide',
  target: deck => `${deck.name}-png`,
  async run({ deck, view, tmpDir }) {
    const dir = join(tmpDir, `${deck.name}-png`)
    await mkdir(dir, { recursive: true })
    const digits = String(deck.slides.length).length
    const pictures = await slidePictures(view.page, { ...deck.canvas, scale: PNG_SCALE })
    for (const [no, png] of pictures)
      await writeFile(join(dir, `${String(no).padStart(digits, '0')}.png`), png)
    const count = pictures.size
    return { path: dir, detail: `${count} images, ${deck.canvas.width * PNG_SCALE}×${deck.canvas.height * PNG_SCALE}` }
  },
  verify: (dir, deck) => verifyPngDir(dir, deck, { width: deck.canvas.width * PNG_SCALE, height: deck.canvas.height * PNG_SCALE }),
}
