import { z } from 'zod'
import { confidenceNames, likelihoodTerms } from './estimative-scale'
import { compareIsoDates, isValidIsoDate } from './iso-date'
import { SOURCE_KINDS } from './source-kind-list'

/**
 * The one description of the briefing's data. Types are inferred from it, the deck checks
 * validate every collection against it, and components only ever see records that passed.
 * Every fact-bearing record rests on sources (by id); `disputed` carries ⚠️ disagreements.
 */

export { compareIsoDates, isValidIsoDate, SOURCE_KINDS }

export const isoDate = z.string().refine(isValidIsoDate, { message: 'not a valid ISO date (YYYY, YYYY-MM or YYYY-MM-DD)' })
const text = z.string().trim().min(1, { message: 'must not be empty' })
const texts = z.array(text).min(1, { message: 'needs at least one entry' })

/** A record that states a fact: its sources by id, and where sources disagree, how. */
const sourced = {
  sources: texts,
  /** Where sources disagree: what each says, in one neutral sentence (shown as "Sources differ"). */
  disputed: text.optional(),
  /** ❓ A single weak source carries it: shown only flagged as unconfirmed, never as fact; needs at least one source that is not a lead. */
  unconfirmed: z.boolean().optional(),
}

export const sideSchema = z.enum(['US', 'Iran', 'Mediator', 'Europe', 'Israel', 'Russia/China', 'IAEA'])

/**
 * What a cited page is, which says how much weight it can carry: `wire` a wire agency or major
 * outlet, its own text read; `official` a government, IAEA, UN or court statement or document;
 * `state-media` Iranian, Russian, Chinese (and other) state outlets; `opposition-media` Iran
 * International, NCRI/MEK; `mirror` an aggregator's or another site's copy of a named outlet's
 * report, or a digest citing outlets; `headline` only the outlet's headline as a feed carried
 * it, page not read; `lead` an AI-written compilation, never evidence on its own; `reference`
 * an encyclopedia, fact sheet, think tank or analysis. Labels: data/source-kinds.ts.
 */
export const sourceKind = z.enum(SOURCE_KINDS, {
  error: issue => issue.input === undefined
    ? `missing: every source needs a kind (one of ${SOURCE_KINDS.join(', ')})`
    : `unknown kind ${JSON.stringify(issue.input)} (use one of ${SOURCE_KINDS.join(', ')})`,
})

export const sourceSchema = z.object({
  id: text,
  outlet: text,
  kind: sourceKind,
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
  /** Reports after this date suggest the role changed, unconfirmed: shown as "(may have changed from Aug 2026; unconfirmed)". */
  uncertainFrom: isoDate.optional(),
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
  /** BCP 47 tag of a quote not in English (`fa`, `ar`, `fr`): QuoteBlock sets it as `lang` for screen readers. */
  lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Z0-9]{2,8})*$/i).optional(),
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

/** Where a label sits beside its marker on a map (the first word is the vertical side). */
export const labelHintSchema = z.enum(['above', 'below', 'left', 'right', 'above-left', 'above-right', 'below-left', 'below-right'])

/**
 * A place on the maps (components/RegionMap.vue): a round's venue, a nuclear site, a place struck,
 * a chokepoint, or a city for orientation. Coordinates in decimal degrees (WGS 84).
 */
export const placeSchema = z.object({
  id: text,
  name: text,
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  kind: z.enum(['venue', 'nuclear-site', 'struck', 'chokepoint', 'city']),
  /** The country the point lies in, as Natural Earth names it (the tests check it); omitted at sea. */
  country: text.optional(),
  /** `country`: the sources name the country, not the site; the marker stands at the capital. */
  precision: z.enum(['site', 'country']).optional(),
  /** What the map says under the name, e.g. "Iranian missiles, 23 Jun 2025". */
  note: z.string().trim().min(1).max(34, { message: 'keep a map note to 34 characters: it is a label read from the back of the room' }).optional(),
  label: labelHintSchema.optional(),
  ...sourced,
}).strict()

export const benchmarkSchema = z.object({ id: text, label: text, kg: z.number(), note: text, ...sourced }).strict()

export const jcpoaLimitSchema = z.object({ id: text, label: text, limit: text, in2025: text, ...sourced }).strict()

/** One dated value of a series (data/series.ts). With `until` it is an average over that period. */
export const seriesPointSchema = z.object({
  date: isoDate,
  until: isoDate.optional(),
  value: z.number(),
  /** Drawn beside the point instead of the bare value, e.g. "89 in 1–15 Mar". */
  label: z.string().trim().min(1).max(32, { message: 'keep a point label to 32 characters: it sits on the chart' }).optional(),
  /** What the figure is, when not a plain reading (e.g. "intraday high", "sources differ: …"). */
  note: text.optional(),
  /** ❓ One secondary copy carries it: drawn hollow and said so, never as fact. */
  unconfirmed: z.boolean().optional(),
  sources: texts,
}).strict()

/** An event marked on a series' time axis; the label is read on the chart, so it stays short. */
export const seriesEventSchema = z.object({
  date: isoDate,
  label: z.string().trim().min(1).max(30, { message: 'keep an event label to 30 characters: it sits on the chart' }),
  sources: texts,
}).strict()

/** A reference range drawn behind a series, e.g. Hormuz crossings before the war. */
export const seriesBandSchema = z.object({ low: z.number(), high: z.number(), label: text, sources: texts }).strict().refine(b => b.low <= b.high, { message: 'low must not exceed high', path: ['low'] })

