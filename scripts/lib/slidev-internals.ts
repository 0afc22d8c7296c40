import type { ResolvedSlidevOptions, SlidevEntryOptions } from '@slidev/types'
import type { InlineConfig, Plugin } from 'vite'
/**
 * The ONE place that reaches into Slidev's private code. Everything else uses Slidev's public CLI
 * (`slidev build`, `slidev export`) and API (`@slidev/cli`'s resolveOptions/createServer,
 * `@slidev/parser`). Each internal below is pinned to the Slidev version it was read in; on any
 * other version every entry point here fails with one line, instead of exporting blank slides.
 *
 * Internals used, and why the public surface cannot do the job:
 * 1. `build()` in `dist/build-*.mjs`, with resolved options changed (buildWithChoices): scripts/build.ts
 *    makes the public and presenter sites from one slides.md; the public CLI has no flag for
 *    `presenter`, for the download button's URL, or to keep `seoMeta` from launching a browser. The
 *    export build uses it too: the CLI takes no inline Vite config, so a deck without a vite.config of
 *    its own could not get the single-file plugins or Vite 8's CSS fix (slidev-vite.ts).
 * 2. The `__SLIDEV_FEATURE_PRINT__` compile-time flag: `slidev build` compiles the print route in only
 *    for `download: true|'auto'`, which also makes the build print a PDF itself (a second rendering,
 *    on a fixed port 12445). The export build sets the flag through Vite's `define` instead.
 * 3. `build.rollupOptions.output.manualChunks` in Slidev's Vite config: Rolldown refuses it together
 *    with vite-plugin-singlefile's `codeSplitting: false`, so the single-file build drops it.
 * 4. The print view's DOM: `.print-slide-container` (id `NNN-CC`), `[data-slidev-no]`,
 *    `.slidev-slide-loading`, `#mermaid-rendering-container`, Mermaid's `pre[border]` error box and
 *    `?print=true#/print`. The exporter's readiness checks read them (scripts/lib/export/print-view.ts).
 * 5. How Slidev finds a theme or addon that the deck's folder does not have (`resolver-*.mjs`,
 *    `findInvocationNodeModulesPath` / `isInstalledGlobally`): as for a global install, in the
 *    node_modules that holds the script it was launched from, `process.argv[1]`. resolveDeckOptions
 *    names Slidev's own bin there, so a deck anywhere on disk uses the themes installed with this toolkit.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { mergeConfig } from 'vite'
import { CliError } from './cli-error.ts'
import { slidevViteFixes } from './slidev-vite.ts'

/** The Slidev release every internal above was read in. */
export const KNOWN_SLIDEV_VERSION = '52.20.1'

/** Raised on a Slidev version this module does not know; the message is one line. */
export class UnknownSlidevError extends CliError {}

function cliDir(): string {
  return dirname(fileURLToPath(import.meta.resolve('@slidev/cli/package.json')))
}

export function installedSlidevVersion(): string {
  return (JSON.parse(readFileSync(join(cliDir(), 'package.json'), 'utf8')) as { version: string }).version
}

/** Throws a one-line UnknownSlidevError unless `version` is the pinned one. */
export function assertKnownSlidev(version: string = installedSlidevVersion()): void {
  if (version !== KNOWN_SLIDEV_VERSION) {
    throw new UnknownSlidevError(`@slidev/cli ${version} is installed, but scripts/lib/slidev-internals.ts only knows ${KNOWN_SLIDEV_VERSION}: `
      + 're-check its internals (listed at the top of that file) before changing the pin.')
  }
}

interface BuildModule {
  build: (options: ResolvedSlidevOptions, viteConfig?: InlineConfig, args?: Record<string, unknown>) => Promise<void>
}

async function loadSlidevChunk<T>(prefix: string, exportNames: (keyof T & string)[]): Promise<T> {
  assertKnownSlidev()
  const dist = join(cliDir(), 'dist')
  const chunk = readdirSync(dist).find(f => new RegExp(`^${prefix}-[\\w-]+\\.mjs$`).test(f))
  if (!chunk)
    throw new UnknownSlidevError(`Slidev's ${prefix} chunk was not found in ${dist}, although @slidev/cli is ${KNOWN_SLIDEV_VERSION}: reinstall it (npm ci).`)
  const mod = await import(pathToFileURL(join(dist, chunk)).href) as Record<string, unknown>
  const missing = exportNames.filter(name => typeof mod[name] !== 'function')
  if (missing.length)
    throw new UnknownSlidevError(`${chunk} does not export ${missing.join('/')}: the installed @slidev/cli is not the ${KNOWN_SLIDEV_VERSION} it knows.`)
  return mod as T
}

