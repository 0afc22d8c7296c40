import { defineConfig } from 'vite'
import type { UserConfig } from 'vite'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { dropSlidevManualChunks, PRINT_ROUTE_DEFINE } from './scripts/lib/slidev-internals.ts'

/**
 * `npm run export` builds the deck once with DECK_EXPORT_BUILD=1 (scripts/lib/export/site-build.ts):
 * one self-contained index.html (the single-file deck) that also carries the print route, which the
 * exporter renders every other format from. Every other build and the dev server are unaffected.
 */
const exportBuild: UserConfig = process.env.DECK_EXPORT_BUILD === '1'
  ? {
      define: { ...PRINT_ROUTE_DEFINE },
      plugins: [viteSingleFile({ removeViteModuleLoader: true }), dropSlidevManualChunks()],
    }
  : {}

export default defineConfig({
  ...exportBuild,
  build: {
    // Vite 8's default CSS minifier (lightningcss) rejects a rule in Slidev's own code.css.
    cssMinify: 'esbuild',
  },
  optimizeDeps: {
    // Pre-bundled up front so the dev server never reloads mid-export (a known cause of blank PDFs).
    include: ['mermaid'],
  },
})
