import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { ResolvedSlidevOptions } from '@slidev/types'

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

/**
 * Slidev's exporter is not part of its public API, only of its CLI; importing the chunk lets one
 * dev server serve every format instead of starting one server per `slidev export` call.
 * The chunk's name is hashed, so it is looked up in the pinned @slidev/cli.
 */
export async function loadSlidevExporter(): Promise<ExportModule> {
  const dist = join(dirname(fileURLToPath(import.meta.resolve('@slidev/cli/package.json'))), 'dist')
  const chunk = readdirSync(dist).find(f => /^export-[\w-]+\.mjs$/.test(f))
  if (!chunk)
    throw new Error(`Slidev's exporter chunk was not found in ${dist}: was @slidev/cli upgraded? Pin 52.20.1.`)
  const mod = await import(pathToFileURL(join(dist, chunk)).href) as Partial<ExportModule>
  if (typeof mod.exportSlides !== 'function' || typeof mod.getExportOptions !== 'function')
    throw new Error(`${chunk} no longer exports exportSlides/getExportOptions: was @slidev/cli upgraded? Pin 52.20.1.`)
  return mod as ExportModule
}
