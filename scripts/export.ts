/**
 * `npm run export`: every format into exports/ from one Slidev dev server:
 * PDF with outline, speaker-notes PDF, editable PPTX with notes, one PNG per slide, handout PDF.
 * Usage: tsx scripts/export.ts [--only pdf,notes,pptx,png,handout] [--out exports] [--paper a4|letter]
 */
import { mkdir, readdir, rename } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { NoChromiumError, findChromium } from './lib/chromium.ts'
import { assertDeckHealthy, DeckProblemsError } from './lib/deck-gate.ts'
import { exportNotesPdf } from './lib/notes-pdf.ts'
import { deckInfoFromSlidev } from './lib/pptx/deck-info.ts'
import { exportPptx } from './lib/pptx/export-pptx.ts'
import { loadSlidevExporter } from './lib/slidev-internals.ts'
import { HandoutInputError, makeHandout, PAPERS } from './lib/handout/index.ts'
import type { Paper } from './lib/handout/index.ts'
import { nestDeckPdfOutline } from './lib/handout/deck-pdf-outline.ts'

const FORMATS = ['pdf', 'notes', 'pptx', 'png', 'handout'] as const
type Format = typeof FORMATS[number]

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    out: { type: 'string', default: 'exports' },
    entry: { type: 'string', default: 'slides.md' },
    paper: { type: 'string', default: 'a4' },
  },
})

function paper(): Paper {
  const asked = values.paper!.toLowerCase()
  if (!(PAPERS as readonly string[]).includes(asked))
    throw new Error(`Unknown --paper ${values.paper}; choose from ${PAPERS.join(', ')}.`)
  return asked as Paper
}

function selectedFormats(): Format[] {
  if (!values.only)
    return [...FORMATS]
  const asked = values.only.split(',').map(s => s.trim())
  const unknown = asked.filter(f => !(FORMATS as readonly string[]).includes(f))
  if (unknown.length)
    throw new Error(`Unknown format(s) ${unknown.join(', ')}; choose from ${FORMATS.join(', ')}.`)
  return asked as Format[]
}

async function main(): Promise<void> {
  const started = performance.now()
  const formats = selectedFormats()
  const handoutPaper = paper()
  // Before anything slow: without a browser nothing below can work.
  const executablePath = await findChromium()
  const deckChecked = assertDeckHealthy(resolve(dirname(values.entry!)))
  // Never left unobserved: its failure is reported once, where it is awaited below.
  deckChecked.catch(() => {})
  const outDir = resolve(values.out!)
  await mkdir(outDir, { recursive: true })

  const { createServer, resolveOptions } = await import('@slidev/cli')
  const { exportSlides, getExportOptions } = await loadSlidevExporter()
  const options = await resolveOptions({ entry: values.entry! }, 'export')
  const name = options.data.config.exportFilename || 'slides-export'
  const slideCount = options.data.slides.length
  console.log(`Exporting "${options.data.config.title}" (${slideCount} slides) with ${executablePath}`)

  const server = await createServer(options, { server: { port: 0, host: '127.0.0.1' }, clearScreen: false, logLevel: 'warn' })
  await server.listen()
  const address = server.httpServer?.address()
  if (!address || typeof address !== 'object')
    throw new Error('The Slidev dev server did not report a port.')
  const port = address.port
  try {
    await deckChecked
  }
  catch (error) {
    await server.close()
    throw error
  }

  const step = async (label: string, run: () => Promise<string>): Promise<void> => {
    const t = performance.now()
    console.log(`\n→ ${label}`)
    const file = await run()
    console.log(`  ✓ ${file} (${((performance.now() - t) / 1000).toFixed(1)} s)`)
  }
  const slidev = (format: string, output: string, extra: Record<string, unknown> = {}) =>
    exportSlides({
      port,
      ...getExportOptions({ entry: values.entry, format, output, executablePath, withClicks: false, timeout: 60_000, ...extra }, options),
    })

  try {
    for (const format of formats) {
      if (format === 'pdf')
        await step('PDF with outline', async () => {
          const file = join(outDir, `${name}.pdf`)
          await slidev('pdf', file, { withToc: true })
          // Slidev's outline is flat; the deck's parts nest it (part → slides).
          await nestDeckPdfOutline(file, options.userRoot, basename(values.entry!))
          return file
        })
      if (format === 'notes') {
        await step('Speaker-notes PDF', () => exportNotesPdf({
          url: `http://127.0.0.1:${port}/${options.data.config.routerMode === 'hash' ? '#/' : ''}presenter/print`,
          output: join(outDir, `${name}-notes.pdf`),
          executablePath,
        }))
      }
      if (format === 'pptx') {
        await step('Editable PPTX with notes (native shapes, 16:9)', async () => {
          const output = join(outDir, `${name}.pptx`)
          const canvas = { width: options.data.config.canvasWidth, height: Math.round(options.data.config.canvasWidth / options.data.config.aspectRatio) }
          const s = await exportPptx({ siteUrl: `http://127.0.0.1:${port}/`, deck: deckInfoFromSlidev(options.data), output, executablePath, canvas })
          console.log(`  ${s.textBoxes} text boxes (${s.scaledBoxes} set smaller for a wider fallback font, down to ${s.smallestScale} %), ${s.shapes} shapes, ${s.connectors} connectors, ${s.pictures} pictures; ${s.internalLinks} slide links`)
          return output
        })
      }
      if (format === 'handout') {
        await step(`Handout PDF (${handoutPaper.toUpperCase()})`, async () => {
          const pdfFile = join(outDir, `${name}-handout.pdf`)
          await makeHandout({ root: options.userRoot, entry: basename(values.entry!), siteUrl: `http://127.0.0.1:${port}/`, pdfFile, paper: handoutPaper, executablePath })
          return pdfFile
        })
      }
      if (format === 'png') {
        await step('PNG per slide', async () => {
          const dir = join(outDir, `${name}-png`)
          await slidev('png', dir)
          await padPngNames(dir, slideCount)
          return dir
        })
      }
    }
  }
  finally {
    await server.close()
  }
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s → ${outDir}`)
}

/** Slidev names PNGs 1.png…N.png; zero-padded names sort in slide order in every file browser. */
async function padPngNames(dir: string, total: number): Promise<void> {
  const width = String(total).length
  for (const file of await readdir(dir)) {
    const m = /^(\d+)\.png$/.exec(file)
    if (m)
      await rename(join(dir, file), join(dir, `${m[1].padStart(width, '0')}.png`))
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof NoChromiumError || error instanceof DeckProblemsError || error instanceof HandoutInputError) {
      console.error(error.message)
    }
    else {
      console.error(error instanceof Error ? error.stack ?? error.message : error)
    }
    process.exit(1)
  },
)
