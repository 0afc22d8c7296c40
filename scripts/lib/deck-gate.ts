import { execFile } from 'node:child_process'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

/** Raised when the deck's sources fail their checks; the message lists every problem. */
export class DeckProblemsError extends Error {}

const CHECK_SCRIPT = fileURLToPath(new URL('../check-deck.ts', import.meta.url))

/**
 * Runs scripts/check-deck.ts before a build or an export. It runs in its own process because the
 * Mermaid check installs a fake DOM on globalThis, which must not leak into Vite and Slidev; being
 * asynchronous, it can overlap with the dev server's start-up.
 */
export function assertDeckHealthy(root: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', CHECK_SCRIPT, root], (error, stdout, stderr) => {
      if (error)
        reject(new DeckProblemsError((stderr || stdout || error.message).trim()))
      else
        resolve()
    })
  })
}