/**
 * Slidev's public resolveOptions for a deck anywhere on disk (internal 5). Call it before anything
 * else loads `@slidev/cli`: Slidev reads `process.argv[1]` once, when its resolver loads, and again on
 * the first resolveOptions. A deck inside this project resolves its theme from here as before.
 */
export async function resolveDeckOptions(entry: SlidevEntryOptions, mode: ResolvedSlidevOptions['mode']): Promise<ResolvedSlidevOptions> {
  assertKnownSlidev()
  const launchedFrom = process.argv[1]
  process.argv[1] = join(cliDir(), 'bin', 'slidev.mjs')
  try {
    const { resolveOptions } = await import('@slidev/cli')
    return await resolveOptions(entry, mode)
  }
  finally {
    process.argv[1] = launchedFrom
  }
}

/** Vite `define` that compiles the print route (`/print`) into a `slidev build` (internal 2). */
export const PRINT_ROUTE_DEFINE: Readonly<Record<string, string>> = { __SLIDEV_FEATURE_PRINT__: 'true' }

/** What scripts/build.ts decides whatever slides.md says. */
export interface BuildChoices {
  /** Compile the presenter routes (/presenter, /notes, /overview, /entry) in. */
  presenter: boolean
  /** The nav-bar download button's URL, or false for none. A string, not `true`: `true` makes Slidev print a PDF itself. */
  downloadUrl: string | false
  /** Compile the print route in (internal 2), for the build's own PDF. */
  printRoute: boolean
  /** Compile in the deck's links to the reader page (`import.meta.env.DECK_HANDOUT`, custom-nav-controls.vue). */
  handoutLinks?: boolean
  /** More compile-time constants for the client (the hosted reader page and remote page: scripts/lib/reader-link.ts). */
  clientDefine?: Record<string, string>
  /**
   * `{monaco}` code blocks as highlighted code, not editors: a printed page has no editor to type in,
   * and Monaco's type loader resolves packages from the deck's own node_modules, which a deck elsewhere
   * on disk may not have.
   */
  staticCode?: boolean
}

/**
 * Slidev's build (internal 1) with the build's choices applied to the resolved options: the one place
 * options are changed after resolveOptions. Head tags (description, og:*, twitter:*) are left to
 * scripts/build.ts, so `seoMeta` is emptied here: an `ogImage: auto` would launch Playwright's browser.
 */
export async function buildWithChoices(
  options: ResolvedSlidevOptions,
  choices: BuildChoices,
  viteConfig: InlineConfig,
  args: Record<string, unknown>,
): Promise<void> {
  const { build } = await loadSlidevChunk<BuildModule>('build', ['build'])
  const { createDataUtils } = await import('@slidev/cli')
  options.data.config.presenter = choices.presenter
  options.data.config.download = choices.downloadUrl
  options.data.config.seoMeta = {}
  options.data.headmatter.seoMeta = {}
  if (choices.staticCode)
    options.data.config.monaco = false
  // Recompute what Slidev derived from the config: the feature flags and index.html.
  options.utils = await createDataUtils(options)
  const define = {
    ...viteConfig.define,
    ...(choices.printRoute ? PRINT_ROUTE_DEFINE : {}),
    'import.meta.env.DECK_HANDOUT': JSON.stringify(Boolean(choices.handoutLinks)),
    ...choices.clientDefine,
  }
  // The deck's own vite.config.* (if any) is merged first by Slidev; these come after it.
  await build(options, mergeConfig(slidevViteFixes(), { ...viteConfig, define }) as InlineConfig, args)
}

/**
 * A post plugin for the single-file build: drops Slidev's `manualChunks` (internal 3), which Rolldown
 * refuses with `codeSplitting: false`. Checks the Slidev version first, since it edits Slidev's config.
 */
export function dropSlidevManualChunks(): Plugin {
  return {
    name: 'deck:drop-slidev-manual-chunks',
    enforce: 'post',
    configResolved() {
      assertKnownSlidev()
    },
    outputOptions(output) {
      if ('manualChunks' in output)
        delete (output as { manualChunks?: unknown }).manualChunks
      return output
    },
  }
}
