import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { pngFileSize } from '../../scripts/lib/png-size.ts'
import { exportFiles, waitForExports } from '../support/artifacts.ts'

/** One PNG per slide written by `scripts/export.ts`, named 01.png… so they sort in slide order. */

const artifacts = inject('browserArtifacts')
const { deck } = artifacts
const dir = exportFiles(artifacts).pngDir

/**
 * Slidev screenshots the slide element, which is canvasWidth × ceil(canvasWidth / aspectRatio)
 * CSS px (client/env.ts), at a device scale of `export.scale` (getExportOptions' default: 2).
 */
function expectedSize(): { width: number, height: number } {
  const { canvasWidth, aspectRatio } = deck.config
  const exportOptions = deck.config.export as { scale?: number } | undefined
  const scale = exportOptions?.scale || 2
  return { width: canvasWidth * scale, height: Math.ceil(canvasWidth / aspectRatio) * scale }
}

describe(`PNG per slide (${dir.slice(artifacts.deckRoot.length + 1)})`, () => {
  beforeAll(async () => {
    await waitForExports(artifacts)
  })

  it('has exactly one file per slide, zero-padded in slide order', async () => {
    expect(existsSync(dir), `${dir} was not written`).toBe(true)
    const width = String(deck.slides.length).length
    const expected = deck.slides.map(s => `${String(s.no).padStart(width, '0')}.png`)
    expect((await readdir(dir)).filter(f => f.endsWith('.png')).sort()).toEqual(expected)
  })

  it('every image has the deck\'s canvas size times the export scale', async () => {
    const want = expectedSize()
    const files = (await readdir(dir)).filter(f => f.endsWith('.png')).sort()
    const sizes = await Promise.all(files.map(async f => ({ f, ...await pngFileSize(join(dir, f)) })))
    console.log(`[png] ${files.length} files, expected ${want.width}×${want.height} (canvas ${deck.config.canvasWidth}, aspect ${deck.config.aspectRatio.toFixed(4)})`)
    expect(sizes.filter(s => s.width !== want.width || s.height !== want.height).map(s => `${s.f}: ${s.width}×${s.height}`)).toEqual([])
  })
})
