import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { InlineConfig } from 'vite'

interface BuildModule {
  /** `slidev build`'s body: Vite build of the SPA, then 404.html, _redirects, and the optional og-image/PDF steps. */
  build: (options: ResolvedSlidevOptions, viteConfig?: InlineConfig, args?: Record<string, unknown>) => Promise<void>
}

/**
 * Slidev's build step is not part of its public API, only of its CLI; importing the chunk lets
 * scripts/build.ts change the resolved options (presenter, download, head tags) before building,
 * without editing slides.md. The chunk's name is hashed, so it is looked up in the pinned @slidev/cli.
 */
export async function loadSlidevBuilder(): Promise<BuildModule> {
  const dist = join(dirname(fileURLToPath(import.meta.resolve('@slidev/cli/package.json'))), 'dist')
  const chunk = readdirSync(dist).find(f => /^build-[\w-]+\.mjs$/.test(f))
  if (!chunk)
    throw new Error(`Slidev's build chunk was not found in ${dist}: was @slidev/cli upgraded? Pin 52.20.1.`)
  const mod = await import(pathToFileURL(join(dist, chunk)).href) as Partial<BuildModule>
  if (typeof mod.build !== 'function')
    throw new Error(`${chunk} no longer exports build: was @slidev/cli upgraded? Pin 52.20.1.`)
  return mod as BuildModule
}
