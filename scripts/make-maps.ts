/**
 * `npm run maps`: writes data/maps/<view>.json, the outlines each map view draws (Natural Earth
 * via world-atlas, projected and clipped to the view's frame). Run it after changing
 * data/maps/views.ts or a place's coordinates; tests/unit/places.test.ts fails while the files are stale.
 */
import { Buffer } from 'node:buffer'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli } from './lib/cli-error.ts'
import { renderMapFiles } from './lib/maps/make-maps.ts'

const root = join(fileURLToPath(import.meta.url), '../..')
runCli(async () => {
  for (const [path, text] of Object.entries(renderMapFiles())) {
    writeFileSync(join(root, path), text)
    console.log(`${path}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KiB`)
  }
})
