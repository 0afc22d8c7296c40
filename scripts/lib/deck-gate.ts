import { execFile } from 'node:child_process'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { CliError } from './cli-error.ts'

/** Raised when the deck's sources fail their checks; the message lists every problem. */
export class DeckProblemsError extends CliError {}

const CHECK_SCRIPT = fileURLToPath(new URL('../check-deck.ts', import.meta.url))

/**
 * Runs scripts/check-deck.ts before a build or an export. It runs in its own process because the
 * Mermaid check installs a fake DOM on globalThis, which must not leak into Vite and Slidev; being
 * asynchronous, it can overlap with the dev server's start-up.
 */
export function assertDeckHealthy(deck: string): Promise<void> {
  // A deck's folder (its slides.md) or its entry file.
  const target = deck.endsWith('.md') ? ['--entry', deck] : [deck]
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', import.meta.resolve('tsx'), CHECK_SCRIPT, ...target], (error, stdout, stderr) => {
      if (error)
        reject(new DeckProblemsError((stderr || stdout || error.message).trim().replace(/^error: /, '')))
      else
        resolve()
    })
  })
}
