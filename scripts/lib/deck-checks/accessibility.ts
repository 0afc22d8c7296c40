import type { DeckDataSet } from './data.ts'
import type { DeckSlide } from './deck.ts'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { contrastRatio, MIN_TEXT_CONTRAST } from './contrast.ts'
import { recordLocation } from './data.ts'
import { describeSlide } from './deck.ts'
import { mermaidBlocks } from './mermaid.ts'

/**
 * The deck's accessibility rules that can be read from its sources, in the spirit of PowerPoint's
 * accessibility checker (the browser tests add axe on every rendered slide): every slide has its
 * own title, headings never skip a level, text colours reach WCAG AA on their backgrounds (the
 * palette, its Mermaid node classes and any colours a diagram sets), link text says where it
 * goes, text in another script carries `lang`, and every Mermaid diagram is named and described.
 * Each message names the slide (or palette/data record) by file:line.
 */

/** A line of a slide's own text (frontmatter, notes and HTML comments left out), with its file line. */
interface BodyLine { text: string, line: number, fenced: boolean }

function bodyLines(slide: DeckSlide): BodyLine[] {
  const lines = slide.raw.split(/\r?\n/)
  const out: BodyLine[] = []
  let i = 0
  // Frontmatter: the slide's raw text starts with its --- block when it has one.
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, j) => j > 0 && l.trim() === '---')
    i = end < 0 ? lines.length : end + 1
  }
  let comment = false
  let fence: string | undefined
  for (; i < lines.length; i++) {
    let text = lines[i]
    if (fence) {
      const close = /^\s*(`{3,}|~{3,})\s*$/.exec(text)
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length)
        fence = undefined
      else
        out.push({ text, line: slide.line + i, fenced: true })
      continue
    }
    if (comment) {
      const end = text.indexOf('-->')
      if (end < 0)
        continue
      comment = false
      text = text.slice(end + 3)
    }
    text = text.replace(/<!--[\s\S]*?-->/g, '')
    const open = text.indexOf('<!--')
    if (open >= 0) {
      comment = true
      text = text.slice(0, open)
    }
    const opening = /^\s*(`{3,}|~{3,})/.exec(text)
    if (opening) {
      fence = opening[1]
      continue
    }
    out.push({ text, line: slide.line + i, fenced: false })
  }
  return out
}

/** Text a reader hears, without inline code (which may show markup as an example). */
const withoutCode = (text: string): string => text.replace(/`[^`]*`/g, '')

/** Every slide has a title, and no two slides share one (a screen reader's slide list, the PDF outline). */
export function checkSlideTitles(slides: readonly DeckSlide[]): string[] {
  const errors: string[] = []
  const first = new Map<string, DeckSlide>()
  for (const slide of slides) {
    if (!slide.title) {
      errors.push(`${describeSlide(slide)}: the slide has no title (a first heading or frontmatter \`title:\`); a screen reader announces it as “Slide ${slide.no}” only`)
      continue
    }
    const key = slide.title.toLowerCase()
    const earlier = first.get(key)
    if (earlier)
      errors.push(`${describeSlide(slide)}: the title is the same as slide ${earlier.no}'s (${earlier.file}:${earlier.line}); give each slide its own title (number repeated appendix slides, e.g. “Sources 13–24 of 156”)`)
    else
      first.set(key, slide)
  }
  return errors
}

