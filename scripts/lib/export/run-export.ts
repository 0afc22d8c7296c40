import type { ExportDeck } from './deck.ts'
import type { FormatStep } from './types.ts'
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS } from '../chromium.ts'
import { deckProfile } from '../deck-profile.ts'
import { assertKnownSlidev } from '../slidev-internals.ts'
import { startStaticServer } from '../static-server.ts'
import { processTreeCpuSeconds } from './cpu.ts'
import { loadExportDeck } from './deck.ts'
import { checkDesign } from './design-check.ts'
import { checkLegibility } from './legibility-check.ts'
import { openPrintView } from './print-view.ts'
import { RenderProblemsError } from './problems.ts'
import { locateRemoteAssets, remoteAssetFindings, remoteAssetMessage } from './remote-assets.ts'
import { buildExportSite } from './site-build.ts'

export interface ExportRequest {
  /** The deck's entry Markdown file (its folder is the deck root). */
  entry: string
  outDir: string
  steps: readonly FormatStep[]
  executablePath: string
  /** How long the print view may take to show every slide ready. */
  timeoutMs?: number
  log?: (line: string) => void
  /** Awaited after the build, before rendering (the source checks, run meanwhile). */
  beforeRender?: () => Promise<void>
  /** Check the legibility budget (default). Off only for fixture decks that break it on purpose. */
  legibility?: boolean
  /**
   * Check the design rules (default: as `legibility`): lower 40 % of a core slide empty, citation
   * clusters, glyphs outside the deck's fonts. Off only for fixture decks that break them on purpose.
   */
  design?: boolean
  /** Stop on a remote asset (an image or font the deck loads from the network) instead of warning. */
  strict?: boolean
  /** Where warnings go (default: stderr, each line starting `warning:`). */
  warn?: (line: string) => void
}

export interface ExportReport {
  deck: ExportDeck
  files: string[]
  /** Seconds per phase and per format step (build, render, pdf, png…). */
  seconds: Record<string, number>
  /** CPU seconds of the whole process tree (browser included) per phase and step; empty off Linux. */
  cpuSeconds: Record<string, number>
}

const since = (t: number): number => (performance.now() - t) / 1000

/** Wall and CPU time of one phase, recorded under `id`. */
function stopwatch(seconds: Record<string, number>, cpuSeconds: Record<string, number>): (id: string) => () => number {
  return (id) => {
    const t = performance.now()
    const cpu = processTreeCpuSeconds()
    return () => {
      seconds[id] = since(t)
      const now = processTreeCpuSeconds()
      if (cpu !== null && now !== null)
        cpuSeconds[id] = now - cpu
      return seconds[id]
    }
  }
}

/**
 * Build once, render the print view once, derive every asked format from that one rendering, verify
 * each written file, and only then move them to their final names. Any problem stops the export with
 * the slides' file:line; the temporary folder is removed and no final name is touched.
 */
export async function runExport(request: ExportRequest): Promise<ExportReport> {
  const { entry, outDir, steps, executablePath, timeoutMs = 60_000, log = console.log, beforeRender } = request
  assertKnownSlidev()
  const seconds: Record<string, number> = {}
  const cpuSeconds: Record<string, number> = {}
  const time = stopwatch(seconds, cpuSeconds)
  const deck = await loadExportDeck(entry)
  // The legibility and design budgets are this briefing's house rules (scripts/lib/deck-profile.ts).
  const { houseRules } = deckProfile(deck.root)
  const withLegibility = (request.legibility ?? true) && houseRules
  const withDesign = (request.design ?? request.legibility ?? true) && houseRules
  const warn = request.warn ?? ((line: string) => console.warn(`warning: ${line}`))
  log(`Exporting "${deck.title}" (${deck.slides.length} slides) from ${deck.entry} with ${executablePath}`)
  await mkdir(outDir, { recursive: true })
  // Inside the output folder, so the final rename never crosses file systems.
  const tmpDir = await mkdtemp(join(outDir, '.export-tmp-'))
  const browserStarting = chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  browserStarting.catch(() => {})
  try {
    log('\n→ Build (slidev build, single file with the print route)')
    let done = time('build')
    const siteIndex = await buildExportSite(deck, join(tmpDir, 'site'))
    log(`  ✓ built (${done().toFixed(1)} s)`)

    await beforeRender?.()
    const browser = await browserStarting
    const server = await startStaticServer({ root: join(tmpDir, 'site') })
    try {
      log('\n→ Render and check every slide (print view)')
      done = time('render')
      const view = await openPrintView(browser, server.url, deck, { timeoutMs })
      const remote = locateRemoteAssets(deck, view.remoteRequests)
      if (remote.length && request.strict)
        throw new RenderProblemsError(deck, remoteAssetFindings(remote), 'the remote assets (--strict)')
      for (const asset of remote)
        warn(remoteAssetMessage(asset))
      let budget = houseRules ? 'legibility not checked (--skip-legibility)' : 'no legibility budget (a deck outside this project)'
      if (withLegibility) {
        const legibility = await checkLegibility(view, deck)
        if (legibility.findings.length)
          throw new RenderProblemsError(deck, legibility.findings, 'the legibility budget')
        budget = `legibility budget met: median ${legibility.report.medianWords}, most ${legibility.report.maxWords} words`
      }
      let design = 'design not checked'
      if (withDesign) {
        const checked = await checkDesign(view, deck)
        if (checked.findings.length)
          throw new RenderProblemsError(deck, checked.findings, 'the design checks')
        design = `design rules met (${checked.report.figures.slides} core slides)`
      }
      log(`  ✓ ${deck.slides.length} slides rendered and checked, ${budget}, ${design} (${done().toFixed(1)} s)`)
      const written: { step: FormatStep, path: string }[] = []
      for (const step of steps) {
        log(`\n→ ${step.label}`)
        done = time(step.id)
        const output = await step.run({ deck, view, browser, siteIndex, tmpDir })
        const problems = await step.verify(output.path, deck)
        if (view.errors.length)
          problems.push(...view.errors.map(message => ({ no: 0, message })))
        if (problems.length)
          throw new RenderProblemsError(deck, problems, `the ${step.label}`)
        written.push({ step, path: output.path })
        log(`  ✓ ${step.target(deck)}${output.detail ? `: ${output.detail}` : ''} (${done().toFixed(1)} s)`)
      }
      await view.close()
      // Everything verified: now, and only now, the final names.
      const files: string[] = []
      for (const { step, path } of written) {
        const target = join(outDir, step.target(deck))
        await rm(target, { recursive: true, force: true })
        await rename(path, target)
        files.push(target)
      }
      log(`\nWrote ${files.map(f => relative('.', f)).join(', ')}`)
      return { deck, files, seconds, cpuSeconds }
    }
    finally {
      await server.close()
    }
  }
  finally {
    await (await browserStarting.catch(() => undefined))?.close()
    await rm(tmpDir, { recursive: true, force: true })
  }
}
