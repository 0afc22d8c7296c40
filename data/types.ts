/**
 * The briefing's data model. Every record rests on at least one source (by id), so a slide
 * can always say where a fact comes from; `disputed` carries the ⚠️ disagreements honestly.
 */

/** ISO date, `YYYY-MM-DD` (or `YYYY-MM` / `YYYY` when only that is known). */
export type IsoDate = string

export interface Source {
  id: string
  outlet: string
  title: string
  /** Publication date of the cited page (ISO). */
  date: IsoDate
  url: string
  /** e.g. "Iranian state outlet", "opposition outlet", "wire copy via …" */
  note?: string
}

/** Anything that states a fact carries this. */
export interface Sourced {
  sources: string[]
  /** Where sources disagree: what they say, in one neutral sentence. */
  disputed?: string
}

export interface Round extends Sourced {
  id: string
  number: number
  date: IsoDate
  city: string
  venue: string
  status: 'held' | 'cancelled'
  mediator: string
  usLead: string
  iranLead: string
  format: string
  outcome: string
}

export interface Proposal extends Sourced {
  id: string
  side: 'Iran' | 'US'
  date: IsoDate
  title: string
  /** Who reported it, e.g. "Iran International, citing three diplomatic sources". */
  reportedBy: string
  gives: string[]
  gets: string[]
  status: string
  confirmed: boolean
}

export interface Player extends Sourced {
  id: string
  name: string
  role: string
  side: 'US' | 'Iran' | 'Mediator' | 'Europe' | 'Israel' | 'Russia/China' | 'IAEA'
  stance: string
}

export interface TimelineEvent extends Sourced {
  id: string
  date: IsoDate
  label: string
  detail?: string
  era: 'history' | '2025' | 'epilogue'
}

export interface EnrichmentLevel extends Sourced {
  id: string
  percent: number
  label: string
  meaning: string
}

export interface StockpilePoint extends Sourced {
  id: string
  /** Date the IAEA measured the stockpile. */
  date: IsoDate
  kg60: number
  totalKg?: number
}

export interface EconomicFact extends Sourced {
  id: string
  label: string
  value: string
  detail: string
}