/** Headings go down one level at a time: no h3 before an h2 on a slide (the title counts as h1). */
export function checkHeadingOrder(slides: readonly DeckSlide[]): string[] {
  const errors: string[] = []
  for (const slide of slides) {
    let previous = 1
    for (const { text, line, fenced } of bodyLines(slide)) {
      if (fenced)
        continue
      const levels = [
        ...(/^\s{0,3}(#{1,6})\s/.test(text) ? [/^\s{0,3}(#{1,6})\s/.exec(text)![1].length] : []),
        ...[...withoutCode(text).matchAll(/<h([1-6])\b/gi)].map(m => Number(m[1])),
      ]
      for (const level of levels) {
        if (level > previous + 1)
          errors.push(`${describeSlide(slide)}: heading level ${level} at ${slide.file}:${line} follows level ${previous}; headings must not skip a level (use h${previous + 1}, or style the text without a heading)`)
        previous = level
      }
    }
  }
  return errors
}

/** Link texts that say nothing about where the link goes. */
const VAGUE_LINK_TEXT = /^(?:click here|here|this|this link|link|more|read more|learn more|click|go|see here)$/i
const URL_TEXT = /^(?:https?:\/\/|www\.)\S+$/i

/** Link text tells where it goes: never “here”, “click here” or a bare address on a slide. */
export function checkLinkText(slides: readonly DeckSlide[]): string[] {
  const errors: string[] = []
  for (const slide of slides) {
    for (const { text, line, fenced } of bodyLines(slide)) {
      if (fenced)
        continue
      const plain = withoutCode(text)
      const links: string[] = []
      // Markdown links [text](url), not images ![alt](src).
      for (const m of plain.matchAll(/(^|[^!\\])\[([^\]]*)\]\([^)]*\)/g))
        links.push(m[2])
      for (const m of plain.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/gi))
        links.push(m[1].replace(/<[^>]+>/g, ''))
      // Autolinks <https://…> and bare addresses, which Slidev's Markdown (linkify) turns into links.
      const rest = plain.replace(/(^|[^!\\])\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<a\b[^>]*>[\s\S]*?<\/a>/gi, '').replace(/<[a-z][^>]*>/gi, '')
      for (const m of rest.matchAll(/<(https?:\/\/[^>\s]+)>|(?:^|[\s(])((?:https?:\/\/|www\.)[^\s)<]+)/g))
        links.push((m[1] ?? m[2]).replace(/[.,;:!?]+$/, ''))
      for (const raw of links) {
        const label = raw.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim()
        if (!label)
          errors.push(`${describeSlide(slide)}: a link at ${slide.file}:${line} has no text`)
        else if (VAGUE_LINK_TEXT.test(label.replace(/[.!:]+$/, '')))
          errors.push(`${describeSlide(slide)}: the link text “${label}” at ${slide.file}:${line} does not say where it goes; name the destination`)
        else if (URL_TEXT.test(label))
          errors.push(`${describeSlide(slide)}: the link text at ${slide.file}:${line} is a bare address (${label}); a screen reader spells it out: name the destination instead`)
      }
    }
  }
  return errors
}

/** Letters of scripts other than Latin (Persian, Arabic, Hebrew, Cyrillic, Greek, CJK…). */
const OTHER_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Devanagari}\p{Script=Armenian}\p{Script=Georgian}]/u
const LANG_ATTRIBUTE = /\blang\s*=\s*["']([^"']+)["']/
const LANG_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/

/**
 * Text in another script on a slide carries `lang` on its element (`<span lang="fa">…</span>`),
 * so a screen reader switches voice instead of spelling it out; every `lang` is a valid tag.
 */
export function checkForeignText(slides: readonly DeckSlide[]): string[] {
  const errors: string[] = []
  for (const slide of slides) {
    for (const { text, line, fenced } of bodyLines(slide)) {
      if (fenced)
        continue
      const lang = LANG_ATTRIBUTE.exec(text)
      if (lang && !LANG_TAG.test(lang[1]))
        errors.push(`${describeSlide(slide)}: lang="${lang[1]}" at ${slide.file}:${line} is not a language tag (e.g. fa, ar, fr)`)
      if (OTHER_SCRIPT.test(withoutCode(text)) && !lang)
        errors.push(`${describeSlide(slide)}: text in another script at ${slide.file}:${line} has no lang; wrap it as <span lang="fa">…</span> (or the right language)`)
    }
  }
  return errors
}

/**
 * Quotations (data/quotes.ts) in a language other than English carry `lang`, which QuoteBlock puts
 * on the blockquote; a quote in another script without it is an error at the record's file:line.
 */
export function checkQuoteLanguages(data: DeckDataSet): string[] {
  const errors: string[] = []
  for (const quote of data.collections.quotes ?? []) {
    const where = recordLocation(data, quote.id) ?? `quote “${quote.id}”`
    const lang = quote.lang
    if (lang !== undefined && (typeof lang !== 'string' || !LANG_TAG.test(lang)))
      errors.push(`${where}: quote “${quote.id}” has lang “${String(lang)}”, which is not a language tag (e.g. fa, ar, fr)`)
    if (lang === undefined && typeof quote.text === 'string' && OTHER_SCRIPT.test(quote.text))
      errors.push(`${where}: quote “${quote.id}” is not in English (another script): add lang: '<tag>' so QuoteBlock marks it for screen readers`)
  }
  return errors
}

/** `accDescr: one line` or `accDescr { several lines }`, as Mermaid 11 reads them. */
export function accessibilityText(code: string, key: 'accTitle' | 'accDescr'): string | undefined {
  const block = new RegExp(`^\\s*${key}\\s*\\{([\\s\\S]*?)\\}`, 'm').exec(code)
  if (block)
    return block[1].replace(/\s+/g, ' ').trim()
  const line = new RegExp(`^\\s*${key}\\s*:(.*)$`, 'm').exec(code)
  return line ? line[1].trim() : undefined
}

