/**
 * The fixed vocabulary of source kinds (meanings in data/schema.ts, labels in data/source-kinds.ts).
 * Kept apart from the schema so the slides' components can read it without bundling Zod, whose
 * feature test for \`new Function\` the hosted deck's Content-Security-Policy reports as a violation.
 */
export const SOURCE_KINDS = ['wire', 'official', 'state-media', 'opposition-media', 'mirror', 'headline', 'lead', 'reference'] as const

export type SourceKind = typeof SOURCE_KINDS[number]
