import { z } from 'zod'
import { compareIsoDates, isValidIsoDate } from './iso-date'

/**
 * The one description of the briefing's data. Types are inferred from it, the deck checks
 * validate every collection against it, and components only ever see records that passed.
 * Every fact-bearing record rests on sources (by id); `disputed` carries ⚠️ disagreements.
 */

export { compareIsoDates, isValidIsoDate }

export const isoDate = z.string().refine(isValidIsoDate, { message: 'not a valid ISO date (YYYY, YYYY-MM or YYYY-MM-DD)' })
const text = z.string().trim().min(1, { message: 'must not be empty' })
const texts = z.array(text).min(1, { message: 'needs at least one entry' })

/** A record that states a fact: its sources by id, and where sources disagree, how. */
const sourced = {
  sources: texts,
  /** Where sources disagree: what each says, in one neutral sentence (shown as "Sources differ"). */
  disputed: text.optional(),
}

export const sideSchema = z.enum(['US', 'Iran', 'Mediator', 'Europe', 'Israel', 'Russia/China', 'IAEA'])

export const sourceSchema = z.object({
  id: text,
  outlet: text,
  title: text,
  /** Publication date of the cited page. */
  date: isoDate,
  url: z.string().regex(/^https?:\/\/[^\s/][^\s./]*\.\S+$/, { message: 'not an http(s) address' }),
  /** e.g. "Iranian state outlet", "wire copy via …" */
  note: text.optional(),
  /** The page has no publication date; `date` is the event it documents and lists show "n.d.". */
  undated: z.boolean().optional(),
}).strict()

/** A negotiating track: who mediated, over which period. Rounds name their track by id. */
export const trackSchema = z.object({
  id: text,
  name: text,
  /** Short label for timelines and headings, e.g. "2025 · Oman". */
  short: text,
  mediators: texts,
  summary: text,
  ...sourced,
}).strict()

export const roundStatus = z.enum(['held', 'cancelled', 'postponed', 'not held'])

/** One negotiating round. Its number is its place in its track, derived, never typed. */
export const roundSchema = z.object({
  id: text,
  track: text,
  date: isoDate,
  /** Last day when a round ran over several days. */
  endDate: isoDate.optional(),
  city: text,
  venue: text,
  status: roundStatus,
  /** What happened, in a few words for the slide (the full outcome goes to the notes). */
  headline: z.string().trim().min(1).max(70, { message: 'keep the headline to 70 characters: it is read from the back of the room' }),
  mediators: texts,
  usLead: text,
  iranLead: text,
  format: text,
  outcome: text,
  ...sourced,
}).strict()

export const proposalStageSchema = z.object({ label: text, gives: texts, gets: texts }).strict()

export const proposalSchema = z.object({
  id: text,
  side: z.enum(['Iran', 'US', 'Mediator']),
  date: isoDate,
  title: text,
  /** Who reported it, e.g. "Iran International, citing three diplomatic sources". */
  reportedBy: text,
  gives: texts,
  gets: texts,
  status: text,
  confirmed: z.boolean(),
  stages: z.array(proposalStageSchema).optional(),
  ...sourced,
}).strict()

/** A role held for a period; `to` is set once the person left it (or died). */
export const roleSchema = z.object({
  title: text,
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** Why the role ended or how it began, e.g. "killed in a strike". */
  note: text.optional(),
}).strict()

export const playerSchema = z.object({
  id: text,
  name: text,
  side: sideSchema,
  /** Every role relevant to the period, oldest first. */
  roles: z.array(roleSchema).min(1),
  stance: text,
  ...sourced,
}).strict()

export const eraSchema = z.enum(['history', '2025', '2026'])

export const timelineEventSchema = z.object({
  id: text,
  date: isoDate,
  label: text,
  detail: text.optional(),
  era: eraSchema,
  /** Display date when one ISO date is not enough, e.g. "21 Jun (US) / 22 Jun (Iran)". */
  dateLabel: text.optional(),
  ...sourced,
}).strict()

export const enrichmentLevelSchema = z.object({ id: text, percent: z.number(), label: text, meaning: text, ...sourced }).strict()

