import type { BuildRun, BuildTarget } from './measure-build.ts'
import type { ExportRun } from './measure-export.ts'
import type { BenchResult, BuildResult, DeckId, DeckResult, ExportResult, LoadResult, NavResult } from './types.ts'
/**
 * `npm run bench` (issue #7): our deck and Slidev's starter deck measured side by side on this
 * machine: build, export, first view and navigation. Writes bench/results/bench.md (table) and
 * bench/results/bench.json (raw samples). Scratch files go to bench/work/ (git-ignored).
 *
 * Usage: tsx scripts/bench/run.ts [--quick] [--skip-export] [--runs 3] [--load-runs 10]
 *        [--nav-passes 3] [--extra-export-runs 1] [--out bench/results]
 * --extra-export-runs: runs of ours `--only pdf` (the stretch target: deck PDF from a build vs Marp).
 * Exports are compared with stock `slidev export` of this same deck (PDF, warm Vite cache) and with Marp CLI
 * on a generated deck of as many slides; each run's PDF is checked for text on every page.
 * --quick (1 run of everything, 3 loads) writes to bench/work/results-quick unless --out is given.
 */
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, loadavg, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { findChromium } from '../lib/chromium.ts'
import { runCli } from '../lib/cli-error.ts'
import { loadExportDeck } from '../lib/export/deck.ts'
import { startStaticServer } from '../lib/static-server.ts'
import { countSlides, prepareBaseline, TEMPLATE_VERSION } from './baseline.ts'
import { launchOffline } from './browser.ts'
import { buildOnce, summarizeBuilds } from './measure-build.ts'
import { exportMarpOnce, exportOursOnce, exportStockSlidevOnce, summarizeBaseline, summarizeOurExports } from './measure-export.ts'
import { measureLoad } from './measure-load.ts'
import { measureNav } from './measure-nav.ts'
import { measureSingleHtml } from './measure-single-html.ts'
import { judgeTargets, renderMarkdown } from './report.ts'

const ROOT = resolve(import.meta.dirname, '..', '..')
const WORK = join(ROOT, 'bench', 'work')
const LOGS = join(WORK, 'logs')

const { values: args } = parseArgs({
  options: {
    'quick': { type: 'boolean', default: false },
    'skip-export': { type: 'boolean', default: false },
    'runs': { type: 'string' },
    'load-runs': { type: 'string' },
    'nav-passes': { type: 'string' },
    'extra-export-runs': { type: 'string' },
    'out': { type: 'string' },
  },
})

