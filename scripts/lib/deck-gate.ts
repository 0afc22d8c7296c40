import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** Raised when the deck's sources fail their checks; the message lists every problem. */
export class DeckProblemsError extends Error {}

const CHECK_SCRIPT = fileURLToPath(new URL('../check-deck.ts', import.meta.url))

/**
 * Runs scripts/check-deck.ts before a build or an export. It runs in its own process because the
 * Mermaid check installs a fake DOM on globalThis, which must not leak into Vite and Slidev.
 */
export function assertDeckHealthy(root: string): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', CHECK_SCRIPT, root], { encoding: 'utf8' })
  if (result.status !== 0)
    throw new DeckProblemsError((result.stderr || result.stdout || `deck checks exited with ${result.status}`).trim())
}