export const stockpilePointSchema = z.object({
  id: text,
  /** Date the IAEA measured the stockpile. */
  date: isoDate,
  kg60: z.number().nonnegative(),
  totalKg: z.number().nonnegative().optional(),
  /** Date of the IAEA report that gave the figure. */
  reportDate: isoDate.optional(),
  ...sourced,
}).strict()

export const economicFactSchema = z.object({ id: text, label: text, value: text, detail: text, date: isoDate.optional(), ...sourced }).strict()

export const quoteSchema = z.object({
  id: text,
  speaker: text,
  /** The speaker's role at the time, e.g. "Foreign Minister of Iran". */
  role: text,
  /** Verbatim text; "…" marks cuts made by the source or by us. */
  text,
  date: isoDate,
  /** Where and how it was said. */
  context: text,
  fragment: z.boolean().optional(),
  ...sourced,
}).strict()

export const positionSchema = z.object({ id: text, actor: text, side: sideSchema, says: text, date: isoDate, ...sourced }).strict()

export const openQuestionSchema = z.object({ id: text, question: text, condition: text, ...sourced }).strict()

export const rangeEstimateSchema = z.object({
  id: text,
  label: text,
  low: z.number(),
  high: z.number(),
  unit: text,
  attribution: text,
  date: isoDate,
  ...sourced,
}).strict().refine(r => r.low <= r.high, { message: 'low must not exceed high', path: ['low'] })

export const benchmarkSchema = z.object({ id: text, label: text, kg: z.number(), note: text, ...sourced }).strict()

export const jcpoaLimitSchema = z.object({ id: text, label: text, limit: text, in2025: text, ...sourced }).strict()

/**
 * Every collection in data/, by the name its module exports. The deck checks validate each
 * against its schema; a collection missing here is an error, so nothing goes unchecked.
 * `order`: records must be in date order (the timeline, rounds within a track, the stockpile).
 */
export const collectionSchemas = {
  tracks: { schema: trackSchema },
  rounds: { schema: roundSchema, order: 'date' },
  proposals: { schema: proposalSchema, order: 'date' },
  players: { schema: playerSchema },
  timeline: { schema: timelineEventSchema, order: 'date' },
  enrichmentLevels: { schema: enrichmentLevelSchema },
  stockpile: { schema: stockpilePointSchema, order: 'date' },
  benchmarks: { schema: benchmarkSchema },
  jcpoaLimits: { schema: jcpoaLimitSchema },
  economy: { schema: economicFactSchema },
  frozenAssets: { schema: rangeEstimateSchema },
  quotes: { schema: quoteSchema },
  positions: { schema: positionSchema },
  openQuestions: { schema: openQuestionSchema },
} as const satisfies Record<string, { schema: z.ZodType, order?: 'date' }>

export type CollectionName = keyof typeof collectionSchemas

export type IsoDate = string
export type Side = z.infer<typeof sideSchema>
export type Source = z.infer<typeof sourceSchema>
export type Track = z.infer<typeof trackSchema>
export type RoundStatus = z.infer<typeof roundStatus>
export type Round = z.infer<typeof roundSchema>
export type ProposalStage = z.infer<typeof proposalStageSchema>
export type Proposal = z.infer<typeof proposalSchema>
export type Role = z.infer<typeof roleSchema>
export type Player = z.infer<typeof playerSchema>
export type Era = z.infer<typeof eraSchema>
export type TimelineEvent = z.infer<typeof timelineEventSchema>
export type EnrichmentLevel = z.infer<typeof enrichmentLevelSchema>
export type StockpilePoint = z.infer<typeof stockpilePointSchema>
export type EconomicFact = z.infer<typeof economicFactSchema>
export type Quote = z.infer<typeof quoteSchema>
export type Position = z.infer<typeof positionSchema>
export type OpenQuestion = z.infer<typeof openQuestionSchema>
export type RangeEstimate = z.infer<typeof rangeEstimateSchema>
export type Benchmark = z.infer<typeof benchmarkSchema>
export type JcpoaLimit = z.infer<typeof jcpoaLimitSchema>
export interface Sourced { sources: string[], disputed?: string }
