import type { UserConfig } from 'vite'
import process from 'node:process'
import { createLogger, defineConfig } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { READER_URL_ENV, readerLinkDefine } from './scripts/lib/reader-link.ts'
import { dropSlidevManualChunks, PRINT_ROUTE_DEFINE } from './scripts/lib/slidev-internals.ts'

/**
 * `npm run export` builds the deck once with DECK_EXPORT_BUILD=1 (scripts/lib/export/site-build.ts):
 * one self-contained index.html (the single-file deck) that also carries the print route, which the
 * exporter renders every other format from. Every other build and the dev server are unaffected.
 */
const exportBuild: UserConfig = process.env.DECK_EXPORT_BUILD === '1'
  ? {
      // The hosted reader page's address (scripts/export.ts --site-url): the title slide's QR code.
      define: { ...PRINT_ROUTE_DEFINE, ...readerLinkDefine({ readerUrl: process.env[READER_URL_ENV] }) },
      plugins: [viteSingleFile({ removeViteModuleLoader: true }), dropSlidevManualChunks()],
    }
  : {}

// esbuild minifies Slidev's code.css (`--uno:` inside `::before`) correctly but warns about it on
// every build. The rule is Slidev's, not ours to fix; every other warning still gets through.
const logger = createLogger()
const warn = logger.warn.bind(logger)
logger.warn = (message, options) => {
  if (message.includes('[esbuild css minify]') && message.includes('css-syntax-error'))
    return
  warn(message, options)
}

export default defineConfig({
  customLogger: logger,
  ...exportBuild,
  build: {
    // Vite 8's default CSS minifier (lightningcss) rejects a rule in Slidev's own code.css.
    cssMinify: 'esbuild',
    // Rolldown's "plugin timings" report appears whenever the machine is busy; it is not actionable here.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  optimizeDeps: {
    // Pre-bundled up front so the dev server never reloads mid-export (a known cause of blank PDFs).
    include: ['mermaid'],
  },
})
