import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
/**
 * `npm run build`: the public site. Audience view only: no speaker notes, no presenter view.
 * `npm run build:presenter`: the same site with notes and /presenter, for the presenter's machine.
 *
 * Usage: tsx scripts/build.ts [--base /sub/path/] [--presenter] [--out dir] [--no-pdf] [--no-og-image]
 *                             [--site-url https://host] [--entry slides.md] [--no-handout]
 *                             [--remote-url https://host/path/]
 *   --base        URL prefix the site is served under (default: $BASE_PATH or /); starts and ends with /
 *   --presenter   keep speaker notes and /presenter (default out dir: dist-presenter, so it is not published by mistake)
 *   --out         output directory (default: dist, or dist-presenter with --presenter)
 *   --no-pdf      skip the PDF download (dist/<exportFilename>.pdf and the nav-bar button)
 *   --no-og-image skip the link-preview image (dist/og-image.png)
 *   --site-url    public origin for absolute og:image/og:url (default: $SITE_URL; else base-relative)
 *   --no-handout  skip the reader page (<base>handout/: slide pictures, commentary, sources)
 *   --remote-url  the public deck a paired phone opens (pocket presenter; default: <site-url><base>, else the
 *                 address the presenter's page is served from). Give the presenter build the public site's address.
 *   With --site-url (and the reader page), the title slide's <ReaderQr /> and the `q` key show a QR code of it.
 *
 * Slidev is driven programmatically (resolveOptions + its build step, through scripts/lib/slidev-internals.ts)
 * so the build can change the resolved options without touching slides.md. The PDF and preview image are
 * rendered from the built site itself, served on loopback, with the project's Chromium and the exporter's
 * print view and checks (scripts/lib/export/): Slidev's own `download: true` and `ogImage: auto` launch
 * Playwright's browser download, which this project does not have, and check nothing.
 */
import process from 'node:process'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-chromium'
import { CHROMIUM_ARGS, findChromium, NoChromiumError } from './lib/chromium.ts'
import { CliError, runCli } from './lib/cli-error.ts'
import { assertDeckHealthy } from './lib/deck-gate.ts'
import { deckProfile } from './lib/deck-profile.ts'
import { loadExportDeck } from './lib/export/deck.ts'
import { pdfStep } from './lib/export/formats/pdf.ts'
import { openPrintView } from './lib/export/print-view.ts'
import { RenderProblemsError } from './lib/export/problems.ts'
import { shootSlides } from './lib/export/slide-shots.ts'
import { HANDOUT_DIR, makeHandout } from './lib/handout/index.ts'
import { findNoteLeaks, noteProbes, visibleDeckText } from './lib/note-leaks.ts'
import { splitNote } from './lib/notes/split-notes.ts'
import { pngSize } from './lib/png-size.ts'
import { readerLinkDefine } from './lib/reader-link.ts'
import { applySiteHead, CONTENT_SECURITY_POLICY, normalizeBase, normalizeRemoteUrl, normalizeSiteUrl, plainDescription, SiteConfigError, siteHref } from './lib/site.ts'
import { buildWithChoices, resolveDeckOptions } from './lib/slidev-internals.ts'
import { startStaticServer } from './lib/static-server.ts'

/** Link-preview image width; the height follows the deck's aspect ratio (1200×675 for 16:9). */
const OG_IMAGE_WIDTH = 1200
const OG_IMAGE_FILE = 'og-image.png'
/**
 * Vite inlines files under 4 KB as data: URLs; fontsource's small unicode-range subsets would
 * become data: fonts, which the CSP's `font-src 'self'` refuses. Fonts stay files.
 */
const FONT_FILE = /\.(?:woff2?|ttf|otf|eot)$/i

const USAGE = 'Usage: tsx scripts/build.ts [--base /sub/path/] [--presenter] [--out dir] [--no-pdf] [--no-og-image] [--no-handout] [--site-url https://host] [--remote-url https://host/path/] [--entry slides.md]'

