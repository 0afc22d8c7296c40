import type { Judgment } from './types'
import { confidenceLevels } from './estimative-scale'
import { judgments } from './judgments'

/** A judgment by id; an unknown id is an authoring error, thrown with the id and the component. */
export function getJudgment(id: string, component: string): Judgment {
  const found = judgments.find(j => j.id === id)
  if (!found)
    throw new Error(`<${component}>: unknown judgment id "${id}" (not in data/judgments.ts)`)
  return found
}

/** Its number on the key-judgments slide (the order of data/judgments.ts), 1-based. */
export function judgmentNumber(id: string): number {
  return judgments.findIndex(j => j.id === id) + 1
}

/** The sentence around its likelihood term, so the term can be set in bold. */
export function splitAtTerm(judgment: Pick<Judgment, 'text' | 'likelihood'>): { before: string, term: string, after: string } {
  const match = new RegExp(`\\b${judgment.likelihood}(?:ly)?\\b`, 'i').exec(judgment.text)
  if (!match)
    return { before: judgment.text, term: '', after: '' }
  return { before: judgment.text.slice(0, match.index), term: match[0], after: judgment.text.slice(match.index + match[0].length) }
}

/** "Moderate confidence". */
export function confidenceLabel(level: Judgment['confidence']): string {
  return confidenceLevels.find(c => c.level === level)?.label ?? `${level} confidence`
}

/** A slide's route alias as a link label: "economic-war" → "Economic war". */
export function aliasLabel(alias: string): string {
  const words = alias.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}
