import type { BuildResult } from './types.ts'
import { readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { PEAK_RSS_IMPORT, runTimed } from './proc.ts'
import { summarize } from './stats.ts'

export interface BuildTarget {
  label: string
  deckRoot: string
  outDir: string
}

export function slidevBin(deckRoot: string): string {
  return join(deckRoot, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
}

/**
 * One `slidev build`, timed. Node is started directly (not through npx) so neither npm's start-up
 * nor its memory is counted. The caller alternates the two decks run by run, so that a slower
 * moment of the machine (other work on its 2 cores) does not land on one deck only.
 */
export interface BuildRun {
  wallSeconds: number
  cpuSeconds: number
  peakRssMiB: number
}

export async function buildOnce(target: BuildTarget, run: number, logDir: string): Promise<BuildRun> {
  // Vite empties outDir only when it is inside the deck's folder; these are not, and old hashed
  // files would pile up in the dist size and in what the static server could serve.
  await rm(target.outDir, { recursive: true, force: true })
  const r = await runTimed(process.execPath, ['--import', PEAK_RSS_IMPORT, slidevBin(target.deckRoot), 'build', '--out', target.outDir], {
    cwd: target.deckRoot,
    logFile: join(logDir, `build-${target.label}-${run}.log`),
  })
  if (r.peakRssKiB == null || r.cpuSeconds == null)
    throw new Error(`The ${target.label} build did not report its peak RSS and CPU time.`)
  return { wallSeconds: r.wallSeconds, cpuSeconds: r.cpuSeconds, peakRssMiB: r.peakRssKiB / 1024 }
}

export async function summarizeBuilds(outDir: string, runs: BuildRun[]): Promise<BuildResult> {
  const { bytes, files } = await dirSize(outDir)
  return {
    wallSeconds: summarize(runs.map(r => r.wallSeconds)),
    cpuSeconds: summarize(runs.map(r => r.cpuSeconds)),
    peakRssMiB: summarize(runs.map(r => r.peakRssMiB)),
    distBytes: bytes,
    distFiles: files,
  }
}

async function dirSize(dir: string): Promise<{ bytes: number, files: number }> {
  let bytes = 0
  let files = 0
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      bytes += (await stat(join(entry.parentPath, entry.name))).size
      files++
    }
  }
  return { bytes, files }
}
