import type { SlideRoute } from '@slidev/types'
import type { DeckState } from './messages'
import { sharedState } from '@slidev/client'
import { splitNote } from '../../scripts/lib/notes/split-notes'

/** The presentation timer as Slidev's presenter view computes it (useTimer), in ms. */
export function elapsedMs(now = Date.now()): { ms: number, running: boolean } {
  const timer = sharedState.timer
  if (!timer || timer.status === 'stopped' || !timer.startedAt)
    return { ms: 0, running: false }
  if (timer.status === 'paused')
    return { ms: timer.pausedAt - timer.startedAt, running: false }
  return { ms: now - timer.startedAt, running: true }
}

function budgetOf(route: SlideRoute | undefined): number | undefined {
  const value = route?.meta?.slide?.frontmatter?.budget as unknown
  return typeof value === 'number' && value > 0 ? value : undefined
}

const titleOf = (route: SlideRoute | undefined): string => route?.meta?.slide?.title?.trim() || (route ? `Slide ${route.no}` : '')

/**
 * What the phone shows, from what the presenter view has in memory: the presenter build's slides
 * carry their notes (the public build's are empty). Only the script and the cue lines are sent,
 * not the handout-only commentary after `[handout]`.
 */
export function deckState(slides: SlideRoute[], no: number, clicks: number, clicksTotal: number): DeckState {
  const route = slides[no - 1]
  const note = route?.meta?.slide?.note ?? ''
  const budgets = slides.map(budgetOf)
  const planned = budgets.some(b => b !== undefined)
  const timer = elapsedMs()
  return {
    t: 'state',
    no,
    total: slides.length,
    clicks,
    clicksTotal,
    title: titleOf(route),
    nextTitle: no < slides.length ? titleOf(slides[no]) : '',
    notes: note ? splitNote(note).presenter : '',
    elapsedMs: timer.ms,
    running: timer.running,
    budgetS: planned ? budgets[no - 1] : undefined,
    plannedStartS: planned ? budgets.slice(0, no - 1).reduce<number>((sum, b) => sum + (b ?? 0), 0) : undefined,
  }
}
