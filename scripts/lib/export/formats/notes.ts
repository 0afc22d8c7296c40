import type { ExportDeck } from '../deck.ts'
import type { FormatStep } from '../types.ts'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import MarkdownIt from 'markdown-it'
import { INTER_SYMBOLS_FACES, interSymbolsCss, interSymbolsFile } from '../../../../styles/fonts/inter-symbols.ts'
import { palette } from '../../../../styles/palette.ts'
import { CUE_LINE, splitNote } from '../../notes/split-notes.ts'
import { verifyTextPdf } from '../verify.ts'

const FONT_DIR = fileURLToPath(new URL('../../../../node_modules/@fontsource/inter/files/', import.meta.url))
/** Inter subsets the notes use (Latin and Latin Extended: names, dashes, quotes). */
const FONT_FILES = ['latin-400-normal', 'latin-ext-400-normal', 'latin-700-normal', 'latin-ext-700-normal', 'latin-400-italic', 'latin-ext-400-italic']

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * The presenter's script: every slide's number, title, what to say and the cues, in slide order.
 * Cues print as "[cue: …]" so a reader of the PDF's text can tell them from the spoken words; the
 * handout-only commentary is left out (it is for readers, not for the room).
 */
export async function notesHtml(deck: ExportDeck): Promise<string> {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false })
  const faces = await Promise.all(FONT_FILES.map(async (name) => {
    const [, , weight, style] = /^(latin(?:-ext)?)-(\d+)-(\w+)$/.exec(name)!
    const data = (await readFile(join(FONT_DIR, `inter-${name}.woff2`))).toString('base64')
    return `@font-face{font-family:Inter;font-weight:${weight};font-style:${style};src:url(data:font/woff2;base64,${data}) format('woff2')}`
  }))
  // Inter's arrows and symbols ("→", "≈"), which the fontsource subsets lack: no system face in the PDF.
  const symbolData = new Map<string, string>(await Promise.all(INTER_SYMBOLS_FACES.map(async f => [f.file, (await readFile(interSymbolsFile(f.file))).toString('base64')] as const)))
  faces.push(interSymbolsCss(file => `data:font/woff2;base64,${symbolData.get(file)}`))
  const sections = deck.slides.map((slide) => {
    const presenter = splitNote(slide.note ?? '').presenter.split('\n').map(line => (CUE_LINE.test(line) ? `\n[cue: ${line.replace(CUE_LINE, '').trim()}]\n` : line)).join('\n')
    const notes = presenter ? md.render(presenter).replace(/<p>(\[cue: [\s\S]*?\])<\/p>/g, '<p class="cue">$1</p>') : '<p class="none">No notes.</p>'
    return `<section><h2><span>${slide.no}</span> ${escape(slide.title || '(untitled)')}</h2>${notes}</section>`
  })
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(deck.title)}: speaker notes</title><style>
${faces.join('\n')}
@page { size: A4; margin: 18mm 16mm }
body { font-family: Inter, sans-serif; font-size: 11pt; line-height: 1.45; color: ${palette.ink} }
h1 { font-size: 18pt; margin: 0 0 8mm }
h2 { font-size: 13pt; margin: 0 0 2mm; break-after: avoid }
h2 span { display: inline-block; min-width: 2.2em; color: ${palette.muted} }
section { break-inside: avoid-page; margin: 0 0 7mm }
ul { margin: 0; padding-left: 1.3em }
p { margin: 0 0 2mm }
.none { color: ${palette.muted}; font-style: italic }
.cue { color: ${palette.muted}; font-style: italic }
</style></head><body><h1>${escape(deck.title)}: speaker notes</h1>${sections.join('\n')}</body></html>`
}

/** Speaker-notes PDF from the parsed notes (the export build carries none), in the same browser. */
export const notesStep: FormatStep = {
  id: 'notes',
  label: 'Speaker-notes PDF',
  target: deck => `${deck.name}-notes.pdf`,
  async run({ deck, browser, tmpDir }) {
    const page = await browser.newPage()
    try {
      await page.setContent(await notesHtml(deck), { waitUntil: 'load' })
      await page.evaluate(() => document.fonts.ready)
      const inter = await page.evaluate(() => [...document.fonts].some(f => f.family.replace(/"/g, '') === 'Inter' && f.status === 'loaded'))
      if (!inter)
        throw new Error('the notes PDF\'s Inter font did not load')
      const path = join(tmpDir, `${deck.name}-notes.pdf`)
      await page.pdf({ path, format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true })
      return { path, detail: `${deck.slides.filter(s => s.note).length} of ${deck.slides.length} slides have notes` }
    }
    finally {
      await page.close()
    }
  },
  verify: path => verifyTextPdf(path),
}
