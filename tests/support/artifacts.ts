import type { Deck } from './deck.ts'
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import process from 'node:process'
import { setTimeout as sleep } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'

/** The sub-folder the test build is served under: proves the deck works off the site root. */
export const SITE_BASE = '/briefing/'

/** What the browser project's global setup built and exported once, for every test file to read. */
export interface BrowserArtifacts {
  /** The deck under test (the repo, or DECK_ROOT). */
  deckRoot: string
  /** `slidev build --base SITE_BASE` output (presenter and notes kept). */
  siteDir: string
  base: string
  /** Where `scripts/export.ts --out` wrote. */
  exportsDir: string
  /** `exportFilename` from the headmatter: every export file is named after it. */
  exportName: string
  buildSeconds: number
  /** `deckFingerprint()` of the sources these were made from. */
  fingerprint: string
  /**
   * The deck as parsed just before building: tests take their expectations from this snapshot,
   * not from the sources at test time, which someone may be editing meanwhile.
   */
  deck: Deck
}

/** Shared for the whole run by the global setup: the built site, served, and one Chromium. */
export interface BrowserSession {
  /** The built site's URL on 127.0.0.1, ending with the base: http://127.0.0.1:PORT/briefing/ */
  siteUrl: string
  /** For `connectBrowser()`. */
  wsEndpoint: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    browserArtifacts: BrowserArtifacts
    browserSession: BrowserSession
  }
}

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * The deck the suite checks: this repo, or DECK_ROOT, so a scratch copy with a deliberately
 * broken slide can be run through the same suite without touching the real deck.
 */
export function deckRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.DECK_ROOT ? resolve(env.DECK_ROOT) : REPO_ROOT
}

/** Git-ignored scratch space of the deck under test. */
export function artifactsDir(root: string): string {
  return join(root, 'tests', '.artifacts')
}

export interface ExportFiles {
  pdf: string
  notesPdf: string
  pptx: string
  pngDir: string
  /** The self-contained HTML deck. */
  html: string
}

/** How the export run ended; written next to the exports when it does. */
export interface ExportStatus {
  code: number
  seconds: number
  /** The end of its output, to quote when it failed. */
  tail: string
}

export function exportStatusFile(artifacts: Pick<BrowserArtifacts, 'exportsDir'>): string {
  return join(artifacts.exportsDir, '.export-status.json')
}

/**
 * The export runs in the background while the browser tests use the built site; export tests
 * call this first. Resolves when it has finished, throws (quoting its output) if it failed.
 */
export async function waitForExports(artifacts: Pick<BrowserArtifacts, 'exportsDir'>, timeoutMs = 540_000): Promise<ExportStatus> {
  const file = exportStatusFile(artifacts)
  const deadline = Date.now() + timeoutMs
  while (!existsSync(file)) {
    if (Date.now() > deadline)
      throw new Error(`the export did not finish within ${timeoutMs / 1000} s (no ${file})`)
    await sleep(500)
  }
  const status = JSON.parse(await readFile(file, 'utf8')) as ExportStatus
  if (status.code !== 0)
    throw new Error(`scripts/export.ts failed (exit ${status.code}) after ${status.seconds.toFixed(0)} s:\n${status.tail}`)
  return status
}

/** The file names scripts/export.ts promises (README "Exports"). */
export function exportFiles(artifacts: Pick<BrowserArtifacts, 'exportsDir' | 'exportName'>): ExportFiles {
  const stem = join(artifacts.exportsDir, artifacts.exportName)
  return { pdf: `${stem}.pdf`, notesPdf: `${stem}-notes.pdf`, pptx: `${stem}.pptx`, pngDir: `${stem}-png`, html: `${stem}.html` }
}

/** Everything a build or export reads from the deck besides node_modules. */
const DECK_SOURCES = ['slides.md', 'pages', 'components', 'layouts', 'setup', 'styles', 'data', 'public', 'snippets', 'global-top.vue', 'global-bottom.vue', 'slide-top.vue', 'slide-bottom.vue', 'vite.config.ts', 'uno.config.ts', 'package-lock.json', 'scripts/export.ts', 'scripts/lib', 'pacing', 'custom-nav-controls.vue']

/** A hash of the deck's sources, so reused artifacts (REUSE_ARTIFACTS=1) are never older than the deck. */
export function deckFingerprint(root: string): string {
  const hash = createHash('sha256')
  const add = (path: string): void => {
    if (!existsSync(path))
      return
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort())
        add(join(path, name))
      return
    }
    hash.update(path.slice(root.length)).update('\0').update(readFileSync(path)).update('\0')
  }
  for (const source of DECK_SOURCES)
    add(join(root, source))
  return hash.digest('hex')
}
