/**
 * `npm run check`: the deck's sources checked before anything slow runs (build, export, dev).
 * A broken Mermaid block, a missing `src:` file, a record citing an unknown source or a slide
 * without notes stops here with a message naming the slide or record, instead of becoming a
 * silent blank or a red box in the middle of a briefing.
 *
 * Usage: tsx scripts/check-deck.ts [--entry <path>/slides.md | <deck folder>]
 *   Any Slidev deck on disk: a deck outside this repository is held to Slidev's own rules only
 *   (scripts/lib/deck-profile.ts); this briefing's decks to its house rules too.
 */
import { basename, dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { Window } from 'happy-dom'
import { CliError, runCli } from './lib/cli-error.ts'
import { runDeckChecks } from './lib/deck-checks/index.ts'
import { deckProfile } from './lib/deck-profile.ts'

async function mermaidParser(): Promise<(code: string) => Promise<unknown>> {
  // Mermaid sanitises labels with DOMPurify, which needs a DOM; happy-dom is enough to parse.
  const window = new Window()
  Object.assign(globalThis, { window, document: window.document, DOMParser: window.DOMParser })
  const { default: mermaid } = await import('mermaid')
  return code => mermaid.parse(code)
}

function deckToCheck(): { root: string, entry: string } {
  let parsed
  try {
    parsed = parseArgs({ options: { entry: { type: 'string' } }, allowPositionals: true })
  }
  catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\nUsage: npm run check -- [--entry <path>/slides.md]`)
  }
  const { values, positionals } = parsed
  if (values.entry)
    return { root: dirname(resolve(values.entry)), entry: basename(values.entry) }
  return { root: resolve(positionals[0] ?? '.'), entry: 'slides.md' }
}

async function main(): Promise<void> {
  const { root, entry } = deckToCheck()
  const errors = await runDeckChecks(root, { entry, mermaidParse: await mermaidParser() })
  if (errors.length)
    throw new CliError(`The deck has ${errors.length} problem(s):\n${errors.map(e => `  ✗ ${e}`).join('\n')}`)
  console.log(deckProfile(root).houseRules
    ? 'Deck checks passed: sources, structure, notes, data and diagrams.'
    : 'Deck checks passed: Slidev\'s own rules (parses, frontmatter, components, layouts, icons, diagrams); this briefing\'s house rules are for its own decks.')
}

runCli(main)
