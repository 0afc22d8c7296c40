/**
 * The export build, run in its own process by site-build.ts (`node --import tsx site-build-process.ts
 * <entry> <outDir>`): NODE_ENV is `production` there whatever the exporter runs under (a test runner's
 * NODE_ENV=test would bundle Vue's development build), and Vite's and Slidev's globals stay out of it.
 *
 * Everything the export needs from Vite is passed inline, so a deck needs no vite.config of its own:
 * one self-contained index.html (vite-plugin-singlefile) with the print route compiled in, no notes,
 * hash routes; Vite 8's CSS fix is added by buildWithChoices. A deck's own vite.config.* still applies.
 */
import process from 'node:process'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { READER_URL_ENV, readerLinkDefine } from '../reader-link.ts'
import { buildWithChoices, dropSlidevManualChunks, resolveDeckOptions } from '../slidev-internals.ts'

const [entry, outDir] = process.argv.slice(2)
if (!entry || !outDir)
  throw new Error('usage: site-build-process.ts <entry.md> <outDir>')
const options = await resolveDeckOptions({ entry, withoutNotes: true, routerMode: 'hash' }, 'build')
const { presenter } = options.data.config
await buildWithChoices(options, {
  // As the deck says: the single HTML deck is the deck as its author publishes it.
  presenter: presenter === true || presenter === 'build',
  // `download: true` would make Slidev print a PDF itself, a second rendering with Playwright's browser.
  downloadUrl: false,
  printRoute: true,
  staticCode: true,
  // The hosted reader page's address (scripts/export.ts --site-url): the title slide's QR code.
  clientDefine: readerLinkDefine({ readerUrl: process.env[READER_URL_ENV] }),
}, {
  logLevel: 'warn',
  clearScreen: false,
  plugins: [viteSingleFile({ removeViteModuleLoader: true }), dropSlidevManualChunks()],
  build: { outDir, emptyOutDir: true },
}, { entry })