function count(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined)
    return fallback
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--${name} must be a whole number, got ${value}`)
  return n
}

const quick = args.quick ?? false
const settings = {
  runs: Math.max(1, count('runs', args.runs, quick ? 1 : 3)),
  loadRuns: Math.max(1, count('load-runs', args['load-runs'], quick ? 3 : 10)),
  navPasses: Math.max(1, count('nav-passes', args['nav-passes'], quick ? 1 : 3)),
  extraExportRuns: count('extra-export-runs', args['extra-export-runs'], quick ? 0 : 1),
  skipExport: args['skip-export'] ?? false,
}
const OUT = resolve(ROOT, args.out ?? (quick ? 'bench/work/results-quick' : 'bench/results'))

const started = performance.now()
const loadAtStart = loadavg()[0]
function progress(message: string): void {
  const t = ((performance.now() - started) / 1000).toFixed(0).padStart(4)
  console.log(`[bench ${t} s] ${message}`)
}

function versionOf(pkg: string): string {
  const json = JSON.parse(readFileSync(join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }
  return json.version
}

async function main(): Promise<void> {
  const executablePath = await findChromium()
  progress(`Chromium ${executablePath}; ${settings.runs} build/export runs, ${settings.loadRuns} loads, ${settings.navPasses} navigation passes`)
  if (loadAtStart > cpus().length / 2)
    progress(`warning: load average ${loadAtStart.toFixed(1)} on ${cpus().length} cores: other work is running and will inflate the figures`)

  const baselineRoot = await prepareBaseline(ROOT, WORK)
  progress(`baseline: create-slidev@${TEMPLATE_VERSION} template in ${baselineRoot}`)
  const decks: Record<DeckId, { label: string, root: string, target: BuildTarget, slides: number }> = {
    ours: { label: 'Ours (US–Iran briefing)', root: ROOT, target: { label: 'ours', deckRoot: ROOT, outDir: join(WORK, 'dist-ours') }, slides: await countSlides(ROOT) },
    baseline: { label: `Baseline (create-slidev ${TEMPLATE_VERSION} starter)`, root: baselineRoot, target: { label: 'baseline', deckRoot: baselineRoot, outDir: join(WORK, 'dist-baseline') }, slides: await countSlides(baselineRoot) },
  }
  const ids: DeckId[] = ['ours', 'baseline']
  const exportName = (await loadExportDeck(join(ROOT, 'slides.md'))).name
  progress(`slides: ours ${decks.ours.slides}, baseline ${decks.baseline.slides}`)

  // Builds, alternating decks each round.
  const builds: Record<DeckId, BuildRun[]> = { ours: [], baseline: [] }
  for (let i = 1; i <= settings.runs; i++) {
    for (const id of ids) {
      const b = await buildOnce(decks[id].target, i, LOGS)
      builds[id].push(b)
      progress(`build ${id} ${i}/${settings.runs}: ${b.wallSeconds.toFixed(1)} s (CPU ${b.cpuSeconds.toFixed(1)} s), peak ${b.peakRssMiB.toFixed(0)} MiB`)
    }
  }
  const build: Record<DeckId, BuildResult> = {
    ours: await summarizeBuilds(decks.ours.target.outDir, builds.ours),
    baseline: await summarizeBuilds(decks.baseline.target.outDir, builds.baseline),
  }

  // Exports: the whole `npm run export` against stock `slidev export` of this same deck (PDF) and
  // Marp CLI (PDF of a generated deck with as many slides), alternating; every output is verified.
  const exports: Record<DeckId, ExportResult | null> = { ours: null, baseline: null }
  let exportBaselines: BenchResult['exportBaselines'] = null
  if (!settings.skipExport) {
    const cpu = (r: ExportRun): string => `${r.treeCpuSeconds === null ? '' : ` (CPU ${r.treeCpuSeconds.toFixed(1)} s)`}${r.invalid ? ` INVALID: ${r.invalid}` : ''}`
    const slides = decks.ours.slides
    const warm = await exportStockSlidevOnce(ROOT, executablePath, 'warm-up', WORK, slides)
    progress(`export slidev pdf warm-up (Vite cache): ${warm.wallSeconds.toFixed(1)} s${cpu(warm)}`)
    const ours: ExportRun[] = []
    const slidevPdf: ExportRun[] = []
    const marpPdf: ExportRun[] = []
    for (let i = 1; i <= settings.runs; i++) {
      const o = await exportOursOnce(ROOT, i, WORK, { name: exportName, slides })
      ours.push(o)
      progress(`export ours ${i}/${settings.runs}: ${o.wallSeconds.toFixed(1)} s${cpu(o)}: ${Object.entries(o.steps).map(([f, s]) => `${f} ${s.toFixed(1)} s`).join(', ')}`)
      const b = await exportStockSlidevOnce(ROOT, executablePath, i, WORK, slides)
      slidevPdf.push(b)
      progress(`export stock slidev pdf ${i}/${settings.runs}: ${b.wallSeconds.toFixed(1)} s${cpu(b)}`)
      const m = await exportMarpOnce(ROOT, slides, i, WORK)
      marpPdf.push(m)
      progress(`export marp pdf ${i}/${settings.runs}: ${m.wallSeconds.toFixed(1)} s${cpu(m)}`)
    }
    const oursPdf: ExportRun[] = []
    for (let i = 1; i <= settings.extraExportRuns; i++) {
      const p = await exportOursOnce(ROOT, i, WORK, { name: exportName, slides }, 'pdf')
      oursPdf.push(p)
      progress(`export ours --only pdf ${i}/${settings.extraExportRuns}: ${p.wallSeconds.toFixed(1)} s${cpu(p)}`)
    }
    exports.ours = summarizeOurExports(ours, oursPdf, slides)
    exportBaselines = {
      slidevPdf: summarizeBaseline(slidevPdf, `slidev export slides.md --format pdf --executable-path ${executablePath} --timeout 120000 --with-clicks=false (default wait: networkidle; warm Vite cache)`, slides),
      marpPdf: summarizeBaseline(marpPdf, `marp --pdf (@marp-team/marp-cli ${versionOf('@marp-team/marp-cli')}, CHROME_PATH=${executablePath}) on a generated ${slides}-slide deck`, slides),
    }
  }

  // First view and navigation in the browser, against the last build of each deck.
  const browser = await launchOffline(executablePath)
  const chromiumVersion = browser.version()
  const load: Partial<Record<DeckId, LoadResult>> = {}
  const nav: Partial<Record<DeckId, NavResult>> = {}
  try {
    const singleHtml = join(WORK, 'exports-ours', `${exportName}.html`)
    if (exports.ours && existsSync(singleHtml)) {
      progress(`single HTML: ${settings.loadRuns} opens from file://`)
      exports.ours.singleHtml = await measureSingleHtml(browser, singleHtml, settings.loadRuns, progress)
    }
    for (const id of ids) {
      const server = await startStaticServer({ root: decks[id].target.outDir, spa: true, compressCacheDir: join(WORK, 'compressed') })
      try {
        progress(`first view ${id}: ${settings.loadRuns} cold loads from ${server.url}`)
        load[id] = await measureLoad(browser, server.url, settings.loadRuns, progress)
        progress(`navigation ${id}: ${decks[id].slides - 1} transitions × ${settings.navPasses}`)
        nav[id] = await measureNav(browser, server.url, decks[id].slides, settings.navPasses, progress)
      }
      finally {
        await server.close()
      }
    }
  }
  finally {
    await browser.close().catch(() => {})
  }
  const deckResult = (id: DeckId): DeckResult => ({
    id,
    label: decks[id].label,
    slides: decks[id].slides,
    build: build[id],
    export: exports[id],
    load: load[id]!,
    nav: nav[id]!,
  })
  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memGiB: Math.round(totalmem() / 2 ** 30), node: process.version, chromium: chromiumVersion, loadAverage: { start: loadAtStart, end: loadavg()[0] } },
    versions: { slidevCli: versionOf('@slidev/cli'), createSlidevTemplate: TEMPLATE_VERSION, vite: versionOf('vite'), vue: versionOf('vue'), mermaid: versionOf('mermaid') },
    settings,
    decks: { ours: deckResult('ours'), baseline: deckResult('baseline') },
    exportBaselines,
    targets: [],
    durationSeconds: 0,
  }
  result.targets = judgeTargets(result.decks.ours, result.decks.baseline, exportBaselines)
  result.durationSeconds = (performance.now() - started) / 1000

  await mkdir(OUT, { recursive: true })
  await writeFile(join(OUT, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`)
  const markdown = renderMarkdown(result)
  await writeFile(join(OUT, 'bench.md'), markdown)
  console.log(`\n${markdown.split('\n## Targets')[1] ? `## Targets${markdown.split('\n## Targets')[1].split('\n## ')[0]}` : ''}`)
  progress(`done → ${join(OUT, 'bench.md')} and bench.json`)
}

runCli(main)
