import type { LoadedDeck } from './deck.ts'
import { relative } from 'node:path'

/**
 * Frontmatter that is not valid YAML, named by file and line. Slidev's parser keeps the broken
 * document and carries on: `layout: {default` becomes an object and only surfaces as
 * `Unknown layout "[object Object]"` at run time, naming no file.
 */
export function checkFrontmatter(deck: LoadedDeck): string[] {
  const errors: string[] = []
  for (const md of Object.values(deck.data.markdownFiles)) {
    const file = relative(deck.root, md.filepath).split('\\').join('/')
    for (const slide of md.slides) {
      const doc = slide.frontmatterDoc
      if (!doc)
        continue
      for (const e of [...doc.errors, ...doc.warnings]) {
        // `start` is the slide's first line (its `---`); YAML lines count from the line after it.
        // An unclosed bracket or quote is found at the end of the document: point at its last line.
        const yamlLines = (slide.frontmatterRaw ?? '').replace(/\n$/, '').split('\n').length
        const line = slide.start + 1 + Math.min(e.linePos?.[0]?.line ?? 1, yamlLines)
        errors.push(`${file}:${line}: frontmatter is not valid YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`)
      }
    }
  }
  return errors
}
