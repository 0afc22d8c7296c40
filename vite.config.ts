import { defineConfig } from 'vite'

export default defineConfig({
  build: {
    // Vite 8's default CSS minifier (lightningcss) rejects a rule in Slidev's own code.css.
    cssMinify: 'esbuild',
  },
  optimizeDeps: {
    // Pre-bundled up front so the dev server never reloads mid-export (a known cause of blank PDFs).
    include: ['mermaid'],
  },
})
