export { compareIsoDates, isValidIsoDate } from '../../../data/schema.ts'
export { checkRemoteUrls, checkSlideCitations, checkSpam, citedIds, SOURCES_FILES } from './content.ts'
export { checkCoverage, isConfirmedRecord, newestConfirmed } from './coverage.ts'
export { checkData, recordLocation } from './data.ts'
export type { AnyRecord, DeckDataSet, SourceRecord } from './data.ts'
export { loadDeckData } from './deck-data.ts'
export { readDeckFiles } from './deck-files.ts'
export type { TextFile } from './deck-files.ts'
/**
 * Checks of the deck's sources that need no browser and no build. Each returns a list of
 * error messages naming the culprit (slide, file:line or record id); an empty list means pass.
 * Used by the unit tests and callable from the build.
 */
export { describeSlide, loadDeck } from './deck.ts'
export type { DeckSlide, LoadedDeck, ParseProblem, SrcImport } from './deck.ts'
export { checkFrontmatter } from './frontmatter.ts'
export { checkHeadmatter } from './headmatter.ts'
export { checkJudgments, checkJudgmentSlides, fieldLocation, judgmentWordingProblems, MAX_JUDGMENTS } from './judgments.ts'
export { checkLeadOnlyCitations, checkLeadOnlyRecords, leadSourceIds } from './lead-only.ts'
export { checkMermaid, mermaidBlocks } from './mermaid.ts'
export type { MermaidBlock, MermaidParse } from './mermaid.ts'
export { checkNoteSources } from './note-sources.ts'
export { checkNotes } from './notes.ts'
export { runDeckChecks } from './run-all.ts'
export type { RunDeckChecksOptions } from './run-all.ts'
export { SEED_SPAM_LINES } from './seed-spam.ts'
export { checkSourcesResolve, sourceProblems } from './sources-resolve.ts'
export { checkSectionFiles, checkSections, countDeclaredSlides } from './structure.ts'
export { checkVueUsage, componentTags } from './vue-usage.ts'
