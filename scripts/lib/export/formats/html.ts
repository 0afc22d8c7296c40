import type { ExportDeck } from '../deck.ts'
import type { Finding } from '../problems.ts'
import type { FormatStep } from '../types.ts'
import { Buffer } from 'node:buffer'
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface UsedFace { family: string, weight: string, style: string, unicodeRange: string }

const squash = (value: string): string => value.replace(/\s+/g, '').replace(/^['"]|['"]$/g, '').toUpperCase()

/** `U+0000-00FF, U+0131` and `U+0-FF, U+131` (how FontFace reports it) are the same range. */
function unicodeKey(range: string): string {
  const hex = (h: string): string => (/\?/.test(h) ? h.replace(/^0+(?=.)/, '') : Number.parseInt(h, 16).toString(16))
  return squash(range).split(',').map(part => part.replace(/^U\+/, '').split('-').map(hex).join('-')).join(',')
}

/**
 * Keeps only the @font-face rules whose face the rendering loaded (family, weight, style and
 * unicode-range), and in each only its woff2 source: fontsource ships every subset in woff2 and woff.
 */
export function pruneFontFaces(css: string, used: UsedFace[]): { css: string, kept: number, dropped: number } {
  const keys = new Set(used.map(f => `${squash(f.family)}|${squash(f.weight)}|${squash(f.style)}|${unicodeKey(f.unicodeRange)}`))
  let kept = 0
  let dropped = 0
  const out = css.replace(/@font-face\s*\{[^}]*\}/g, (rule) => {
    const prop = (name: string, fallback: string): string => new RegExp(`(?:^|[;{])\\s*${name}\\s*:\\s*([^;}]+)`).exec(rule)?.[1] ?? fallback
    const face = [squash(prop('font-family', '')), squash(prop('font-weight', '400')), squash(prop('font-style', 'normal'))]
    const key = `${face.join('|')}|${unicodeKey(prop('unicode-range', 'U+0-10FFFF'))}`
    if (!keys.has(key)) {
      dropped++
      return ''
    }
    kept++
    return rule.replace(/,\s*url\(data:font\/woff;[^)]*\)\s*format\(["']?woff["']?\)/g, '')
  })
  return { css: out, kept, dropped }
}

/**
 * A Content-Security-Policy for one file: the inline module script by its hash, fonts and icons as
 * data: URLs, inline styles (Mermaid writes style attributes), and nothing from anywhere else.
 */
export function singleFileCsp(hashes: string[]): string {
  return [
    `default-src 'none'`,
    `script-src ${hashes.join(' ')}`,
    `style-src 'unsafe-inline'`,
    `img-src data:`,
    `font-src data:`,
    `connect-src 'none'`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'none'`,
  ].join('; ')
}

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

/**
 * Ships the app's module script gzip-compressed (4.3 MB of Mermaid, Vue and Slidev become about
 * 1.8 MB as base64): a small inline bootstrap decompresses it with the browser's DecompressionStream
 * and inserts it as an inline module script. Both scripts are allowed by their sha256 hashes, so the
 * CSP needs neither 'unsafe-eval' nor blob:.
 */
export function packModuleScript(html: string): { html: string, hashes: string[] } {
  const module = /<script type="module"[^>]*>([\s\S]*?)<\/script>/.exec(html)
  if (!module)
    throw new Error('the export build has no inline module script: is vite-plugin-singlefile active?')
  const code = module[1]
  const payload = gzipSync(Buffer.from(code, 'utf8'), { level: 9 }).toString('base64')
  const bootstrap = [
    // A plain loop: Uint8Array.from(text, mapFn) goes through the iterator protocol per character,
    // about half a second for this payload on a slow core; the loop takes milliseconds.
    `const bin=atob(document.getElementById('deck-app').textContent.trim());const bytes=new Uint8Array(bin.length);`,
    `for(let i=0;i<bin.length;i++)bytes[i]=bin.charCodeAt(i);`,
    `const code=await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();`,
    `const s=document.createElement('script');s.type='module';s.textContent=code;document.head.append(s);`,
  ].join('')
  const packed = html.replace(module[0], () => `<script type="application/gzip" id="deck-app">${payload}</script>\n<script type="module">${bootstrap}</script>`)
  return { html: packed, hashes: [sha256(bootstrap), sha256(code)] }
}

/** The built index.html made into the mailable deck: fonts pruned, favicon inlined, CSP added. */
export async function makeSingleFile(indexHtml: string, used: UsedFace[]): Promise<{ html: string, kept: number, dropped: number, unpacked: string }> {
  let html = await readFile(indexHtml, 'utf8')
  let kept = 0
  let dropped = 0
  html = html.replace(/(<style[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open: string, css: string, close: string) => {
    const pruned = pruneFontFaces(css, used)
    kept += pruned.kept
    dropped += pruned.dropped
    return `${open}${pruned.css}${close}`
  })
  // The favicon is the one file the build leaves beside index.html.
  const icon = /<link rel="icon" href="\.?\/?([^"]+\.svg)">/.exec(html)
  if (icon) {
    const svg = await readFile(join(dirname(indexHtml), icon[1])).catch(() => undefined)
    html = html.replace(icon[0], svg ? `<link rel="icon" href="data:image/svg+xml;base64,${svg.toString('base64')}">` : '')
  }
  // A remote stylesheet or icon (a deck's web fonts, Slidev's CDN favicon): the file's CSP would
  // block it, and the exporter has already warned about it with the line to change (remote-assets.ts).
  html = html.replace(/<link\b[^>]*\bhref="(?:https?:)?\/\/[^"]*"[^>]*>\s*/gi, '')
  html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/gi, '')
  const unpacked = html
  const packed = packModuleScript(html)
  html = packed.html.replace(/<meta charset="utf-8">/i, m => `${m}\n<meta http-equiv="Content-Security-Policy" content="${singleFileCsp(packed.hashes)}">`)
  return { html, kept, dropped, unpacked }
}

/** What would make the file reach outside itself: a src/href that is not data: or a fragment. */
export function externalReferences(html: string): string[] {
  const withoutScripts = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '<script></script>')
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, m => m.replace(/url\(data:[^)]*\)/g, 'url(data:)'))
  const refs = [...withoutScripts.matchAll(/\b(?:src|href)\s*=\s*"([^"]*)"/g)].map(m => m[1]).filter(v => !/^(?:data:|#|$)/.test(v))
  const urls = [...withoutScripts.matchAll(/url\(\s*['"]?([^'")]+)/g)].map(m => m[1]).filter(v => !/^(?:data:|#)/.test(v))
  return [...refs, ...urls]
}

/** Distinctive lines of the speaker notes found in the text (the build is made --without-notes). */
export function noteLeaks(html: string, deck: ExportDeck): string[] {
  return deck.slides.flatMap(s => s.note.split('\n').map(l => l.replace(/^[-*]\s+/, '').trim()).filter(l => l.length > 40).slice(0, 2))
    .map(l => l.slice(0, 40))
    .filter(snippet => html.includes(snippet))
}

export async function verifySingleFile(path: string, _deck: ExportDeck): Promise<Finding[]> {
  const html = await readFile(path, 'utf8')
  const findings: Finding[] = []
  const outside = externalReferences(html)
  if (outside.length)
    findings.push({ no: 0, message: `the single HTML refers to files outside itself: ${outside.slice(0, 5).join(', ')}` })
  if (!/http-equiv="Content-Security-Policy"/.test(html))
    findings.push({ no: 0, message: 'the single HTML has no Content-Security-Policy' })
  if (!/<script type="application\/gzip" id="deck-app">/.test(html))
    findings.push({ no: 0, message: 'the single HTML lacks its packed app script' })
  return findings
}

/** One self-contained HTML deck: the export build's index.html, which the print view was rendered from. */
export const htmlStep: FormatStep = {
  id: 'html',
  label: 'Single-file HTML deck',
  target: deck => `${deck.name}.html`,
  async run({ deck, view, siteIndex, tmpDir }) {
    const { html, kept, dropped, unpacked } = await makeSingleFile(siteIndex, view.fonts)
    // The app code is compressed in the file: look for notes in its plain form.
    const leaks = noteLeaks(unpacked, deck)
    if (leaks.length)
      throw new Error(`speaker notes are in the single HTML: "${leaks[0]}"`)
    const path = join(tmpDir, `${deck.name}.html`)
    await writeFile(path, html)
    return { path, detail: `${(Buffer.byteLength(html) / 1024 / 1024).toFixed(2)} MB, ${kept} font faces kept, ${dropped} unused dropped` }
  },
  verify: verifySingleFile,
}
