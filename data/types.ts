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
  /**
   * The page carries no publication date (reference pages, encyclopedia mirrors).
   * `date` then holds the date of the event the page documents, and lists show "n.d.".
   */
  undated?: boolean
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
  /** Phased offers: what each stage trades. */
  stages?: ProposalStage[]
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
  /** Display date when one ISO date is not enough, e.g. "21 Jun (US) / 22 Jun (Iran)". */
  dateLabel?: string
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
  /** Date of the IAEA report that gave the figure. */
  reportDate?: IsoDate
}

export interface EconomicFact extends Sourced {
  id: string
  label: string
  value: string
  detail: string
}

// ---------------------------------------------------------------------------
// Additions (content build): optional fields and extra record types.
// ---------------------------------------------------------------------------

/** One stage of a phased offer (e.g. the reported three-stage Iranian plan). */
export interface ProposalStage {
  label: string
  gives: string[]
  gets: string[]
}

/** A quotation, exactly as the cited source gives it. */
export interface Quote extends Sourced {
  id: string
  speaker: string
  /** The speaker's role at the time, e.g. "Foreign Minister of Iran". */
  role: string
  /** Verbatim text; "…" marks cuts made by the source or by us. */
  text: string
  date: IsoDate
  /** Where and how it was said. */
  context: string
  /** True when only a fragment of a longer sentence is quoted. */
  fragment?: boolean
}

/** What an actor says it needs from a deal (for the path-forward slide). */
export interface Position extends Sourced {
  id: string
  actor: string
  side: Player['side']
  /** Attributed statement of the position, in neutral words. */
  says: string
  date: IsoDate
}

/** A question the record leaves open, framed as a condition, not a prediction. */
export interface OpenQuestion extends Sourced {
  id: string
  question: string
  /** The condition(s) the sources attach to it, attributed. */
  condition: string
}

/** An estimate reported as a range (e.g. Iran's frozen assets), with who estimated it. */
export interface RangeEstimate extends Sourced {
  id: string
  label: string
  /** Lower and upper bound, in `unit`. Equal when a single figure was given. */
  low: number
  high: number
  unit: string
  /** Who gives the estimate, e.g. "Iran International (Jan 2025)". */
  attribution: string
  date: IsoDate
}

/** A reference quantity drawn on a chart (e.g. the IAEA's ~42 kg per weapon). */
export interface Benchmark extends Sourced {
  id: string
  label: string
  kg: number
  note: string
}

/** A JCPOA limit next to the situation reported in 2025. */
export interface JcpoaLimit extends Sourced {
  id: string
  label: string
  limit: string
  in2025: string
}
