import type { TestProject } from 'vitest/node'
import type { BrowserArtifacts, ExportStatus } from '../support/artifacts.ts'
import type { Deck } from '../support/deck.ts'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { findChromium } from '../../scripts/lib/chromium.ts'
import { startStaticServer } from '../../scripts/lib/static-server.ts'
import { artifactsDir, deckFingerprint, deckRoot, exportStatusFile, SITE_BASE } from '../support/artifacts.ts'
import { launchBrowserServer } from '../support/browser.ts'
import { loadDeck } from '../support/deck.ts'
import { start, tail } from '../support/run.ts'

/**
 * The browser project's one-time work. It builds the site (`slidev build --base /briefing/`,
 * presenter and notes kept) and starts the user-facing export (`scripts/export.ts --out-dir …`) at
 * the same time; the tests start as soon as the build is served, while the export finishes in
 * the background (export tests wait for it). One Chromium is started for every test file.
 *
 * REUSE_ARTIFACTS=1 skips building and exporting when a previous run left complete results for
 * the very same deck sources (for iterating on tests; CI always builds, the build being under test).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = deckRoot()
  const scratch = artifactsDir(root)
  const manifestFile = join(scratch, 'browser-artifacts.json')
  let fingerprint = deckFingerprint(root)

  const previous = process.env.REUSE_ARTIFACTS === '1' && existsSync(manifestFile)
    ? JSON.parse(await readFile(manifestFile, 'utf8')) as BrowserArtifacts
    : undefined
  const reusable = previous?.fingerprint === fingerprint && existsSync(exportStatusFile(previous))
    && (JSON.parse(await readFile(exportStatusFile(previous), 'utf8')) as ExportStatus).code === 0

  let artifacts: BrowserArtifacts
  let stopExport = (): void => {}
  let exportDone: Promise<unknown> = Promise.resolve()
  if (previous && reusable) {
    artifacts = previous
    console.log(`[browser] reusing the build and exports in ${scratch} (REUSE_ARTIFACTS=1, deck unchanged)`)
  }
  else {
    // Fail in one line, before minutes of work, when there is no browser at all.
    await findChromium()
    // A plain-data snapshot of the deck as it is now: it travels to the test workers through provide().
    let deck = JSON.parse(JSON.stringify(await loadDeck(root))) as Deck
    const siteDir = join(scratch, 'site')
    const exportsDir = join(scratch, 'exports')
    const logs = join(scratch, 'logs')
    // Stale files from an earlier run must not be able to satisfy a test.
    await Promise.all([rm(siteDir, { recursive: true, force: true }), rm(exportsDir, { recursive: true, force: true })])
    await Promise.all([mkdir(logs, { recursive: true }), mkdir(exportsDir, { recursive: true })])
    const bin = (name: string): string => join(root, 'node_modules', '.bin', name)
    console.log(`[browser] building ${root} under ${SITE_BASE} and exporting every format (${deck.slides.length} slides)…`)

    const exporting = start(bin('tsx'), ['scripts/export.ts', '--out-dir', exportsDir], { cwd: root, logFile: join(logs, 'export.log'), group: true })
    stopExport = exporting.stop
    process.once('exit', stopExport)
    exportDone = exporting.done.then(async (result) => {
      console.log(`[browser] export ${result.code === 0 ? 'done' : `FAILED (exit ${result.code})`} in ${result.seconds.toFixed(1)} s`)
      const status: ExportStatus = { code: result.code, seconds: result.seconds, tail: tail(result.output) }
      await writeFile(exportStatusFile({ exportsDir }), `${JSON.stringify(status, null, 2)}\n`)
    })

    // The tests compare the build with `deck`; if someone edits the deck meanwhile, build again.
    let build = await start(bin('slidev'), ['build', '--base', SITE_BASE, '--out', siteDir], { cwd: root, logFile: join(logs, 'build.log'), group: true }).done
    for (let attempt = 1; build.code === 0 && deckFingerprint(root) !== fingerprint && attempt <= 3; attempt++) {
      console.warn('[browser] the deck changed during the build: building again')
      fingerprint = deckFingerprint(root)
      deck = JSON.parse(JSON.stringify(await loadDeck(root))) as Deck
      build = await start(bin('slidev'), ['build', '--base', SITE_BASE, '--out', siteDir], { cwd: root, logFile: join(logs, 'build.log'), group: true }).done
    }
    if (build.code !== 0) {
      stopExport()
      throw new Error(`slidev build failed (exit ${build.code}):\n${tail(build.output)}`)
    }
    console.log(`[browser] build ${build.seconds.toFixed(1)} s (logs in ${logs}); the export goes on in the background`)
    artifacts = {
      deckRoot: root,
      siteDir,
      base: SITE_BASE,
      exportsDir,
      exportName: deck.config.exportFilename || 'slides-export',
      buildSeconds: build.seconds,
      fingerprint,
      deck,
    }
    await writeFile(manifestFile, `${JSON.stringify(artifacts, null, 2)}\n`)
  }

  const server = await startStaticServer({ root: artifacts.siteDir, base: artifacts.base })
  const browser = await launchBrowserServer()
  project.provide('browserArtifacts', artifacts)
  project.provide('browserSession', { siteUrl: server.url, wsEndpoint: browser.wsEndpoint() })
  return async () => {
    // Export tests wait for the export; when none ran (a filtered run), do not leave it running.
    stopExport()
    await exportDone
    process.removeListener('exit', stopExport)
    if (deckFingerprint(root) !== fingerprint)
      console.warn('[browser] WARNING: the deck\'s sources changed during the run; the build, the exports and the expectations may disagree.')
    await browser.close()
    await server.close()
  }
}
