import type { TestProject } from 'vitest/node'
import type { HostingArtifacts } from './support/artifacts.ts'
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { findChromium } from '../../scripts/lib/chromium.ts'
import { artifactsDir, deckRoot } from '../support/artifacts.ts'
import { launchBrowserServer } from '../support/browser.ts'
import { loadDeck } from '../support/deck.ts'
import { runOrThrow } from '../support/run.ts'
import { HOSTING_SITE_URL, hostingFingerprint, PRESENTER_BASE, PUBLIC_BASE } from './support/artifacts.ts'

type Built = Omit<HostingArtifacts, 'wsEndpoint'>

/** The two builds a user makes, with the real script: the public site and the presenter's copy. */
async function buildBoth(root: string, manifestFile: string): Promise<Built> {
  await findChromium()
  const fingerprint = hostingFingerprint(root)
  const deck = await loadDeck(root)
  const scratch = join(artifactsDir(root), 'hosting')
  const publicDir = join(scratch, 'public')
  const presenterDir = join(scratch, 'presenter')
  const logs = join(scratch, 'logs')
  await Promise.all([rm(publicDir, { recursive: true, force: true }), rm(presenterDir, { recursive: true, force: true })])
  await mkdir(logs, { recursive: true })
  const tsx = join(root, 'node_modules', '.bin', 'tsx')
  // BASE_PATH/SITE_URL from the environment must not change what is under test.
  const env = { ...process.env, BASE_PATH: '', SITE_URL: '' }
  console.log(`[hosting] building the public site under ${PUBLIC_BASE} and the presenter site under ${PRESENTER_BASE} (${deck.slides.length} slides)…`)
  // One after the other: each is CPU-bound (bundling, then Chromium), and they share node_modules/.slidev.
  const pub = await runOrThrow('scripts/build.ts', tsx, ['scripts/build.ts', '--base', PUBLIC_BASE, '--site-url', HOSTING_SITE_URL, '--out', publicDir], { cwd: root, env, logFile: join(logs, 'public.log') })
  const presenter = await runOrThrow('scripts/build.ts --presenter', tsx, ['scripts/build.ts', '--presenter', '--base', PRESENTER_BASE, '--out', presenterDir, '--no-og-image', '--remote-url', `${HOSTING_SITE_URL}${PUBLIC_BASE}`], { cwd: root, env, logFile: join(logs, 'presenter.log') })
  console.log(`[hosting] public ${pub.seconds.toFixed(1)} s, presenter ${presenter.seconds.toFixed(1)} s (logs in ${logs})`)
  const built: Built = {
    deckRoot: root,
    siteUrl: HOSTING_SITE_URL,
    publicDir,
    publicBase: PUBLIC_BASE,
    presenterDir,
    presenterBase: PRESENTER_BASE,
    pdfFile: `${deck.config.exportFilename || 'slides-export'}.pdf`,
    publicSeconds: pub.seconds,
    presenterSeconds: presenter.seconds,
    fingerprint,
  }
  await writeFile(manifestFile, `${JSON.stringify(built, null, 2)}\n`)
  return built
}

/**
 * Builds once for all hosting tests (REUSE_ARTIFACTS=1 reuses a previous run's builds when the
 * deck, scripts/build.ts and vite.config.ts are unchanged), and starts one Chromium they share.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = deckRoot()
  const manifestFile = join(artifactsDir(root), 'hosting', 'hosting-artifacts.json')
  const previous = process.env.REUSE_ARTIFACTS === '1' && existsSync(manifestFile)
    ? JSON.parse(await readFile(manifestFile, 'utf8')) as Built
    : undefined
  let built: Built
  if (previous && previous.fingerprint === hostingFingerprint(root) && existsSync(previous.publicDir) && existsSync(previous.presenterDir)) {
    built = previous
    console.log('[hosting] reusing the builds in tests/.artifacts/hosting (REUSE_ARTIFACTS=1, sources unchanged)')
  }
  else {
    built = await buildBoth(root, manifestFile)
  }
  const browser = await launchBrowserServer()
  project.provide('hostingArtifacts', { ...built, wsEndpoint: browser.wsEndpoint() })
  return async () => {
    await browser.close()
  }
}
