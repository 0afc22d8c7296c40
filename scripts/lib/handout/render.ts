import type { HandoutModel, HandoutSlide } from './model.ts'
import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { CAUTION_KINDS } from '../../../data/source-kinds.ts'
import { INTER_SYMBOLS_FACES, interSymbolsCss, interSymbolsFile } from '../../../styles/fonts/inter-symbols.ts'
import { palette } from '../../../styles/palette.ts'
import { CONTENT_SECURITY_POLICY } from '../site.ts'
import { escapeHtml, referenceAnchor } from './model.ts'
import { offlineHeadTags, writeOfflineFiles } from './offline.ts'

/**
 * The reader page: one plain HTML file (its one script only registers the offline cache, offline.ts) with the slide pictures, the commentary
 * and the full references. The same file, printed by Chromium, is the handout PDF; `@media print`
 * turns it into pages (one slide per page, never cut in two).
 */

/** Inter from @fontsource, self-hosted next to the page (the CSP allows same-origin fonts only). */
const FONT_FILES = [
  ['inter-latin-400-normal.woff2', 400, 'normal', 'latin'],
  ['inter-latin-400-italic.woff2', 400, 'italic', 'latin'],
  ['inter-latin-600-normal.woff2', 600, 'normal', 'latin'],
  ['inter-latin-700-normal.woff2', 700, 'normal', 'latin'],
  ['inter-latin-ext-400-normal.woff2', 400, 'normal', 'latin-ext'],
  ['inter-latin-ext-700-normal.woff2', 700, 'normal', 'latin-ext'],
] as const
/** From @fontsource/inter's CSS, so only the needed file is fetched for a glyph. */
const RANGES = {
  'latin': 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext': 'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const

const CSS = `${FONT_FILES.map(([file, weight, style, range]) =>
  `@font-face{font-family:Inter;font-style:${style};font-weight:${weight};font-display:swap;src:url(fonts/${file}) format('woff2');unicode-range:${RANGES[range]}}`).join('\n')}
${interSymbolsCss(file => `fonts/${file}`)}
:root{--ink:${palette.ink};--muted:${palette.muted};--accent:${palette.accent};--rule:${palette.hairline};--paper:${palette.bg};--warn:${palette.warn}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--paper);color:var(--ink);font:18px/1.55 Inter,system-ui,sans-serif}
main{max-width:50rem;margin:0 auto;padding:1rem 1rem 3rem}
a{color:var(--accent);overflow-wrap:anywhere}
img{max-width:100%;height:auto;display:block}
.topnav{display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;font-size:1rem;padding:.5rem 0;border-bottom:1px solid var(--rule)}
.cover{padding:2rem 0 1.5rem;border-bottom:2px solid var(--ink);margin-bottom:1.5rem}
.cover .kicker{color:var(--accent);font-weight:700;letter-spacing:.06em;text-transform:uppercase;font-size:1rem;margin:0}
.cover h1{font-size:2.1rem;line-height:1.2;margin:.5rem 0}
.cover .subtitle{color:var(--muted);margin:.5rem 0 1rem}
.cover dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
.cover dt{font-weight:700}
.cover dd{margin:0}
.cover .how{font-size:1rem;color:var(--muted)}
.toc ol{padding-left:1.5rem}
.part{font-size:1.5rem;margin:2.5rem 0 .5rem;padding-top:.5rem;border-top:2px solid var(--ink)}
.slide{margin:1.5rem 0 2.5rem}
.slide h3{font-size:1.25rem;line-height:1.3;margin:0 0 .5rem}
.slide h3 .no{color:var(--muted);font-weight:600;margin-right:.4rem}
.slide figure{margin:0 0 .75rem;border:1px solid var(--rule)}
.text-version{margin:.25rem 0 .75rem;padding:.25rem 0 .25rem .75rem;border-left:3px solid var(--rule)}
.commentary p{margin:.5rem 0}
.commentary ul,.commentary ol{padding-left:1.4rem}
.cite{white-space:nowrap;font-size:.85em;color:var(--muted)}
.cite a{text-decoration:none;font-weight:600}
.refs{margin:.75rem 0 0;padding:.5rem 0 0 2.2rem;border-top:1px solid var(--rule);font-size:1rem;line-height:1.45}
.refs li{margin:.2rem 0}
.refs .outlet{font-weight:700}
.refs .note{color:var(--muted);font-style:italic}
.refs .kind{font-weight:600;color:var(--muted)}
.refs .kind.caution{color:var(--warn)}
.refs-title{font-size:1rem;font-weight:700;margin:.75rem 0 0;color:var(--muted)}
.footer{margin-top:3rem;font-size:1rem;color:var(--muted)}
@media print{
  body{font-size:10.5pt;line-height:1.45}
  main{max-width:none;padding:0}
  .topnav,.toc,.footer{display:none}
  .cover{min-height:240mm;display:flex;flex-direction:column;justify-content:center;border:none}
  .cover h1{font-size:28pt}
  .part{break-before:page;break-after:avoid;font-size:14pt;margin:0 0 3mm}
  .slide{break-before:page;margin:0}
  .part+.slide{break-before:avoid}
  .slide h3{font-size:13pt;break-after:avoid}
  .slide figure{break-inside:avoid;break-after:avoid;width:160mm;margin:0 auto 3mm}
  .refs{font-size:9pt}
  .refs li{break-inside:avoid}
  a{text-decoration:none}
}
`

function referenceHtml(slide: HandoutSlide): string {
  if (!slide.references.length)
    return ''
  const items = slide.references.map(r => `<li id="${referenceAnchor(slide.no, r.id)}" value="${r.n}"><span class="outlet">${escapeHtml(r.outlet)}</span>, `
    + `${r.title.startsWith('[') ? escapeHtml(r.title) : `“${escapeHtml(r.title)}”`}, ${escapeHtml(r.date)}${r.note ? ` <span class="note">(${escapeHtml(r.note)})</span>` : ''}. `
    + `${r.kindLabel ? `<span class="kind${r.kind && CAUTION_KINDS.has(r.kind) ? ' caution' : ''}">Kind: ${escapeHtml(r.kindLabel)}.</span> ` : ''}`
    + `<a href="${escapeHtml(r.url)}">${escapeHtml(r.url)}</a></li>`).join('\n')
  return `<p class="refs-title">Sources</p>\n<ol class="refs">\n${items}\n</ol>`
}

/** One paragraph per diagram, chart or map on the slide: what a reader who cannot see the picture gets. */
function textVersionHtml(slide: HandoutSlide): string {
  return slide.descriptions.map((d, i) => `<p class="text-version" id="slide-${slide.no}-text-${i + 1}"><strong>Text version:</strong> ${escapeHtml(d)}</p>\n`).join('')
}

function slideHtml(slide: HandoutSlide, imageSize: { width: number, height: number }): string {
  const describedBy = slide.descriptions.map((_, i) => `slide-${slide.no}-text-${i + 1}`).join(' ')
  return `<article class="slide" id="slide-${slide.no}">
<h3><span class="no">${slide.no}</span>${escapeHtml(slide.title)}</h3>
<figure><img src="slides/${slide.image}" width="${imageSize.width}" height="${imageSize.height}" alt="Slide ${slide.no}: ${escapeHtml(slide.title)}"${describedBy ? ` aria-describedby="${describedBy}"` : ''} loading="lazy" decoding="async"></figure>
${textVersionHtml(slide)}<div class="commentary">${slide.commentaryHtml}</div>
${referenceHtml(slide)}
</article>`
}

/** The page's HTML. `deckHref` links back to the deck (omitted in the PDF). */
export function handoutHtml(model: HandoutModel, { deckHref, imageSize }: { deckHref?: string, imageSize: { width: number, height: number } }): string {
  const body: string[] = []
  let part: string | undefined
  for (const slide of model.slides) {
    if (slide.part !== part) {
      part = slide.part
      if (part)
        body.push(`<h2 class="part">${escapeHtml(part)}</h2>`)
    }
    body.push(slideHtml(slide, imageSize))
  }
  const toc = model.slides.map(s => `<li value="${s.no}"><a href="#slide-${s.no}">${escapeHtml(s.title)}</a></li>`).join('')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<title>${escapeHtml(model.title)} — handout</title>
<link rel="stylesheet" href="handout.css">
${deckHref ? offlineHeadTags() : ''}
</head>
<body>
<main>
${deckHref ? `<nav class="topnav" aria-label="Handout"><a href="${escapeHtml(deckHref)}">← The slides</a><a href="#contents">Contents</a></nav>` : ''}
<header class="cover">
<p class="kicker">Briefing handout</p>
<h1>${escapeHtml(model.title)}</h1>
${model.subtitle ? `<p class="subtitle">${escapeHtml(model.subtitle)}</p>` : ''}
<dl><dt>Period</dt><dd>${escapeHtml(model.period)}</dd><dt>Sources to</dt><dd>${escapeHtml(model.coverageDate)}</dd><dt>Slides</dt><dd>${model.slides.length}</dd></dl>
<p class="how">Each slide with its commentary and the full references of the sources it cites; numbers in brackets are those of the deck’s sources list.</p>
</header>
<nav class="toc" id="contents" aria-label="Contents"><h2>Contents</h2><ol>${toc}</ol></nav>
${body.join('\n')}
<p class="footer">${escapeHtml(model.title)} · handout${deckHref ? `<span class="web"> · <a href="${escapeHtml(deckHref)}">back to the slides</a></span>` : ''}</p>
</main>
</body>
</html>
`
}

/** Writes index.html, handout.css and the fonts into `dir` (the slide pictures go to `dir/slides/`). */
export async function writeHandoutSite(
  dir: string,
  model: HandoutModel,
  options: { deckHref?: string, imageSize: { width: number, height: number } },
): Promise<string> {
  await mkdir(join(dir, 'fonts'), { recursive: true })
  const require = createRequire(import.meta.url)
  const fontDir = join(dirname(require.resolve('@fontsource/inter/package.json')), 'files')
  await Promise.all(FONT_FILES.map(([file]) => copyFile(join(fontDir, file), join(dir, 'fonts', file))))
  await Promise.all(INTER_SYMBOLS_FACES.map(({ file }) => copyFile(interSymbolsFile(file), join(dir, 'fonts', file))))
  await writeFile(join(dir, 'handout.css'), CSS)
  const file = join(dir, 'index.html')
  const html = handoutHtml(model, options)
  await writeFile(file, html)
  // The web page (the one with a link back to the deck) works offline after one visit; the PDF needs none of it.
  if (options.deckHref)
    await writeOfflineFiles(dir, { title: model.title, pageFiles: { 'index.html': html, 'handout.css': CSS }, assetFiles: ['handout.css', ...FONT_FILES.map(([f]) => `fonts/${f}`)] })
  return file
}
