import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { findChromium } from '../../scripts/lib/chromium.ts'
import { artifactsDir, deckFingerprint, deckRoot, SITE_BASE } from '../support/artifacts.ts'
import type { BrowserArtifacts } from '../support/artifacts.ts'
import { launchBrowserServer } from '../support/browser.ts'
import { loadDeck } from '../support/deck.ts'
import { runOrThrow } from '../support/run.ts'
import { startStaticServer } from '../support/static-server.ts'

/** Builds the site and runs the user-facing export, once; returns where they are. */
async function buildAndExport(root: string, manifestFile: string): Promise<BrowserArtifacts> {
  // Fail in one line, before minutes of work, when there is no browser at all.
  await findChromium()
  const fingerprint = deckFingerprint(root)
  const deck = await loadDeck(root)
  const scratch = artifactsDir(root)
  const siteDir = join(scratch, 'site')
  const exportsDir = join(scratch, 'exports')
  const logs = join(scratch, 'logs')
  // Stale files from an earlier run must not be able to satisfy a test.
  await Promise.all([rm(siteDir, { recursive: true, force: true }), rm(exportsDir, { recursive: true, force: true })])
  await mkdir(logs, { recursive: true })

  const bin = (name: string): string => join(root, 'node_modules', '.bin', name)
  console.log(`[browser] building ${root} under ${SITE_BASE} and exporting every format (${deck.slides.length} slides)…`)
  // Both at once: the build is mostly CPU-bound bundling, the export mostly waits on Chromium.
  const [build, exported] = await Promise.all([
    runOrThrow('slidev build', bin('slidev'), ['build', '--base', SITE_BASE, '--out', siteDir], { cwd: root, logFile: join(logs, 'build.log') }),
    runOrThrow('scripts/export.ts', bin('tsx'), ['scripts/export.ts', '--out', exportsDir], { cwd: root, logFile: join(logs, 'export.log') }),
  ])
  console.log(`[browser] build ${build.seconds.toFixed(1)} s, export ${exported.seconds.toFixed(1)} s (logs in ${logs})`)
  const artifacts: BrowserArtifacts = {
    deckRoot: root,
    siteDir,
    base: SITE_BASE,
    exportsDir,
    exportName: deck.config.exportFilename || 'slides-export',
    buildSeconds: build.seconds,
    exportSeconds: exported.seconds,
    fingerprint,
  }
  await writeFile(manifestFile, `${JSON.stringify(artifacts, null, 2)}\n`)
  return artifacts
}

/**
 * The browser project's one-time work: build and export (test files only read the results),
 * then serve the site on 127.0.0.1 under its base and start one Chromium every file attaches to.
 * REUSE_ARTIFACTS=1 skips the build and export when a previous run left them for the very same
 * deck sources (for iterating on tests; CI always builds, since the build itself is under test).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = deckRoot()
  const manifestFile = join(artifactsDir(root), 'browser-artifacts.json')
  const previous = process.env.REUSE_ARTIFACTS === '1' && existsSync(manifestFile)
    ? JSON.parse(await readFile(manifestFile, 'utf8')) as BrowserArtifacts
    : undefined
  let artifacts: BrowserArtifacts
  if (previous && previous.fingerprint === deckFingerprint(root)) {
    artifacts = previous
    console.log(`[browser] reusing the build and exports in ${artifactsDir(root)} (REUSE_ARTIFACTS=1, deck unchanged)`)
  }
  else {
    artifacts = await buildAndExport(root, manifestFile)
  }
  const server = await startStaticServer({ root: artifacts.siteDir, base: artifacts.base })
  const browser = await launchBrowserServer()
  project.provide('browserArtifacts', artifacts)
  project.provide('browserSession', { siteUrl: server.url, wsEndpoint: browser.wsEndpoint() })
  return async () => {
    await browser.close()
    await server.close()
  }
}
