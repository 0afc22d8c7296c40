import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { slidevBin } from './measure-build.ts'
import { runTimed } from './proc.ts'
import { summarize } from './stats.ts'
import type { ExportResult, Summary } from './types.ts'

/** scripts/export.ts prints "→ <label>" before each format and "✓ <file> (<s> s)" after it. */
// Order matters: "Editable PPTX with notes" is the PPTX, "Speaker-notes PDF" the notes.
const STEP_FORMATS: [RegExp, string][] = [[/pptx/i, 'pptx'], [/png/i, 'png'], [/notes/i, 'notes'], [/pdf/i, 'pdf']]

export function parseExportSteps(log: string): Record<string, number> {
  const steps: Record<string, number> = {}
  let current: string | undefined
  for (const line of log.split('\n')) {
    const start = /^→ (.+)$/.exec(line.trim())
    if (start) {
      current = STEP_FORMATS.find(([re]) => re.test(start[1]))?.[1] ?? start[1]
      continue
    }
    const done = /^✓ .* \((\d+(?:\.\d+)?) s\)$/.exec(line.trim())
    if (done && current) {
      steps[current] = Number(done[1])
      current = undefined
    }
  }
  return steps
}

/**
 * The user-facing `npm run export` (every format from one dev server), timed whole and per format;
 * with `only: 'pdf'` it is `npm run export -- --only pdf`, the like-for-like of the baseline's PDF.
 */
export interface ExportRun {
  wallSeconds: number
  treeCpuSeconds: number | null
  steps: Record<string, number>
}

export async function exportOursOnce(projectRoot: string, run: number, workDir: string, only?: string): Promise<ExportRun> {
  const outDir = join(workDir, 'exports-ours')
  await rm(outDir, { recursive: true, force: true })
  const r = await runTimed('npm', ['run', 'export', '--silent', '--', '--out', outDir, ...(only ? ['--only', only] : [])], {
    cwd: projectRoot,
    logFile: join(workDir, 'logs', `export-ours${only ? `-only-${only}` : ''}-${run}.log`),
    timeoutMs: 900_000,
    treeCpu: true,
  })
  return { wallSeconds: r.wallSeconds, treeCpuSeconds: r.treeCpuSeconds, steps: parseExportSteps(r.log) }
}

function cpuSummary(runs: { treeCpuSeconds: number | null }[]): Summary | null {
  const cpu = runs.map(r => r.treeCpuSeconds)
  return cpu.every((c): c is number => c !== null) && cpu.length ? summarize(cpu) : null
}

export function summarizeOurExports(runs: ExportRun[], pdfOnly: number[], slides: number): ExportResult {
  const perFormat: Record<string, number[]> = {}
  for (const r of runs) {
    for (const [format, seconds] of Object.entries(r.steps))
      (perFormat[format] ??= []).push(seconds)
  }
  const total = summarize(runs.map(r => r.wallSeconds))
  return {
    totalSeconds: total,
    totalCpuSeconds: cpuSummary(runs),
    formatSeconds: Object.fromEntries(Object.entries(perFormat).map(([f, s]) => [f, summarize(s)])),
    slides,
    secondsPerSlide: total.median / slides,
    pdfOnlySeconds: pdfOnly.length ? summarize(pdfOnly) : null,
    command: 'npm run export (pdf + notes + pptx-editable + png, one dev server)',
  }
}

/** Baseline formats: our names → Slidev's --format values. */
export const BASELINE_FORMATS: Record<string, string> = { pdf: 'pdf', pptx: 'pptx-editable', png: 'png' }

/**
 * The baseline through Slidev's own CLI, one dev server per format as a starter-deck user would run
 * it. `--wait-until load`: the starter's remote cover image and Google Fonts never answer offline,
 * so the default networkidle times out. Clicks are off as in our export, so pages = slides.
 */
export async function exportBaselineOnce(deckRoot: string, format: string, executablePath: string, run: number, workDir: string): Promise<ExportRun> {
  const outDir = join(workDir, 'exports-baseline')
  const output = join(outDir, `starter-${format}`)
  await rm(outDir, { recursive: true, force: true })
  // Slidev's PPTX writer does not create the folder itself.
  await mkdir(outDir, { recursive: true })
  const r = await runTimed(process.execPath, [
    slidevBin(deckRoot),
    'export',
    '--format',
    BASELINE_FORMATS[format],
    '--executable-path',
    executablePath,
    '--wait-until',
    'load',
    '--timeout',
    '60000',
    '--with-clicks=false',
    '--output',
    output,
  ], { cwd: deckRoot, logFile: join(workDir, 'logs', `export-baseline-${format}-${run}.log`), timeoutMs: 600_000, treeCpu: true })
  return { wallSeconds: r.wallSeconds, treeCpuSeconds: r.treeCpuSeconds, steps: { [format]: r.wallSeconds } }
}

export function summarizeBaselineExports(perFormat: Record<string, ExportRun[]>, slides: number): ExportResult {
  const pdf = summarize((perFormat.pdf ?? []).map(r => r.wallSeconds))
  return {
    totalSeconds: pdf,
    totalCpuSeconds: cpuSummary(perFormat.pdf ?? []),
    formatSeconds: Object.fromEntries(Object.entries(perFormat).filter(([, s]) => s.length).map(([f, s]) => [f, summarize(s.map(r => r.wallSeconds))])),
    slides,
    secondsPerSlide: pdf.median / slides,
    pdfOnlySeconds: pdf,
    command: 'slidev export --executable-path <chromium> --wait-until load --with-clicks=false (PDF; pptx-editable and png each on its own)',
  }
}