function parseCli(): { values: { 'base'?: string, 'presenter': boolean, 'out'?: string, 'no-pdf': boolean, 'no-og-image': boolean, 'no-handout': boolean, 'site-url'?: string, 'remote-url'?: string, 'entry': string } } {
  try {
    const { values } = parseArgs({
      options: {
        'base': { type: 'string' },
        'presenter': { type: 'boolean', default: false },
        'out': { type: 'string' },
        'no-pdf': { type: 'boolean', default: false },
        'no-og-image': { type: 'boolean', default: false },
        'no-handout': { type: 'boolean', default: false },
        'site-url': { type: 'string' },
        'remote-url': { type: 'string' },
        'entry': { type: 'string', default: 'slides.md' },
      },
    })
    return { values: { ...values, 'presenter': values.presenter ?? false, 'no-pdf': values['no-pdf'] ?? false, 'no-og-image': values['no-og-image'] ?? false, 'no-handout': values['no-handout'] ?? false, 'entry': values.entry ?? 'slides.md' } }
  }
  catch (error) {
    throw new SiteConfigError(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
  }
}

/** Refuses output directories whose emptying would delete the project's sources (or more). */
function checkOutDir(outDir: string, userRoot: string): void {
  const inside = (child: string, parent: string): boolean => child === parent || child.startsWith(parent.endsWith(sep) ? parent : `${parent}${sep}`)
  if (inside(userRoot, outDir))
    throw new SiteConfigError(`--out ${outDir} contains the project: the build empties its output directory. Use a sub-directory such as dist.`)
  for (const source of ['slides.md', 'pages', 'components', 'layouts', 'data', 'setup', 'styles', 'public', 'scripts', 'node_modules', 'tests', 'deploy', '.github', '.git']) {
    if (inside(join(userRoot, source), outDir))
      throw new SiteConfigError(`--out ${outDir} would hold the project's ${source}: the build empties its output directory. Use dist or another new directory.`)
  }
  if (inside(outDir, join(userRoot, 'public')))
    throw new SiteConfigError(`--out ${outDir} is inside public/, which every build copies into its output. Use dist or another directory.`)
}

async function dirSize(dir: string): Promise<{ files: number, bytes: number }> {
  let files = 0
  let bytes = 0
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      files++
      bytes += (await stat(join(entry.parentPath, entry.name))).size
    }
  }
  return { files, bytes }
}

