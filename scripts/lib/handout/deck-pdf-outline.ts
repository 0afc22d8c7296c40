import type { PDFDict, PDFRef } from 'pdf-lib'
import type { DeckSlide } from '../deck-checks/deck.ts'
import { readFile, writeFile } from 'node:fs/promises'
import { PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber } from 'pdf-lib'
import { loadDeck } from '../deck-checks/deck.ts'

/** One bookmark: a title, the 0-based page it opens, and its children. */
export interface OutlineItem {
  title: string
  page: number
  children: OutlineItem[]
}

/**
 * The deck PDF's outline, nested by part: a slide with `part` frontmatter (the part's divider)
 * holds the slides up to the next part; the first `appendix: true` slide holds the other
 * appendix slides. Slides before the first part stay at the top. Every bookmark keeps its
 * slide's own title, so the flattened outline still reads slide by slide.
 * One page per slide: slide n is page n − 1.
 */
export function deckOutline(slides: readonly Pick<DeckSlide, 'no' | 'title' | 'frontmatter'>[]): OutlineItem[] {
  const top: OutlineItem[] = []
  let group: OutlineItem | undefined
  let appendix: OutlineItem | undefined
  for (const slide of slides) {
    const fm = slide.frontmatter
    const title = slide.title || `Slide ${slide.no}`
    const item: OutlineItem = { title, page: slide.no - 1, children: [] }
    if (fm.appendix === true) {
      if (appendix) {
        appendix.children.push(item)
      }
      else {
        appendix = item
        top.push(item)
      }
      continue
    }
    if (typeof fm.part === 'string' && fm.part.trim()) {
      group = item
      top.push(item)
      continue
    }
    // Like Slidev's own outline, a slide without a title gets no bookmark.
    if (slide.title)
      (group ? group.children : top).push(item)
  }
  return top
}

function countAll(items: readonly OutlineItem[]): number {
  return items.reduce((n, i) => n + 1 + countAll(i.children), 0)
}

/** Writes `items` as the document's outline, replacing any outline it had. */
export function setOutline(pdf: PDFDocument, items: readonly OutlineItem[]): void {
  const pages = pdf.getPages()
  const context = pdf.context
  const add = (list: readonly OutlineItem[], parent: PDFRef): PDFRef[] => {
    const refs = list.map(() => context.nextRef())
    list.forEach((item, i) => {
      const page = pages[Math.min(item.page, pages.length - 1)]
      const dict: Record<string, unknown> = {
        Title: PDFHexString.fromText(item.title),
        Parent: parent,
        Dest: context.obj([page.ref, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]),
      }
      if (i > 0)
        dict.Prev = refs[i - 1]
      if (i < refs.length - 1)
        dict.Next = refs[i + 1]
      if (item.children.length) {
        const kids = add(item.children, refs[i])
        dict.First = kids[0]
        dict.Last = kids[kids.length - 1]
        dict.Count = PDFNumber.of(countAll(item.children))
      }
      context.assign(refs[i], context.obj(dict as unknown as Record<string, never>))
    })
    return refs
  }
  const root = context.nextRef()
  const refs = add(items, root)
  context.assign(root, context.obj({
    Type: 'Outlines',
    ...(refs.length ? { First: refs[0], Last: refs[refs.length - 1] } : {}),
    Count: countAll(items),
  } as unknown as Record<string, never>))
  pdf.catalog.set(PDFName.of('Outlines'), root)
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

/** Reads a PDF's outline back (for tests and checks). */
export function readOutline(pdf: PDFDocument): OutlineItem[] {
  const pages = pdf.getPages().map(p => p.ref.toString())
  const walk = (first: unknown): OutlineItem[] => {
    const items: OutlineItem[] = []
    let ref = first
    while (ref) {
      const dict = pdf.context.lookup(ref as PDFRef) as PDFDict
      const title = (dict.lookup(PDFName.of('Title')) as PDFHexString).decodeText()
      const dest = dict.lookup(PDFName.of('Dest')) as { get?: (i: number) => unknown } | undefined
      const target = dest?.get?.(0)?.toString() ?? ''
      items.push({ title, page: pages.indexOf(target), children: walk(dict.get(PDFName.of('First'))) })
      ref = dict.get(PDFName.of('Next'))
    }
    return items
  }
  const outlines = pdf.catalog.lookup(PDFName.of('Outlines')) as PDFDict | undefined
  return outlines ? walk(outlines.get(PDFName.of('First'))) : []
}

/** Replaces the deck PDF's flat outline with one nested by part. */
export async function nestDeckPdfOutline(file: string, root: string, entry = 'slides.md'): Promise<OutlineItem[]> {
  const deck = await loadDeck(root, entry)
  const pdf = await PDFDocument.load(await readFile(file))
  if (pdf.getPageCount() !== deck.slides.length)
    throw new Error(`${file} has ${pdf.getPageCount()} pages for ${deck.slides.length} slides: cannot map the outline onto it`)
  const outline = deckOutline(deck.slides)
  setOutline(pdf, outline)
  await writeFile(file, await pdf.save())
  return outline
}
