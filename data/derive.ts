import type { Player, Role, Round, Track } from './types'
import { economy, frozenAssets } from './economy'
import { stockpile } from './enrichment'
import { formatDate } from './format'
import { compareIsoDates } from './iso-date'
import { openQuestions, positions } from './outlook'
import { proposals } from './proposals'
import { quotes } from './quotes'
import { rounds } from './rounds'
import { sources } from './sources'
import { timeline } from './timeline'
import { tracks } from './tracks'

/**
 * Everything a slide says about counts, ranges and "as of" comes from here, computed from the
 * records, so adding a round or an event updates every heading that mentions it.
 */

export function getTrack(id: string): Track {
  const track = tracks.find(t => t.id === id)
  if (!track)
    throw new Error(`Unknown track "${id}": it is not in data/tracks.ts`)
  return track
}

/** A track's rounds in date order (cancelled and postponed ones included). */
export function roundsOf(trackId: string, all: readonly Round[] = rounds): Round[] {
  getTrack(trackId)
  return all.filter(r => r.track === trackId).sort((a, b) => compareIsoDates(a.date, b.date))
}

/** 1-based place of a round in its track: "round 3" is derived, never typed. */
export function roundNumber(round: Round, all: readonly Round[] = rounds): number {
  return roundsOf(round.track, all).findIndex(r => r.id === round.id) + 1
}

export function heldRounds(trackId: string, all: readonly Round[] = rounds): Round[] {
  return roundsOf(trackId, all).filter(r => r.status === 'held')
}

/** "12 Apr – 23 May 2025", or with different years "6 Feb 2026 – 1 Jul 2026". */
export function dateRange(first: string, last: string): string {
  if (first === last)
    return formatDate(first)
  const sameYear = first.slice(0, 4) === last.slice(0, 4)
  return `${formatDate(first, { noYear: sameYear })} – ${formatDate(last)}`
}

/** "11–12 Apr" within a month, "30 Jun – 1 Jul" across months; no year (the context gives it). */
export function dateSpan(first: string, last: string): string {
  if (first.slice(0, 7) === last.slice(0, 7))
    return `${Number(first.slice(8))}–${formatDate(last, { noYear: true })}`
  return `${formatDate(first, { noYear: true })} – ${formatDate(last, { noYear: true })}`
}

/** The span of a track's held rounds. */
export function trackRange(trackId: string, all: readonly Round[] = rounds): string {
  const held = heldRounds(trackId, all)
  const list = held.length ? held : roundsOf(trackId, all)
  if (!list.length)
    return 'no rounds yet'
  return dateRange(list[0].date, list.at(-1)!.endDate ?? list.at(-1)!.date)
}

/** Distinct cities of a track's held rounds, in order of first use. */
export function trackCities(trackId: string, all: readonly Round[] = rounds): string[] {
  return [...new Set(heldRounds(trackId, all).map(r => r.city))]
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']

/** "five" for 5; digits from 13 on. */
export function countWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n)
}

/**
 * A role with its dates when it has ended: "Supreme Leader (1989 – 28 Feb 2026)". A role that
 * reports suggest has changed says so: "Secretary … (may have changed from Aug 2026; unconfirmed)".
 */
export function roleLabel(role: Role, asOf?: string): string {
  // As of a date before the reports, the role was not yet in doubt.
  const inDoubt = role.uncertainFrom && !role.to && (!asOf || compareIsoDates(role.uncertainFrom, asOf) <= 0)
  const uncertain = inDoubt ? ` (may have changed from ${formatDate(role.uncertainFrom!.slice(0, 7))}; unconfirmed)` : ''
  if (!role.to)
    return `${role.from ? `${role.title} (from ${formatDate(role.from)})` : role.title}${uncertain}`
  return `${role.title} (${role.from ? formatDate(role.from) : '…'} – ${formatDate(role.to)})`
}

/** The role a player held on a date (the latest that had begun), or the latest role. */
export function roleOn(player: Player, date?: string): Role {
  if (!date)
    return player.roles.at(-1)!
  const begun = player.roles.filter(r => !r.from || compareIsoDates(r.from, date) <= 0)
  return begun.at(-1) ?? player.roles[0]
}

/** A dated record, with what decides whether it counts as confirmed. */
export interface DatedRecord { collection: string, id: string, date: string, sources: readonly string[], unconfirmed?: boolean }

/** Every dated, sourced record of the deck: the coverage date is the newest confirmed one. */
export function datedRecords(): DatedRecord[] {
  const out: DatedRecord[] = []
  const add = (collection: string, list: readonly { id: string, date?: string, endDate?: string, sources?: readonly string[], unconfirmed?: boolean }[]) => {
    for (const r of list) {
      const date = r.endDate ?? r.date
      if (date)
        out.push({ collection, id: r.id, date, sources: r.sources ?? [], unconfirmed: r.unconfirmed })
    }
  }
  add('rounds', rounds)
  add('timeline', timeline)
  add('proposals', proposals)
  add('quotes', quotes)
  add('stockpile', stockpile)
  add('economy', economy)
  add('frozenAssets', frozenAssets)
  add('positions', positions)
  add('openQuestions', openQuestions as { id: string }[])
  return out
}

/**
 * A record counts towards coverage when it is not flagged ❓ and at least one of its sources is
 * more than a lead (an AI-written compilation is never evidence, so it cannot extend coverage).
 */
export function isConfirmed(record: { sources: readonly string[], unconfirmed?: boolean }, kindOf: (id: string) => string | undefined): boolean {
  return !record.unconfirmed && record.sources.some((id) => {
    const kind = kindOf(id)
    return kind !== undefined && kind !== 'lead'
  })
}

/** ISO date of the newest confirmed record: "sources to …" on the title page. */
export function coverageEnd(records: readonly DatedRecord[] = datedRecords()): string {
  const kinds = new Map(sources.map(s => [s.id, s.kind as string]))
  return records.filter(r => isConfirmed(r, id => kinds.get(id))).map(r => r.date).sort(compareIsoDates).at(-1)!
}

/** Whole days from one ISO day to a later one. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

/**
 * How long before the briefing the sources end, in words a room hears: "about two months",
 * "about three weeks", "five days". Rounded to the nearest half month past six weeks.
 */
export function gapInWords(from: string, to: string): string {
  const days = daysBetween(from, to)
  if (days < 0)
    throw new Error(`gapInWords: ${to} is before ${from}`)
  if (days === 0)
    return 'the same day'
  if (days < 14)
    return days === 1 ? 'one day' : `${countWord(days)} days`
  if (days < 45) {
    const weeks = Math.round(days / 7)
    return `about ${countWord(weeks)} weeks`
  }
  const halfMonths = Math.round(days / 30.44 * 2) / 2
  const whole = Math.floor(halfMonths)
  const word = whole === 1 ? 'one' : countWord(whole)
  if (halfMonths % 1 === 0)
    return `about ${word} month${whole === 1 ? '' : 's'}`
  return `about ${word} and a half months`
}

/** ISO date of the oldest record of the period covered (history excluded). */
export function coverageStart(): string {
  return datedRecords().filter(r => !timeline.some(e => e.id === r.id && e.era === 'history')).map(r => r.date).sort(compareIsoDates)[0]
}
