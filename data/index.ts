export * from './types'
export { sources } from './sources'
export { rounds } from './rounds'
export { proposals } from './proposals'
export { players, sideClass, sides } from './players'
export { timeline } from './timeline'
export { enrichmentLevels, stockpile, benchmarks, jcpoaLimits } from './enrichment'
export { economy, frozenAssets } from './economy'
export { quotes } from './quotes'
export { positions, openQuestions } from './outlook'
export * from './format'
export * from './citations'

import type { Sourced } from './types'
import { economy, frozenAssets } from './economy'
import { benchmarks, enrichmentLevels, jcpoaLimits, stockpile } from './enrichment'
import { openQuestions, positions } from './outlook'
import { players } from './players'
import { proposals } from './proposals'
import { quotes } from './quotes'
import { rounds } from './rounds'
import { timeline } from './timeline'

/** Every sourced record in the deck, by collection: handy for integrity checks. */
export const allRecords: Record<string, (Sourced & { id: string })[]> = {
  rounds,
  proposals,
  players,
  timeline,
  enrichmentLevels,
  stockpile,
  benchmarks,
  jcpoaLimits,
  economy,
  frozenAssets,
  quotes,
  positions,
  openQuestions,
}
