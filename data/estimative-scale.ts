/**
 * The one estimative scale the briefing uses: US ICD 203 (2015), section D.6.e. Likelihood and
 * confidence are separate axes: ICD 203 forbids stating both in one phrase, so a judgment's
 * sentence carries its likelihood term only, and its confidence travels beside it with a basis.
 */

/** The seven likelihood terms with ICD 203's probability bands (per cent), least to most likely. */
export const likelihoodScale = [
  { term: 'almost no chance', from: 1, to: 5, alias: 'remote' },
  { term: 'very unlikely', from: 5, to: 20, alias: 'highly improbable' },
  { term: 'unlikely', from: 20, to: 45, alias: 'improbable' },
  { term: 'roughly even chance', from: 45, to: 55, alias: 'roughly even odds' },
  { term: 'likely', from: 55, to: 80, alias: 'probable' },
  { term: 'very likely', from: 80, to: 95, alias: 'highly probable' },
  { term: 'almost certain', from: 95, to: 99, alias: 'nearly certain' },
] as const

export type LikelihoodTerm = typeof likelihoodScale[number]['term']

export const likelihoodTerms = likelihoodScale.map(s => s.term) as unknown as readonly [LikelihoodTerm, ...LikelihoodTerm[]]

/** Confidence is about the basis of a judgment (sources, corroboration, gaps), not its probability. */
export const confidenceLevels = [
  // Wording after the US National Intelligence Council's definitions (2007 Iran NIE, "What we mean when we say").
  { level: 'high', label: 'High confidence', meaning: 'Corroborated, good-quality information; not certainty.' },
  { level: 'moderate', label: 'Moderate confidence', meaning: 'Credible, but not corroborated enough for high.' },
  { level: 'low', label: 'Low confidence', meaning: 'Thin, fragmentary or doubtful sources.' },
] as const

export type ConfidenceLevel = typeof confidenceLevels[number]['level']

export const confidenceNames = confidenceLevels.map(c => c.level) as unknown as readonly [ConfidenceLevel, ...ConfidenceLevel[]]

/** Where a judgment's sentence names its term: the longest terms first, so "very unlikely" is not also "unlikely". */
export function likelihoodTermsIn(sentence: string): LikelihoodTerm[] {
  let rest = sentence.toLowerCase()
  const found: LikelihoodTerm[] = []
  for (const term of [...likelihoodTerms].sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`\\b${term}(?:ly)?\\b`, 'g')
    for (const _ of rest.matchAll(re))
      found.push(term)
    rest = rest.replace(re, ' ')
  }
  return found
}
