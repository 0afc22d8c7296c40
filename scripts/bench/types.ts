/** Shapes of the raw numbers that `npm run bench` writes to bench/results/bench.json. */

export type DeckId = 'ours' | 'baseline'

/** A set of samples and the summary the report shows; samples are kept so any figure can be re-derived. */
export interface Summary {
  samples: number[]
  median: number
  p95: number
  min: number
  max: number
}

export interface BuildResult {
  wallSeconds: Summary
  /** User + system CPU seconds of the build process: a check on wall times taken on a busy machine. */
  cpuSeconds: Summary
  peakRssMiB: Summary
  /** Size of the built dist/ on disk: context for the first-view figures. */
  distBytes: number
  distFiles: number
}

/** The export's single HTML deck, opened from disk. */
export interface SingleHtmlResult {
  bytes: number
  /** Navigation start → first frame with slide 1's title visible, from file://. */
  titleVisibleMs: Summary
}

export interface ExportResult {
  /** Whole command: `npm run export` for ours, `slidev export` for the baseline's PDF. */
  totalSeconds: Summary
  /** CPU seconds (user + system) of the whole command's process tree, browsers included; null without /usr/bin/time. */
  totalCpuSeconds: Summary | null
  /** Wall seconds per phase and format (build, render, pdf, png, pptx, notes, html), from the exporter's own timing line. */
  formatSeconds: Record<string, Summary>
  /** CPU seconds (process tree, browser included) per phase and format. */
  formatCpuSeconds: Record<string, Summary>
  /** Why a run's output was not real (a PDF page without text), or null. */
  invalid: string | null
  slides: number
  secondsPerSlide: number
  /** A PDF alone, whole command: ours `npm run export -- --only pdf`; the baseline's PDF export. */
  pdfOnlySeconds: Summary | null
  command: string
  /** Ours only: the single HTML of the last export run; null when not measured. */
  singleHtml?: SingleHtmlResult | null
}

/** A comparison export (stock `slidev export` of our deck, Marp CLI), verified like ours. */
export interface ExportBaseline {
  seconds: Summary
  cpuSeconds: Summary | null
  slides: number
  /** Why its output was not real, or null: an invalid baseline is reported, never used as a yardstick. */
  invalid: string | null
  command: string
}

export interface ByteShare {
  category: string
  encodedBytes: number
  requests: number
}

/** One request of a first view, from the browser's Resource Timing entries. */
export interface RequestBytes {
  url: string
  /** Compressed body bytes as sent (Resource Timing encodedBodySize). */
  encodedBytes: number
  /** Body bytes after decompression. */
  decodedBytes: number
  /** ms after navigation start when the response finished. */
  responseEndMs: number
}

export interface LoadResult {
  /** Compressed bytes of every response that finished before slide 1's title was visible. */
  firstViewBytes: Summary
  /** ms from navigation start to the first frame with slide 1's title laid out and not hidden. */
  titleVisibleMs: Summary
  /** Compressed bytes of everything fetched until the page went quiet (all slides preloaded). */
  idleBytes: Summary
  firstViewRequests: number
  /** The requests of the median run by part of the app, largest first: what dominates the first view. */
  firstViewBreakdown: ByteShare[]
  /** The same for everything fetched until idle. */
  idleBreakdown: ByteShare[]
  largestFirstViewRequests: RequestBytes[]
  blockedRequests: string[]
}

export interface NavStep {
  from: number
  to: number
  /** ms from the key press to the first frame where the new slide and its Mermaid SVGs are present. */
  renderedMs: number
  /** ms until the slide transition's CSS classes are gone (the fade has finished). */
  settledMs: number
  mermaid: number
}

export interface NavResult {
  renderedMs: Summary
  settledMs: Summary
  /** Per target slide, the worst rendered time over the passes (ms) and their median. */
  perSlideWorstMs: { slide: number, ms: number, medianMs: number, mermaid: number }[]
  steps: NavStep[]
  passes: number
  transitionMs: number
}

export interface DeckResult {
  id: DeckId
  label: string
  slides: number
  build: BuildResult
  export: ExportResult | null
  load: LoadResult
  nav: NavResult
}

export interface Target {
  name: string
  ours: number
  baseline: number | null
  limit: number
  unit: string
  met: boolean
  rule: string
}

export interface BenchResult {
  date: string
  /** loadAverage: 1-minute load at start and end; other work on the machine inflates every figure. */
  machine: { cpus: number, cpuModel: string, memGiB: number, node: string, chromium: string, loadAverage: { start: number, end: number } }
  versions: { slidevCli: string, createSlidevTemplate: string, vite: string, vue: string, mermaid: string }
  settings: Record<string, string | number | boolean>
  decks: Record<DeckId, DeckResult>
  /** Baselines for `npm run export`: stock `slidev export` of this same deck (PDF) and Marp CLI (PDF of a same-size deck). */
  exportBaselines: { slidevPdf: ExportBaseline, marpPdf: ExportBaseline } | null
  targets: Target[]
  durationSeconds: number
}