/**
 * A time series for a chart. `sources` is every source its points, events and band name (the
 * deck checks read a record's `sources`), so data/series.ts derives it rather than typing it.
 */
export const seriesSchema = z.object({
  id: text,
  label: text,
  /** The unit as the chart's subtitle gives it, e.g. "$ a barrel". */
  unit: text,
  /** Written before each value on the chart, e.g. "$". */
  valuePrefix: z.string().max(3).optional(),
  points: z.array(seriesPointSchema).min(1),
  events: z.array(seriesEventSchema).optional(),
  baseline: seriesBandSchema.optional(),
  sources: texts,
}).strict().superRefine((s, ctx) => {
  const all = new Set(s.sources)
  const nested = [...s.points, ...(s.events ?? []), ...(s.baseline ? [s.baseline] : [])].flatMap(p => p.sources)
  for (const id of nested) {
    if (!all.has(id))
      ctx.addIssue({ code: 'custom', path: ['sources'], message: `"${id}" is cited by a point, event or band but missing from the series' sources` })
  }
  s.points.forEach((p, i) => {
    if (i > 0 && compareIsoDates(s.points[i - 1].date, p.date) > 0)
      ctx.addIssue({ code: 'custom', path: ['points', i, 'date'], message: `points must be in date order: ${p.date} comes after ${s.points[i - 1].date}` })
    if (p.until && compareIsoDates(p.date, p.until) > 0)
      ctx.addIssue({ code: 'custom', path: ['points', i, 'until'], message: `until ${p.until} is before date ${p.date}` })
  })
})

export const tollWarSchema = z.enum(['2025-june', '2026'])
/** Whose dead a toll counts. */
export const tollSideSchema = z.enum(['Iran', 'Israel', 'US', 'Lebanon', 'Gulf states'])
/** Who counted, relative to the dead: their own government, an independent monitor, the other side, or a report that does not say. */
export const counterKindSchema = z.enum(['own government', 'independent', 'adversary', 'not named'])

/** One count of one side's dead by one counter, as of one date: tolls are shown side by side, never merged. */
export const tollSchema = z.object({
  id: text,
  war: tollWarSchema,
  side: tollSideSchema,
  /** Who counted, e.g. "Iran's Health Ministry", "HRANA". */
  counter: text,
  counterKind: counterKindSchema,
  killed: z.number().int().nonnegative(),
  wounded: z.number().int().nonnegative().optional(),
  /** What the count covers when not every death, e.g. "civilians only". */
  scope: text.optional(),
  asOf: isoDate,
  note: text.optional(),
  ...sourced,
}).strict()

/**
 * A key judgment (data/judgments.ts): one sentence with one ICD 203 likelihood term, and apart from
 * it the confidence in its basis. scripts/lib/deck-checks/judgments.ts holds the wording to the scale.
 */
export const judgmentSchema = z.object({
  id: text,
  /** One sentence that carries `likelihood` verbatim and no confidence words or bare hedges. */
  text,
  /** A few words for compact lists ("What changed", the watch list), e.g. "Comprehensive deal". */
  short: z.string().trim().min(1).max(40, { message: 'keep the short label to 40 characters' }),
  likelihood: z.enum(likelihoodTerms),
  confidence: z.enum(confidenceNames),
  /** Why that confidence, in one line: source quality, corroboration, gaps. */
  basis: text,
  /** Route aliases (`routeAlias:` frontmatter) of the slides that carry the evidence. */
  slides: z.array(text),
  ...sourced,
}).strict()

/** Something to watch (data/indicators.ts), and which judgments it would move, which way. */
export const indicatorSchema = z.object({
  id: text,
  text,
  moves: z.array(z.object({
    judgment: text,
    /** `up`: the judgment's event becomes more likely if this is seen. */
    direction: z.enum(['up', 'down']),
  }).strict()).min(1, { message: 'an indicator must name the judgment it would move' }),
  sources: z.array(text).optional(),
}).strict()

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
  places: { schema: placeSchema },
  series: { schema: seriesSchema },
  tolls: { schema: tollSchema },
  judgments: { schema: judgmentSchema },
  indicators: { schema: indicatorSchema },
} as const satisfies Record<string, { schema: z.ZodType, order?: 'date' }>

export type CollectionName = keyof typeof collectionSchemas

export type IsoDate = string
export type Side = z.infer<typeof sideSchema>
export type Source = z.infer<typeof sourceSchema>
export type SourceKind = z.infer<typeof sourceKind>
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
export type LabelHint = z.infer<typeof labelHintSchema>
export type Place = z.infer<typeof placeSchema>
export type SeriesPoint = z.infer<typeof seriesPointSchema>
export type SeriesEvent = z.infer<typeof seriesEventSchema>
export type SeriesBand = z.infer<typeof seriesBandSchema>
export type Series = z.infer<typeof seriesSchema>
export type TollWar = z.infer<typeof tollWarSchema>
export type TollSide = z.infer<typeof tollSideSchema>
export type CounterKind = z.infer<typeof counterKindSchema>
export type Toll = z.infer<typeof tollSchema>
export type Judgment = z.infer<typeof judgmentSchema>
export type Indicator = z.infer<typeof indicatorSchema>
export interface Sourced { sources: string[], disputed?: string, unconfirmed?: boolean }
