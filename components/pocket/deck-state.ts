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

/** What the presenter build's slide routes carry (Slidev types `meta.slide` loosely). */
interface SlideInfo {
  title?: string
  /** The raw note: in the dev server; a build keeps only `noteHTML`. */
  note?: string
  noteHTML?: string
  frontmatter?: Record<string, unknown>
}

function infoOf(route: SlideRoute | undefined): SlideInfo | undefined {
  return route?.meta?.slide as SlideInfo | undefined
}

function budgetOf(route: SlideRoute | undefined): number | undefined {
  const value = infoOf(route)?.frontmatter?.budget
  return typeof value === 'number' && value > 0 ? value : undefined
}

/** The rendered note back to one line per paragraph or list item, so `[cue]`/`[handout]` lines split as in the source. */
function htmlToLines(html: string): string {
  const root = new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').body.firstElementChild!
  const lines: string[] = []
  const walk = (el: Element): void => {
    for (const child of el.children) {
      if (['UL', 'OL', 'BLOCKQUOTE', 'DIV', 'SECTION'].includes(child.tagName))
        walk(child)
      else
        lines.push(...(child.textContent ?? '').split('\n').map((line, i) => `${child.tagName === 'LI' && !i ? '- ' : ''}${line.replace(/\s+/g, ' ').trim()}`))
    }
  }
  walk(root)
  return lines.join('\n')
}

const titleOf = (route: SlideRoute | undefined): string => infoOf(route)?.title?.trim() || (route ? `Slide ${route.no}` : '')

/**
 * What the phone shows, from what the presenter view has in memory: the presenter build's slides
 * carry their notes (the public build's are empty). Only the script and the cue lines are sent,
 * not the handout-only commentary after `[handout]`.
 */
export function deckState(slides: SlideRoute[], no: number, clicks: number, clicksTotal: number): DeckState {
  const route = slides[no - 1]
  const info = infoOf(route)
  const note = info?.note || (info?.noteHTML ? htmlToLines(info.noteHTML) : '')
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
