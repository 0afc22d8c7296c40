import type { SourceKind } from './source-kind-list'
import { SOURCE_KINDS } from './source-kind-list'

export { SOURCE_KINDS }

/** Short label shown after a source's outlet (sources slides, handout, reader page). */
export const SOURCE_KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  'wire': 'Wire/major outlet',
  'official': 'Official',
  'state-media': 'State media',
  'opposition-media': 'Opposition media',
  'mirror': 'Copy of a named outlet',
  'headline': 'Headline only',
  'lead': 'Lead (AI-written): not evidence',
  'reference': 'Reference',
}

/** One line per kind for the legend: what the label means for the weight a source carries. */
export const SOURCE_KIND_MEANINGS: Readonly<Record<SourceKind, string>> = {
  'wire': 'wire agency or major outlet, its own text read',
  'official': 'government, IAEA, UN or court statement or document',
  'state-media': 'state outlet (Iranian, Russian, Chinese and others)',
  'opposition-media': 'Iranian opposition outlet (Iran International, NCRI)',
  'mirror': 'another site’s copy or digest of a named outlet’s report',
  'headline': 'the outlet’s headline as a news feed carried it; page not read',
  'lead': 'points to where evidence may be; cited only beside a source of another kind',
  'reference': 'encyclopedia, fact sheet, think tank or analysis',
}

/** Kinds that need a caution in the reader's eye (shown in the warning colour, beside their label). */
export const CAUTION_KINDS: ReadonlySet<SourceKind> = new Set<SourceKind>(['headline', 'lead'])

export function sourceKindLabel(kind: SourceKind): string {
  return SOURCE_KIND_LABELS[kind]
}
