import { resolve } from 'node:path'
/**
 * `npm run check`: the deck's sources checked before anything slow runs (build, export, dev).
 * A broken Mermaid block, a missing `src:` file, a record citing an unknown source or a slide
 * without notes stops here with a message naming the slide or record, instead of becoming a
 * silent blank or a red box in the middle of a briefing.
 */
import process from 'node:process'
import { Window } from 'happy-dom'
import { runDeckChecks } from './lib/deck-checks/index.ts'

async function mermaidParser(): Promise<(code: string) => Promise<unknown>> {
  // Mermaid sanitises labels with DOMPurify, which needs a DOM; happy-dom is enough to parse.
  const window = new Window()
  Object.assign(globalThis, { window, document: window.document, DOMParser: window.DOMParser })
  const { default: mermaid } = await import('mermaid')
  return code => mermaid.parse(code)
}

const root = resolve(process.argv[2] ?? '.')
const errors = await runDeckChecks(root, { mermaidParse: await mermaidParser() })
if (errors.length) {
  console.error(`The deck has ${errors.length} problem(s):`)
  for (const e of errors)
    console.error(`  ✗ ${e}`)
  process.exit(1)
}
console.log('Deck checks passed: sources, structure, notes, data and diagrams.')
