import type { ExportBaseline, ExportResult, Summary } from './types.ts'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { pdfPageTexts } from '../lib/export/verify.ts'
import { slidevBin } from './measure-build.ts'
import { quietEnv, runTimed } from './proc.ts'
import { summarize } from './stats.ts'

/**
 * Exports compared by `npm run bench`, each verified: a run whose PDF lacks text on any page is
 * reported invalid, never timed as if it had worked (a blank PDF has the right page count).
 */

export interface ExportRun {
  wallSeconds: number
  treeCpuSeconds: number | null
  /** Ours only: wall and CPU seconds per phase (build, render, pdf, png, pptx, notes, html). */
  steps: Record<string, number>
  stepCpu: Record<string, number>
  /** Why the output is not real, or null when every page has text. */
  invalid: string | null
}

/** Pages with no extractable text, as a one-line reason; null when the PDF has `pages` pages, all with text. */
export async function pdfProblem(file: string, pages: number): Promise<string | null> {
  let texts: string[]
  try {
    texts = await pdfPageTexts(file)
  }
  catch (error) {
    return `no readable PDF (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`
  }
  const empty = texts.flatMap((t, i) => (t.trim() ? [] : [i + 1]))
  if (texts.length !== pages)
    return `${texts.length} pages for ${pages} slides`
  return empty.length ? `${empty.length} of ${pages} pages have no text (pages ${empty.slice(0, 8).join(', ')})` : null
}

/** The `[export-times]` line scripts/export.ts prints last. */
export function parseExportTimes(log: string): { wall: Record<string, number>, cpu: Record<string, number> } {
  const line = log.split('\n').find(l => l.startsWith('[export-times] '))
  return line ? JSON.parse(line.slice('[export-times] '.length)) as { wall: Record<string, number>, cpu: Record<string, number> } : { wall: {}, cpu: {} }
}

/** The user-facing `npm run export` (every format, or `only` ones), timed whole and per phase. */
export async function exportOursOnce(
  projectRoot: string,
  run: number,
  workDir: string,
  deck: { name: string, slides: number },
  only?: string,
): Promise<ExportRun> {
  // A partial export writes elsewhere: the full run's files (the single HTML) are measured afterwards.
  const outDir = join(workDir, only ? `exports-ours-only-${only}` : 'exports-ours')
  await rm(outDir, { recursive: true, force: true })
  const r = await runTimed('npm', ['run', 'export', '--silent', '--', '--out-dir', outDir, ...(only ? ['--only', only] : [])], {
    cwd: projectRoot,
    logFile: join(workDir, 'logs', `export-ours${only ? `-only-${only}` : ''}-${run}.log`),
    timeoutMs: 900_000,
    treeCpu: true,
  })
  const times = parseExportTimes(r.log)
  const invalid = only && !only.split(',').includes('pdf') ? null : await pdfProblem(join(outDir, `${deck.name}.pdf`), deck.slides)
  return { wallSeconds: r.wallSeconds, treeCpuSeconds: r.treeCpuSeconds, steps: times.wall, stepCpu: times.cpu, invalid }
}

/**
 * Stock `slidev export` of this same deck (PDF only). The deck loads nothing remote, so Slidev's
 * default wait (networkidle) works offline; the bench runs it once unmeasured first so the Vite
 * cache is warm, as it is for anyone who has run the dev server.
 */
export async function exportStockSlidevOnce(deckRoot: string, executablePath: string, run: number | 'warm-up', workDir: string, slides: number): Promise<ExportRun> {
  const outDir = join(workDir, 'exports-slidev')
  const output = join(outDir, 'deck.pdf')
  await rm(outDir, { recursive: true, force: true })
  await mkdir(outDir, { recursive: true })
  const r = await runTimed(process.execPath, [
    slidevBin(deckRoot),
    'export',
    'slides.md',
    '--format',
    'pdf',
    '--executable-path',
    executablePath,
    '--timeout',
    '120000',
    '--with-clicks=false',
    '--output',
    output,
  ], { cwd: deckRoot, logFile: join(workDir, 'logs', `export-slidev-pdf-${run}.log`), timeoutMs: 600_000, treeCpu: true })
  return { wallSeconds: r.wallSeconds, treeCpuSeconds: r.treeCpuSeconds, steps: {}, stepCpu: {}, invalid: await pdfProblem(output, slides) }
}