/**
 * Every Mermaid diagram is named (`accTitle:`) and described (`accDescr:`, at least one sentence):
 * Mermaid writes them into the SVG as <title>/<desc> with aria-labelledby/-describedby, and the
 * handout and the PPTX print the description as the diagram's text version.
 */
export function checkMermaidDescriptions(slides: readonly DeckSlide[]): string[] {
  const errors: string[] = []
  for (const slide of slides) {
    for (const block of mermaidBlocks(slide)) {
      const at = `${slide.file}:${block.line}`
      const title = accessibilityText(block.code, 'accTitle')
      const description = accessibilityText(block.code, 'accDescr')
      if (!title)
        errors.push(`${describeSlide(slide)}: the Mermaid diagram at ${at} has no accTitle: (its name for screen readers)`)
      if (!description)
        errors.push(`${describeSlide(slide)}: the Mermaid diagram at ${at} has no accDescr: say in a sentence or more what it shows (read by screen readers, printed in the handout and the PPTX)`)
      else if (description.split(/\s+/).length < 4 || !/[.!?…]["”’)]?$/.test(description))
        errors.push(`${describeSlide(slide)}: the Mermaid diagram at ${at} has too short a description (“${description}”): write at least one full sentence`)
    }
  }
  return errors
}

/** `fill:#fff,color:#333` → { fill, color }. */
function styleColours(style: string): { fill?: string, color?: string } {
  const get = (name: string): string | undefined => new RegExp(`(?:^|[,;\\s])${name}\\s*:\\s*(#[0-9a-fA-F]{3,6})\\b`).exec(style)?.[1]
  return { fill: get('fill'), color: get('color') }
}

/**
 * Colours a diagram sets itself (`classDef x fill:…,color:…`, `style A fill:…`): the label colour
 * (or the deck's ink) against the fill, at the line that sets them.
 */
export function checkMermaidColours(slides: readonly DeckSlide[], ink: string): string[] {
  const errors: string[] = []
  for (const slide of slides) {
    for (const block of mermaidBlocks(slide)) {
      block.code.split('\n').forEach((text, i) => {
        const m = /^\s*(classDef|style)\s+(\S+)\s(.*)$/.exec(text)
        if (!m)
          return
        const { fill, color } = styleColours(m[3])
        if (!fill)
          return
        const ratio = contrastRatio(color ?? ink, fill)
        if (ratio !== undefined && ratio < MIN_TEXT_CONTRAST)
          errors.push(`${describeSlide(slide)}: ${m[1]} ${m[2]} at ${slide.file}:${block.line + 1 + i} puts text ${color ?? ink} on ${fill}: contrast ${ratio.toFixed(2)}:1 < ${MIN_TEXT_CONTRAST}:1`)
      })
    }
  }
  return errors
}

/** One text colour on one background, and where the text colour is defined. */
export interface ColourPair { text: string, background: string, what: string }

type Colours = Record<string, unknown>
const isHex = (v: unknown): v is string => typeof v === 'string' && /^#[0-9a-f]{3,6}$/i.test(v)

/**
 * The pairs the deck draws, from its palette module (styles/palette.ts): the palette's text
 * colours on its surfaces, each side colour on white, the panel and its own tint, the ink on every
 * tint, the Mermaid node classes (fill against label colour, from `mermaidClassCss()`), and any
 * other exported colour set (a map's or a chart's): its text-like keys (text, label, ink, side)
 * against its fill-like keys (fill, bg, background, tint, land, sea, water) and the page.
 */
export function paletteColourPairs(module: Record<string, unknown>): ColourPair[] {
  const palette = (module.palette ?? {}) as Colours
  const ink = isHex(palette.ink) ? palette.ink : '#000000'
  const pairs: ColourPair[] = []
  const surfaces = ['bg', 'panel', 'clusterBg', 'noteBg', 'stripe'].filter(k => isHex(palette[k]))
  for (const text of ['ink', 'muted', 'accent', 'warn'].filter(k => isHex(palette[k]))) {
    for (const surface of surfaces)
      pairs.push({ text: palette[text] as string, background: palette[surface] as string, what: `palette.${text} on palette.${surface}` })
  }
  const sides = (module.sideColours ?? {}) as Record<string, Colours>
  for (const [key, { side, tint }] of Object.entries(sides)) {
    if (isHex(side)) {
      for (const surface of ['bg', 'panel'].filter(k => isHex(palette[k])))
        pairs.push({ text: side, background: palette[surface] as string, what: `sideColours.${key}.side on palette.${surface}` })
      if (isHex(tint))
        pairs.push({ text: side, background: tint, what: `sideColours.${key}.side on its tint` })
    }
    if (isHex(tint))
      pairs.push({ text: ink, background: tint, what: `palette.ink on sideColours.${key}.tint` })
  }
  if (typeof module.mermaidClassCss === 'function')
    pairs.push(...mermaidClassPairs(String((module.mermaidClassCss as () => string)()), ink))
  const TEXT_KEY = /text|label|ink|^side$/i
  const FILL_KEY = /fill|^bg$|background|tint|land|sea|water|surface/i
  const visit = (name: string, value: unknown, depth: number): void => {
    if (!value || typeof value !== 'object' || depth > 3)
      return
    const entries = Object.entries(value as Colours)
    const texts = entries.filter(([k, v]) => isHex(v) && TEXT_KEY.test(k))
    const fills = entries.filter(([k, v]) => isHex(v) && FILL_KEY.test(k))
    for (const [tk, tv] of texts) {
      if (isHex(palette.bg))
        pairs.push({ text: tv as string, background: palette.bg, what: `${name}.${tk} on palette.bg` })
      for (const [fk, fv] of fills)
        pairs.push({ text: tv as string, background: fv as string, what: `${name}.${tk} on ${name}.${fk}` })
    }
    for (const [k, v] of entries)
      visit(`${name}.${k}`, v, depth + 1)
  }
  for (const [name, value] of Object.entries(module)) {
    if (name !== 'palette' && name !== 'sideColours')
      visit(name, value, 0)
  }
  return pairs
}

/** Node classes in Mermaid theme CSS: each class's shape fill against its label colour (ink when unset). */
export function mermaidClassPairs(css: string, ink: string): ColourPair[] {
  const fills = new Map<string, string>()
  const colours = new Map<string, string>()
  for (const m of css.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    const classes = [...m[1].matchAll(/\.node\.([\w-]+)/g)].map(c => c[1])
    const fill = /(?:^|;)\s*fill\s*:\s*(#[0-9a-f]{3,6})/i.exec(m[2])?.[1]
    const color = /(?:^|;)\s*color\s*:\s*(#[0-9a-f]{3,6})/i.exec(m[2])?.[1]
    for (const c of new Set(classes)) {
      if (fill && !fills.has(c))
        fills.set(c, fill)
      if (color && !colours.has(c))
        colours.set(c, color)
    }
  }
  return [...fills].map(([c, fill]) => ({ text: colours.get(c) ?? ink, background: fill, what: `Mermaid class “${c}” (label on fill)` }))
}

/** Pairs under WCAG AA, each at the line of the palette file that defines its text colour (or its class). */
export function checkPaletteContrast(pairs: readonly ColourPair[], file: { path: string, text: string }): string[] {
  const lines = file.text.split('\n')
  const lineOf = (pair: ColourPair): number => {
    const cls = /class “([\w-]+)”/.exec(pair.what)?.[1]
    const needles = [cls ? `${cls}:` : '', cls ? `.${cls}` : '', pair.text, pair.background].filter(Boolean)
    for (const needle of needles) {
      const i = lines.findIndex(l => l.toLowerCase().includes(needle.toLowerCase()))
      if (i >= 0)
        return i + 1
    }
    return 1
  }
  const errors: string[] = []
  for (const pair of pairs) {
    const ratio = contrastRatio(pair.text, pair.background)
    if (ratio !== undefined && ratio < MIN_TEXT_CONTRAST)
      errors.push(`${file.path}:${lineOf(pair)}: ${pair.what}: ${pair.text} on ${pair.background} has contrast ${ratio.toFixed(2)}:1 < ${MIN_TEXT_CONTRAST}:1`)
  }
  return errors
}

/** The deck's palette module (styles/palette.ts under the deck root), when it has one. */
export async function loadPaletteModule(root: string): Promise<{ module: Record<string, unknown>, file: { path: string, text: string } } | undefined> {
  const path = 'styles/palette.ts'
  const full = join(root, path)
  if (!existsSync(full))
    return undefined
  const module = await import(pathToFileURL(full).href) as Record<string, unknown>
  return { module, file: { path, text: readFileSync(full, 'utf8') } }
}

/** Every accessibility rule above, for `npm run check` and the export's gate. */
export async function checkAccessibility(root: string, slides: readonly DeckSlide[], data?: DeckDataSet): Promise<string[]> {
  const palette = await loadPaletteModule(root)
  const ink = (palette?.module.palette as Colours | undefined)?.ink
  return [
    ...checkSlideTitles(slides),
    ...checkHeadingOrder(slides),
    ...checkLinkText(slides),
    ...checkForeignText(slides),
    ...checkMermaidDescriptions(slides),
    ...checkMermaidColours(slides, isHex(ink) ? ink : '#000000'),
    ...(palette ? checkPaletteContrast(paletteColourPairs(palette.module), palette.file) : []),
    ...(data ? checkQuoteLanguages(data) : []),
  ]
}
