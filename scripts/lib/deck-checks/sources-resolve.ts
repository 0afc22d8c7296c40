import type { LoadedDeck } from './deck.ts'
import { existsSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { loadDeck } from './deck.ts'

/**
 * Every `src:` import resolves. Slidev's parser does not fail on a missing file: it records
 * "Imported markdown file not found" and silently leaves those slides out, so a typo in a
 * page name would ship a deck with a whole section missing. This turns each recorded problem
 * into a message naming the importing file, line and `src:` value.
 */
export function sourceProblems(deck: LoadedDeck): string[] {
  const errors = deck.problems.map((p) => {
    const importer = deck.imports.find(i => i.file === p.file && i.line === p.line)
    if (importer && p.message.startsWith('Imported markdown file not found'))
      return `${p.file}:${p.line}: src: ${importer.src} does not resolve: ${importer.target} does not exist, so its slides are missing from the deck`
    const what = importer ? `src: ${importer.src}: ` : ''
    return `${p.file}:${p.line}: ${what}${p.message}`
  })
  // The parser only checks that the target exists; a directory would fail later in the build.
  for (const i of deck.imports) {
    const target = resolve(deck.root, i.target)
    if (existsSync(target) && !/\.md$/i.test(target))
      errors.push(`${i.file}:${i.line}: src: ${i.src} is not a Markdown file`)
  }
  return errors
}

/** Loads the deck at `slidesPath` and reports every `src:` import that does not resolve. */
export async function checkSourcesResolve(slidesPath: string): Promise<string[]> {
  const deck = await loadDeck(dirname(slidesPath), basename(slidesPath))
  return sourceProblems(deck)
}
