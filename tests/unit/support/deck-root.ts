import { fileURLToPath } from 'node:url'

/** The real deck: the repository root. */
export const deckRoot = fileURLToPath(new URL('../../../', import.meta.url)).replace(/\/$/, '')

/** The bad-input deck the checks must reject (not part of the real deck). */
export const badDeckRoot = fileURLToPath(new URL('../../fixtures/bad-deck', import.meta.url))
