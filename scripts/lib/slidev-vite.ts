import type { InlineConfig } from 'vite'
import { createLogger } from 'vite'

/**
 * The Vite settings every Slidev 52.20 build needs on Vite 8, whatever deck it builds. The exporter
 * and scripts/build.ts pass them to Slidev inline (slidev-internals.ts buildWithChoices), after the
 * deck's own vite.config.* is merged: a deck needs no vite.config of its own to be built here, and a
 * deck that has one cannot undo these. This project's vite.config.ts uses them too (dev server, stock
 * `slidev build`/`slidev export` in the bench).
 */
export function slidevViteFixes(): InlineConfig {
  // esbuild minifies Slidev's code.css (`--uno:` inside `::before`) correctly but warns about it on
  // every build. The rule is Slidev's, not a deck's to fix; every other warning still gets through.
  const logger = createLogger()
  const warn = logger.warn.bind(logger)
  logger.warn = (message, options) => {
    if (message.includes('[esbuild css minify]') && message.includes('css-syntax-error'))
      return
    warn(message, options)
  }
  return {
    customLogger: logger,
    build: {
      // Vite 8's default CSS minifier (lightningcss) rejects a rule in Slidev's own code.css.
      cssMinify: 'esbuild',
      // Rolldown's "plugin timings" report appears whenever the machine is busy; it is not actionable here.
      rolldownOptions: { checks: { bundlerTimings: false } },
    },
  }
}
