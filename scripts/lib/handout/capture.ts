import type { Page } from 'playwright-chromium'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { SLIDE_PICTURE_SCALE, slidePictures } from '../export/slide-shots.ts'
import { pngSize } from '../png-size.ts'

/** What the handout takes from the rendered deck, per slide. */
export interface CapturedSlide {
  no: number
  /** File name of the slide picture under the images directory: `01.png`. */
  image: string
  /** Source ids of the `<Cite>` markers rendered on the slide (`data-source-ids`). */
  citedIds: string[]
  /**
   * Text versions of the slide's diagrams, charts and maps, in document order: each evidence
   * component's `data-description`, and each Mermaid diagram's `accDescr` (the SVG's <desc>).
   */
  descriptions?: string[]
}

/**
 * Writes one PNG per slide from the exporter's checked print view (every slide in its final click
 * state) at `scale`× the canvas (2× gives 1960×1104, about 270 dpi across an A4 text column), and
 * reads which sources each slide cites. The print view is not opened again: the export's
 * readiness and render checks already passed on this page.
 */
export async function captureSlides(page: Page, { width, height, imagesDir, scale = SLIDE_PICTURE_SCALE }: {
  /** The deck's canvas, in CSS px. */
  width: number
  height: number
  imagesDir: string
  scale?: number
}): Promise<{ slides: CapturedSlide[], imageSize: { width: number, height: number } }> {
  const cited = await page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.print-slide-container')].map((c) => {
    const no = Number(c.querySelector<HTMLElement>('[data-slidev-no]')?.dataset.slidevNo ?? c.id.split('-')[0])
    const ids = [...c.querySelectorAll<HTMLElement>('[data-source-ids]')].flatMap(e => (e.dataset.sourceIds ?? '').split(','))
    const descriptions = [...c.querySelectorAll<HTMLElement>('[data-description], .mermaid')].map(el =>
      el.dataset.description ?? el.shadowRoot?.querySelector('svg > desc')?.textContent ?? '')
    return { no, ids: [...new Set(ids.filter(Boolean))], descriptions: [...new Set(descriptions.map(d => d.replace(/\s+/g, ' ').trim()).filter(Boolean))] }
  }))
  await mkdir(imagesDir, { recursive: true })
  const digits = Math.max(2, String(cited.length).length)
  const image = (no: number): string => `${String(no).padStart(digits, '0')}.png`
  const pictures = await slidePictures(page, { width, height, scale })
  for (const [no, png] of pictures)
    await writeFile(join(imagesDir, image(no)), png)
  const first = pictures.values().next().value
  if (!first)
    throw new Error('the print view has no slide to picture')
  return { slides: cited.map(({ no, ids, descriptions }) => ({ no, image: image(no), citedIds: ids, descriptions })), imageSize: pngSize(first) }
}
