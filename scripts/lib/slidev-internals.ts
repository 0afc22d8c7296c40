import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { ResolvedSlidevOptions } from '@slidev/types'
import type { InlineConfig } from 'vite'

/** Options of Slidev's exporter, as its `getExportOptions` returns them. */
export interface ExportOptions {
  output: string
  format: string
  withClicks: boolean
  withToc: boolean
  executablePath?: string
  [key: string]: unknown
}

interface ExportModule {
  exportSlides: (options: ExportOptions & { port: number }) => Promise<string>
  getExportOptions: (args: Record<string, unknown>, options: ResolvedSlidevOptions, outFilename?: string) => ExportOptions
}

interface BuildModule {
  /** `slidev build`'s body: Vite build of the SPA, then 404.html, _redirects, and the optional og-image/PDF steps. */
  build: (options: ResolvedSlidevOptions, viteConfig?: InlineConfig, args?: Record<string, unknown>) => Promise<void>
}

/**
 * Slidev's exporter and build step are not part of its public API, only of its CLI. Importing
 * their chunks lets one dev server serve every export format, and lets scripts/build.ts change
 * the resolved options (presenter, download, head tags) without editing slides.md.
 * Chunk names are hashed, so they are looked up in the pinned @slidev/cli.
 */
async function loadSlidevChunk<T>(prefix: string, exportNames: (keyof T & string)[]): Promise<T> {
  const dist = join(dirname(fileURLToPath(import.meta.resolve('@slidev/cli/package.json'))), 'dist')
  const chunk = readdirSync(dist).find(f => new RegExp(`^${prefix}-[\\w-]+\\.mjs$`).test(f))
  if (!chunk)
    throw new Error(`Slidev's ${prefix} chunk was not found in ${dist}: was @slidev/cli upgraded? Pin 52.20.1.`)
  const mod = await import(pathToFileURL(join(dist, chunk)).href) as Record<string, unknown>
  const missing = exportNames.filter(name => typeof mod[name] !== 'function')
  if (missing.length)
    throw new Error(`${chunk} no longer exports ${missing.join('/')}: was @slidev/cli upgraded? Pin 52.20.1.`)
  return mod as T
}

export function loadSlidevExporter(): Promise<ExportModule> {
  return loadSlidevChunk<ExportModule>('export', ['exportSlides', 'getExportOptions'])
}

export function loadSlidevBuilder(): Promise<BuildModule> {
  return loadSlidevChunk<BuildModule>('build', ['build'])
}
