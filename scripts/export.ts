import type { Paper } from './lib/handout/index.ts'
/**
 * `npm run export`: every format into exports/ from ONE rendering of the deck. The deck is built
 * once with `slidev build` (one self-contained HTML file that also has the print route), served on
 * loopback, opened once in one Chromium on its print view, checked slide by slide, and every format
 * is derived from that page: deck PDF with outline, one PNG per slide, editable PPTX with notes,
 * speaker-notes PDF, the single-file HTML deck and the handout. Each file is verified before it gets its name.
 *
 * Usage: tsx scripts/export.ts [--only pdf,png,pptx,notes,html,handout] [--paper a4|letter] [--out-dir exports] [--entry slides.md] [--timeout 60]
 *                              [--site-url https://host [--base /sub/path/]]
 *   --strict: stop on a remote asset (an image or web font the deck loads from the network) instead of warning.
 *   Any Slidev deck on disk: --entry <path>/slides.md; it needs no vite.config or package of its own.
 *   --site-url, --base: where the site is hosted (as for scripts/build.ts); the title slide's <ReaderQr /> then
 *   carries a QR code of the hosted reader page (<site-url><base>handout/). Without --site-url, no code.
 */
import { dirname, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { findChromium } from './lib/chromium.ts'
import { CliError, runCli } from './lib/cli-error.ts'
import { assertDeckHealthy } from './lib/deck-gate.ts'
import { deckProfile } from './lib/deck-profile.ts'
import { handoutStep } from './lib/export/formats/handout.ts'
import { FORMAT_IDS, FORMAT_STEPS } from './lib/export/formats/index.ts'
import { runExport } from './lib/export/run-export.ts'
import { PAPERS } from './lib/handout/index.ts'
import { READER_URL_ENV } from './lib/reader-link.ts'
import { normalizeBase, normalizeSiteUrl, siteHref } from './lib/site.ts'

const USAGE = `Usage: npm run export -- [--only ${FORMAT_IDS.join(',')}] [--paper a4|letter] [--out-dir exports] [--entry slides.md] [--timeout 60] [--site-url https://host [--base /sub/path/]] [--skip-check] [--skip-legibility] [--strict]`

/** A mistake in the command line: its message is the one line to print. */
class UsageError extends CliError {}

interface ExportCli {
  only: string[]
  paper: Paper
  outDir: string
  entry: string
  timeoutMs: number
  skipCheck: boolean
  skipLegibility: boolean
  strict: boolean
  /** The hosted reader page (--site-url, --base), for the title slide's QR code. */
  readerUrl?: string
}

function parseCli(): ExportCli {
  let values
  try {
    values = parseArgs({
      options: {
        'only': { type: 'string' },
        'out-dir': { type: 'string' },
        // Older name of --out-dir, kept for scripts that use it.
        'out': { type: 'string' },
        'entry': { type: 'string', default: 'slides.md' },
        'timeout': { type: 'string', default: '60' },
        'skip-check': { type: 'boolean', default: false },
        // For fixture decks that break the legibility budget on purpose (tests only).
        'skip-legibility': { type: 'boolean', default: false },
        'strict': { type: 'boolean', default: false },
        // The handout's paper size.
        'paper': { type: 'string', default: 'a4' },
        'site-url': { type: 'string' },
        'base': { type: 'string', default: '/' },
      },
    }).values
  }
  catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
  }
  // The handout needs this briefing's coverage and data/sources: by default only for its decks.
  const houseRules = deckProfile(dirname(resolve(values.entry!))).houseRules
  const only = values.only ? values.only.split(',').map(s => s.trim()).filter(Boolean) : FORMAT_IDS.filter(f => houseRules || f !== 'handout')
  const unknown = only.filter(f => !FORMAT_IDS.includes(f))
  if (unknown.length)
    throw new UsageError(`Unknown format(s) ${unknown.join(', ')}; choose from ${FORMAT_IDS.join(', ')}.`)
  const timeout = Number(values.timeout)
  if (!Number.isFinite(timeout) || timeout <= 0)
    throw new UsageError(`--timeout takes seconds, e.g. --timeout 60; got ${values.timeout}.`)
  const paper = values.paper as Paper
  if (!PAPERS.includes(paper))
    throw new UsageError(`--paper takes ${PAPERS.join(' or ')}; got ${values.paper}.`)
  const outDir = values['out-dir'] ?? values.out ?? 'exports'
  let readerUrl: string | undefined
  try {
    const siteUrl = normalizeSiteUrl(values['site-url'])
    readerUrl = siteUrl ? siteHref(normalizeBase(values.base ?? '/'), 'handout/', siteUrl) : undefined
  }
  catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  return { only, paper, outDir, entry: values.entry!, timeoutMs: timeout * 1000, skipCheck: values['skip-check'] ?? false, skipLegibility: values['skip-legibility'] ?? false, strict: values.strict ?? false, readerUrl }
}

async function main(): Promise<void> {
  const started = performance.now()
  const args = parseCli()
  const entry = resolve(args.entry)
  // The export's `slidev build` runs in a child process; vite.config.ts compiles this address in.
  if (args.readerUrl)
    process.env[READER_URL_ENV] = args.readerUrl
  else
    delete process.env[READER_URL_ENV]
  // Before anything slow: without a browser nothing below can work.
  const executablePath = await findChromium()
  // The source checks run in their own process while the deck builds; a failure is reported once.
  const deckChecked = args.skipCheck ? Promise.resolve() : assertDeckHealthy(entry)
  deckChecked.catch(() => {})
  const report = await runExport({
    entry,
    outDir: resolve(args.outDir),
    steps: FORMAT_STEPS.filter(s => args.only.includes(s.id)).map(s => (s.id === 'handout' ? handoutStep(args.paper) : s)),
    executablePath,
    timeoutMs: args.timeoutMs,
    beforeRender: () => deckChecked,
    legibility: !args.skipLegibility,
    strict: args.strict,
  })
  const perStep = Object.entries(report.seconds).map(([k, s]) => `${k} ${s.toFixed(1)} s`).join(', ')
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s (${perStep})`)
  // One machine-readable line for `npm run bench`: wall and CPU seconds (process tree) per phase.
  console.log(`[export-times] ${JSON.stringify({ wall: report.seconds, cpu: report.cpuSeconds })}`)
}

runCli(main)
