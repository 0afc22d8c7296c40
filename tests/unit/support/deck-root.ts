import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

// Paths, not `new URL(…, import.meta.url)`: under happy-dom the global URL is happy-dom's own,
// which node:url's fileURLToPath rejects.
const here = dirname(fileURLToPath(import.meta.url))

/** The real deck: the repository root. */
export const deckRoot = resolve(here, '../../..')

/** The bad-input deck the checks must reject (not part of the real deck). */
export const badDeckRoot = resolve(here, '../../fixtures/bad-deck')
