import type { LoadedDeck } from './deck.ts'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parse, parseRangeString } from '@slidev/parser'
import { describeSlide } from './deck.ts'

/** Section files are `pages/NN-name.md`; NN gives their order. */
const SECTION_FILE = /^pages\/(\d{2})-[a-z0-9-]+\.md$/

function sectionNumber(target: string): number | undefined {
  const m = SECTION_FILE.exec(target)
  return m ? Number(m[1]) : undefined
}

/**
 * The entry declares the deck's sections as one `src:` import per `pages/NN-name.md` file:
 * every page is imported exactly once, in numeric order, and nothing else is imported.
 */
export function checkSectionFiles(deck: LoadedDeck, pagesDir = 'pages'): string[] {
  const errors: string[] = []
  let previous: { n: number, src: string } | undefined
  const seen = new Map<string, number>()
  for (const i of deck.imports) {
    const n = sectionNumber(i.target)
    if (n === undefined) {
      errors.push(`${i.file}:${i.line}: src: ${i.src} is not a section file (expected ${pagesDir}/NN-name.md)`)
      continue
    }
    if (previous && n <= previous.n)
      errors.push(`${i.file}:${i.line}: src: ${i.src} comes after ${previous.src}: sections must be imported in numeric order`)
    previous = { n, src: i.src }
    const first = seen.get(i.target)
    if (first !== undefined)
      errors.push(`${i.file}:${i.line}: src: ${i.src} is imported twice (first at line ${first})`)
    else
      seen.set(i.target, i.line)
  }
  const dir = join(deck.root, pagesDir)
  const pages = existsSync(dir) ? readdirSync(dir).filter(f => f.endsWith('.md')).sort() : []
  for (const page of pages) {
    if (!seen.has(`${pagesDir}/${page}`))
      errors.push(`${pagesDir}/${page} is not imported by ${deck.entry}: its slides are not in the deck`)
  }
  return errors
}

/**
 * Every slide carries a `section:` frontmatter value (the footer shows it). The sections follow
 * the order the entry declares: a section lives in one section file (so the files' numeric
 * order fixes the sections' order) and runs unbroken, never resuming after another began.
 * A file may hold more than one section (e.g. the title page's cover and introduction).
 * Returns the section names in deck order alongside the errors.
 */
export function checkSections(deck: LoadedDeck): { sections: string[], errors: string[] } {
  const errors: string[] = []
  const sections: string[] = []
  const fileOf = new Map<string, string>()
  let current: string | undefined
  for (const s of deck.slides) {
    const raw = s.frontmatter.section
    const section = typeof raw === 'string' ? raw.trim() : ''
    if (!section) {
      errors.push(`${describeSlide(s)} has no \`section:\` in its frontmatter`)
      continue
    }
    if (section === current)
      continue
    const owner = fileOf.get(section)
    if (owner !== undefined && owner !== s.file)
      errors.push(`${describeSlide(s)}: section “${section}” is already used in ${owner}; a section belongs to one section file`)
    else if (sections.includes(section))
      errors.push(`${describeSlide(s)}: section “${section}” resumes after section “${current}”; a section's slides must be consecutive`)
    else
      sections.push(section)
    fileOf.set(section, owner ?? s.file)
    current = section
  }
  // Slides written directly in the entry (not through src:) sit outside every section file.
  for (const s of deck.slides.filter(s => !s.importedVia))
    errors.push(`${describeSlide(s)} is written in ${deck.entry} itself, outside every section file`)
  return { sections, errors }
}

/** Where a `src:` path points, by the parser's rule: a leading "/" means the deck root. */
function resolveSrc(root: string, importer: string, path: string): string {
  return path.startsWith('/') ? resolve(root, path.slice(1)) : resolve(importer, '..', path)
}

async function countSlides(root: string, file: string, range: string | undefined, chain: string[]): Promise<number> {
  if (chain.includes(file) || !existsSync(file))
    return 0
  const md = await parse(readFileSync(file, 'utf8'), file)
  let total = 0
  for (const index of parseRangeString(md.slides.length, range)) {
    const fm: Record<string, unknown> = md.slides[index - 1].frontmatter
    if (fm.disabled || fm.hide)
      continue
    if (typeof fm.src === 'string') {
      const [path, sub] = fm.src.split('#')
      total += await countSlides(root, resolveSrc(root, file, path), sub, [...chain, file])
    }
    else {
      total += 1
    }
  }
  return total
}

/**
 * How many slides the deck's files declare, independently of the entry's `src:` list: every
 * slide of every section file in `pagesDir` (hidden or disabled ones left out), plus any slide
 * written in the entry itself. Fewer slides in the loaded deck means some went missing on the
 * way (a page not imported, a `src:` that does not resolve, a `#range` that drops slides).
 */
export async function countDeclaredSlides(root: string, entry = 'slides.md', pagesDir = 'pages'): Promise<number> {
  const absRoot = resolve(root)
  const entryPath = resolve(absRoot, entry)
  const own = (await parse(readFileSync(entryPath, 'utf8'), entryPath)).slides.filter(s => !s.frontmatter.src && !s.frontmatter.disabled && !s.frontmatter.hide).length
  const dir = join(absRoot, pagesDir)
  const pages = existsSync(dir) ? readdirSync(dir).filter(f => f.endsWith('.md')).sort() : []
  let total = own
  for (const page of pages)
    total += await countSlides(absRoot, join(dir, page), undefined, [entryPath])
  return total
}
