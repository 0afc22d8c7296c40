import type { AnyRecord, DeckDataSet } from './data.ts'
import { likelihoodTerms, likelihoodTermsIn } from '../../../data/estimative-scale.ts'
import { recordLocation } from './data.ts'

/** ICD 203 keeps key judgments few; more than five stops being a bottom line. */
export const MAX_JUDGMENTS = 5

/** Hedges that state no likelihood: a judgment uses a scale term instead. */
const HEDGE = /\b(?:may|might|could|possible|possibly|perhaps)\b/gi
/** "May 2027", "3 May": the month, not a hedge. */
const MONTH_MAY = /\bMay(?=\s+\d)|(?<=\d\s+)May\b/g
/** Confidence belongs beside the sentence (`confidence`, `basis`), never inside it (ICD 203). */
const CONFIDENCE = /\b(?:confiden(?:ce|t|tly)|certainty|we are sure)\b/gi
/** Estimative words of other scales (UK PHIA, everyday hedges): off the ICD 203 scale. */
const OFF_SCALE = /\b(?:highly likely|highly unlikely|realistic possibility|remote chance|probabl[ey]|improbable)\b/gi

/**
 * `data/judgments.ts:14`: the line of a record's field (`text:`, `likelihood:`…), found between its
 * `id:` line and the next record's; the `id:` line when the field is not written out.
 */
export function fieldLocation(data: DeckDataSet, id: unknown, field: string): string | undefined {
  const start = recordLocation(data, id)
  if (!start || !data.files)
    return start
  const [path, line] = [start.slice(0, start.lastIndexOf(':')), Number(start.slice(start.lastIndexOf(':') + 1))]
  const lines = data.files.find(f => f.path === path)?.text.split('\n') ?? []
  const fieldRe = new RegExp(`^\\s*${field}\\s*:`)
  for (let i = line; i < lines.length && !/^\s*id\s*:/.test(lines[i]); i++) {
    if (fieldRe.test(lines[i]))
      return `${path}:${i + 1}`
  }
  return start
}

function quoteAll(matches: Iterable<RegExpMatchArray>): string {
  return [...matches].map(m => `"${m[0]}"`).join(', ')
}

/** The problems of one judgment's wording, as messages without the location. */
export function judgmentWordingProblems(judgment: Pick<AnyRecord, 'id'> & { text?: unknown, likelihood?: unknown }): { field: 'text' | 'likelihood', message: string }[] {
  const problems: { field: 'text' | 'likelihood', message: string }[] = []
  const text = typeof judgment.text === 'string' ? judgment.text : ''
  const likelihood = judgment.likelihood
  const onScale = typeof likelihood === 'string' && (likelihoodTerms as readonly string[]).includes(likelihood)
  if (!onScale)
    problems.push({ field: 'likelihood', message: `likelihood "${String(likelihood)}" is not a term of the ICD 203 scale (${likelihoodTerms.join(', ')})` })
  const terms = likelihoodTermsIn(text)
  if (onScale && !terms.includes(likelihood as typeof terms[number]))
    problems.push({ field: 'text', message: `the sentence does not say its likelihood "${likelihood}" verbatim` })
  if (terms.length > 1)
    problems.push({ field: 'text', message: `the sentence has ${terms.length} likelihood terms (${terms.map(t => `"${t}"`).join(', ')}); a judgment states one` })
  const confidence = [...text.matchAll(CONFIDENCE)]
  if (confidence.length)
    problems.push({ field: 'text', message: `likelihood and confidence mixed in one sentence (${quoteAll(confidence)}): give confidence in \`confidence\` and \`basis\`, not in the text (ICD 203)` })
  const offScale = [...text.matchAll(OFF_SCALE)]
  if (offScale.length)
    problems.push({ field: 'text', message: `estimative words off the deck's ICD 203 scale (${quoteAll(offScale)}): use one of ${likelihoodTerms.join(', ')}` })
  const hedges = [...text.replace(MONTH_MAY, 'Mmm').matchAll(HEDGE)]
  if (hedges.length)
    problems.push({ field: 'text', message: `bare hedge (${quoteAll(hedges)}) in a judgment: state the likelihood with the scale term alone` })
  return problems
}

/**
 * Key judgments held to ICD 203 (data/judgments.ts): a likelihood term on the scale and said
 * verbatim in the sentence, one term only, no confidence words and no bare hedges in the text,
 * sources named, at most five. Indicators (data/indicators.ts) must name judgments that exist.
 * Each message starts with the file:line of the field at fault.
 */
export function checkJudgments(data: DeckDataSet): string[] {
  const errors: string[] = []
  const judgments = data.collections.judgments ?? []
  const at = (record: AnyRecord, field: string): string => {
    const where = fieldLocation(data, record.id, field)
    return `${where ? `${where}: ` : ''}judgment ${record.id}`
  }
  judgments.forEach((judgment, i) => {
    for (const { field, message } of judgmentWordingProblems(judgment))
      errors.push(`${at(judgment, field)}: ${message}`)
    const sources = Array.isArray(judgment.sources) ? judgment.sources.filter(s => typeof s === 'string' && s.trim()) : []
    if (!sources.length)
      errors.push(`${at(judgment, 'sources')}: a judgment without sources: name the sources that carry its evidence`)
    if (i === MAX_JUDGMENTS)
      errors.push(`${at(judgment, 'id')}: more than ${MAX_JUDGMENTS} key judgments (${judgments.length}); keep the bottom line to ${MAX_JUDGMENTS}`)
  })
  const known = new Set(judgments.map(j => j.id))
  for (const indicator of data.collections.indicators ?? []) {
    const moves = Array.isArray(indicator.moves) ? indicator.moves as { judgment?: unknown }[] : []
    const where = fieldLocation(data, indicator.id, 'moves')
    const name = `${where ? `${where}: ` : ''}indicator ${indicator.id}`
    if (!moves.length)
      errors.push(`${name}: names no judgment it would move`)
    for (const move of moves) {
      if (!known.has(String(move.judgment)))
        errors.push(`${name}: would move judgment "${String(move.judgment)}", which is not in data/judgments.ts`)
    }
  }
  return errors
}

/**
 * A judgment's evidence links (`slides`) must reach slides: each names a `routeAlias:` the deck
 * has, so the links on the key-judgments slide never lead nowhere.
 */
export function checkJudgmentSlides(data: DeckDataSet, slides: readonly { routeAlias?: string }[]): string[] {
  const aliases = new Set(slides.flatMap(s => (s.routeAlias ? [s.routeAlias] : [])))
  const errors: string[] = []
  for (const judgment of data.collections.judgments ?? []) {
    const where = fieldLocation(data, judgment.id, 'slides')
    for (const alias of Array.isArray(judgment.slides) ? judgment.slides as unknown[] : []) {
      if (!aliases.has(String(alias)))
        errors.push(`${where ? `${where}: ` : ''}judgment ${judgment.id}: evidence slide "${String(alias)}" is no slide's routeAlias`)
    }
  }
  return errors
}