/** Headmatter `keywords` (a comma list or a YAML list) as one comma-separated line. */
function keywordsOf(value: unknown): string | undefined {
  const list = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : []
  const words = list.map(w => w.trim()).filter(Boolean)
  return words.length ? words.join(', ') : undefined
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`

async function main(): Promise<void> {
  const started = performance.now()
  const { values } = parseCli()
  const base = normalizeBase(values.base ?? (process.env.BASE_PATH || '/'))
  const siteUrl = normalizeSiteUrl(values['site-url'] ?? process.env.SITE_URL)
  const presenter = values.presenter
  const withPdf = !values['no-pdf']
  const withImage = !values['no-og-image']
  // The reader page needs this briefing's coverage and data/sources: only for its own decks.
  const withHandout = !values['no-handout'] && deckProfile(dirname(resolve(values.entry!))).houseRules
  const outDir = resolve(values.out ?? (presenter ? 'dist-presenter' : 'dist'))
  const remoteUrl = normalizeRemoteUrl(values['remote-url']) ?? (siteUrl ? siteHref(base, '', siteUrl) : undefined)
  const readerUrl = withHandout && siteUrl ? siteHref(base, `${HANDOUT_DIR}/`, siteUrl) : undefined
  // Before anything slow: without a browser the PDF and preview image cannot be made.
  const executablePath = withPdf || withImage || withHandout ? await findChromium() : undefined
  await assertDeckHealthy(resolve(values.entry!))

  const options = await resolveDeckOptions({ entry: values.entry, base, withoutNotes: !presenter, routerMode: 'hash' }, 'build')
  checkOutDir(outDir, options.userRoot)
  const { config } = options.data
  const slideCount = options.data.slides.length
  const pdfFile = `${config.exportFilename || 'slides-export'}.pdf`

  const seoMeta = config.seoMeta ?? {}
  console.log(`Building the ${presenter ? 'PRESENTER (notes and /presenter included)' : 'public'} site of "${config.title}" (${slideCount} slides) under ${base} → ${relative('.', outDir) || '.'}`)
  const buildStarted = performance.now()
  await buildWithChoices(options, {
    presenter,
    // Slidev's nav-bar button fetches this URL; absolute under the base, so it resolves from any route.
    downloadUrl: withPdf ? `${base}${pdfFile}` : false,
    // The PDF, the preview image and the handout's pictures come from the print view of the built site.
    printRoute: withPdf || withImage || withHandout,
    // Turns on the deck's links to the reader page (custom-nav-controls.vue).
    handoutLinks: withHandout,
    clientDefine: readerLinkDefine({ readerUrl, remoteUrl }),
  }, { base, logLevel: 'warn', clearScreen: false, build: { outDir, emptyOutDir: true, assetsInlineLimit: (file: string) => (FONT_FILE.test(file) ? false : undefined) } }, { entry: values.entry })
  console.log(`  ✓ Vite build (${((performance.now() - buildStarted) / 1000).toFixed(1)} s)`)

  let image: { width: number, height: number } | undefined
  if (executablePath) {
    // The same rendering and checks as `npm run export`: every slide ready, no error box, no overflow,
    // Inter loaded; then the PDF is verified (a page per slide, text on every page) before it is named.
    const deck = await loadExportDeck(resolve(values.entry))
    const site = await startStaticServer({ root: outDir, base, spa: true })
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
    const tmpDir = await mkdtemp(join(outDir, '.build-tmp-'))
    try {
      const t = performance.now()
      const view = await openPrintView(browser, site.url, deck)
      if (withPdf) {
        const { path } = await pdfStep.run({ deck, view, browser, siteIndex: join(outDir, 'index.html'), tmpDir })
        const problems = await pdfStep.verify(path, deck)
        if (problems.length)
          throw new RenderProblemsError(deck, problems, 'the site\'s PDF')
        await rename(path, join(outDir, pdfFile))
        console.log(`  ✓ ${pdfFile}: ${slideCount} pages, text on every page (${((performance.now() - t) / 1000).toFixed(1)} s)`)
      }
      if (withImage) {
        // The title slide at 1200 px wide, clipped from the same print view.
        const scale = OG_IMAGE_WIDTH / deck.canvas.width
        // The exact aspect (980 / (16/9) = 551.25 px), not the canvas rounded up: 1200×675, as previews expect.
        const height = deck.canvas.width / config.aspectRatio
        const save = async (_no: number, png: Uint8Array): Promise<void> => {
          image = pngSize(png, OG_IMAGE_FILE)
          await writeFile(join(outDir, OG_IMAGE_FILE), png)
        }
        if (!await shootSlides(view.page, { width: deck.canvas.width, height, scale, only: [1], save }) || !image)
          throw new Error('The title slide was not rendered: no preview image.')
        console.log(`  ✓ ${OG_IMAGE_FILE}: ${image.width}×${image.height}`)
      }
      if (withHandout) {
        const t = performance.now()
        const handout = await makeHandout({ root: options.userRoot, entry: basename(values.entry!), printView: view.page, canvas: deck.canvas, htmlDir: join(outDir, HANDOUT_DIR), deckHref: '../', browser })
        console.log(`  ✓ ${HANDOUT_DIR}/: reader page, ${handout.model.slides.length} slides (${((performance.now() - t) / 1000).toFixed(1)} s)`)
      }
      await view.close()
    }
    finally {
      await rm(tmpDir, { recursive: true, force: true })
      await browser.close()
      await site.close()
    }
  }

  // Link previews and the CSP, in index.html and its 404.html copy (GitHub Pages serves the latter for unknown paths).
  const title = seoMeta.ogTitle || config.title
  const head = {
    title,
    description: seoMeta.ogDescription || plainDescription(typeof config.info === 'string' ? config.info : '') || title,
    author: config.author || undefined,
    keywords: keywordsOf(options.data.headmatter.keywords),
    pageUrl: siteUrl ? siteHref(base, '', siteUrl) : undefined,
    image: image && { ...image, url: siteHref(base, OG_IMAGE_FILE, siteUrl), alt: `Title slide of “${title}”` },
    csp: CONTENT_SECURITY_POLICY,
  }
  for (const page of ['index.html', '404.html']) {
    const file = join(outDir, page)
    if (existsSync(file))
      await writeFile(file, applySiteHead(await readFile(file, 'utf8'), head))
  }

  if (!presenter) {
    // The point of the public build: fail loudly rather than publish a presenter's notes. The
    // commentary may appear in the reader page (handout/) only; presenter-only [cue] lines nowhere.
    const contents = options.data.slides.map(s => s.content)
    const visible = visibleDeckText(options.userRoot, contents)
    const notes = options.data.slides.map(s => s.note ?? '')
    const probes = noteProbes(notes, visible)
    const cueProbes = noteProbes(notes.map(n => splitNote(n).cues.map(c => c.text).join('\n')), visible)
    const leaks = [
      ...findNoteLeaks(outDir, probes).filter(l => !l.file.startsWith(`${HANDOUT_DIR}/`)),
      ...findNoteLeaks(outDir, cueProbes).map(l => ({ ...l, text: `[cue] ${l.text}` })),
    ]
    if (leaks.length) {
      const list = leaks.slice(0, 10).map(l => `  slide ${l.slide}: "${l.text}" in ${l.file}`).join('\n')
      throw new CliError(`Speaker notes leaked into the public build:\n${list}`)
    }
    console.log(`  ✓ no speaker notes in the site outside ${HANDOUT_DIR}/, no presenter-only line anywhere (${probes.length + cueProbes.length} snippets checked)`)
  }

  const { files, bytes } = await dirSize(outDir)
  console.log(`\nDone in ${((performance.now() - started) / 1000).toFixed(1)} s: ${files} files, ${mb(bytes)} in ${relative('.', outDir) || '.'}`)
  console.log(`  Serve ${relative('.', outDir) || '.'} at ${siteUrl ?? ''}${base} (routes are hash-based: ${base}#/3 is slide 3; no server rewrites needed).`)
  if (!siteUrl && image)
    console.log(`  og:image is ${base}${OG_IMAGE_FILE} (path only): pass --site-url https://your.host (or SITE_URL) for absolute link-preview URLs.`)
}

runCli(main, {
  hint: error => error instanceof NoChromiumError ? 'Or build without the browser steps: --no-pdf --no-og-image.' : undefined,
})
