import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deckFingerprint } from '../../support/artifacts.ts'

/** The sub-folder the public test build is made for: proves the site works off the host's root. */
export const PUBLIC_BASE = '/briefing/'
/** The presenter build goes two levels down, so a nested base is exercised too. */
export const PRESENTER_BASE = '/team/briefing-2025/'
/** A made-up public origin, so the absolute link-preview URLs are exercised. */
export const HOSTING_SITE_URL = 'https://briefing.example.org'

/** What the hosting project's global setup built once, for every hosting test file. */
export interface HostingArtifacts {
  deckRoot: string
  siteUrl: string
  /** `npm run build` output under PUBLIC_BASE: public, with PDF and preview image. */
  publicDir: string
  publicBase: string
  /** `npm run build:presenter` output under PRESENTER_BASE: notes and /presenter kept, with the PDF (no preview image, to save time). */
  presenterDir: string
  presenterBase: string
  /** `exportFilename` + .pdf */
  pdfFile: string
  publicSeconds: number
  presenterSeconds: number
  fingerprint: string
  /** One Chromium for the whole run (`connectBrowser`). */
  wsEndpoint: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    hostingArtifacts: HostingArtifacts
  }
}

/** Deck sources plus what decides how the site is built and served. */
export function hostingFingerprint(root: string): string {
  const hash = createHash('sha256').update(deckFingerprint(root))
  for (const file of ['scripts/build.ts', 'vite.config.ts'])
    hash.update(file).update(readFileSync(join(root, file)))
  return hash.digest('hex')
}

export interface BuiltSite {
  name: 'public' | 'presenter'
  dir: string
  base: string
}

/** Both builds, for checks that hold for each. */
export function builtSites(artifacts: HostingArtifacts): BuiltSite[] {
  return [
    { name: 'public', dir: artifacts.publicDir, base: artifacts.publicBase },
    { name: 'presenter', dir: artifacts.presenterDir, base: artifacts.presenterBase },
  ]
}