/** A Markdown deck for Marp with `slides` slides of a headline and four lines each (our deck's median). */
export function marpDeck(slides: number): string {
  const body = Array.from({ length: slides }, (_, i) => [
    `# Slide ${i + 1}: a headline that states the point`,
    '',
    `- The first short line of slide ${i + 1}, as a briefing has it`,
    '- A second line, with a figure: 60% enrichment, 408.6 kg',
    '- A third line that names a source and a date (IAEA, 31 May 2025)',
    '- A fourth line to close the point',
  ].join('\n'))
  return `---\nmarp: true\ntheme: default\npaginate: true\n---\n\n${body.join('\n\n---\n\n')}\n`
}

/** Marp CLI (pinned devDependency) exporting a generated deck of the same size to PDF. */
export async function exportMarpOnce(projectRoot: string, slides: number, run: number, workDir: string): Promise<ExportRun> {
  const dir = join(workDir, 'marp')
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'deck.md'), marpDeck(slides))
  const output = join(dir, 'deck.pdf')
  const r = await runTimed(process.execPath, [join(projectRoot, 'node_modules', '@marp-team', 'marp-cli', 'marp-cli.js'), '--no-stdin', 'deck.md', '--pdf', '-o', output], {
    cwd: dir,
    env: quietEnv({ CHROME_PATH: process.env.CHROMIUM_PATH || '/usr/bin/chromium' }),
    logFile: join(workDir, 'logs', `export-marp-${run}.log`),
    timeoutMs: 300_000,
    treeCpu: true,
  })
  return { wallSeconds: r.wallSeconds, treeCpuSeconds: r.treeCpuSeconds, steps: {}, stepCpu: {}, invalid: await pdfProblem(output, slides) }
}

function cpuSummary(runs: { treeCpuSeconds: number | null }[]): Summary | null {
  const cpu = runs.map(r => r.treeCpuSeconds)
  return cpu.every((c): c is number => c !== null) && cpu.length ? summarize(cpu) : null
}

export function summarizeOurExports(runs: ExportRun[], pdfOnly: ExportRun[], slides: number): ExportResult {
  const wall: Record<string, number[]> = {}
  const cpu: Record<string, number[]> = {}
  for (const r of runs) {
    for (const [step, seconds] of Object.entries(r.steps))
      (wall[step] ??= []).push(seconds)
    for (const [step, seconds] of Object.entries(r.stepCpu))
      (cpu[step] ??= []).push(seconds)
  }
  const total = summarize(runs.map(r => r.wallSeconds))
  return {
    totalSeconds: total,
    totalCpuSeconds: cpuSummary(runs),
    formatSeconds: Object.fromEntries(Object.entries(wall).map(([f, s]) => [f, summarize(s)])),
    formatCpuSeconds: Object.fromEntries(Object.entries(cpu).map(([f, s]) => [f, summarize(s)])),
    slides,
    secondsPerSlide: total.median / slides,
    pdfOnlySeconds: pdfOnly.length ? summarize(pdfOnly.map(r => r.wallSeconds)) : null,
    invalid: [...runs, ...pdfOnly].map(r => r.invalid).find(Boolean) ?? null,
    command: 'npm run export (one build, one print view: pdf + png + pptx + notes + single html + handout)',
  }
}

export function summarizeBaseline(runs: ExportRun[], command: string, slides: number): ExportBaseline {
  return {
    seconds: summarize(runs.map(r => r.wallSeconds)),
    cpuSeconds: cpuSummary(runs),
    slides,
    invalid: runs.map(r => r.invalid).find(Boolean) ?? null,
    command,
  }
}
