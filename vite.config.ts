import { defineConfig, mergeConfig } from 'vite'
import { slidevViteFixes } from './scripts/lib/slidev-vite.ts'

/**
 * The deck's own Vite settings: the dev server and stock `slidev build`/`slidev export` (the bench's
 * baselines). `npm run export` and `npm run build` pass their settings to Slidev inline
 * (scripts/lib/export/site-build-process.ts, scripts/lib/slidev-internals.ts) and need nothing here.
 */
export default defineConfig(mergeConfig(slidevViteFixes(), {
  optimizeDeps: {
    // Pre-bundled up front so the dev server never reloads mid-export (a known cause of blank PDFs).
    include: ['mermaid'],
  },
}))
