import { createLogger, defineConfig } from 'vite'

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
