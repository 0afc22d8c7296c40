import type { MermaidParse } from './mermaid.ts'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { deckProfile } from '../deck-profile.ts'
import { srcMarkers } from '../notes/split-notes.ts'
import { checkAccessibility } from './accessibility.ts'
import { checkRemoteUrls, checkSlideCitations, checkSpam, citedIds } from './content.ts'
import { checkCorePath } from './core-path.ts'
import { checkCoverage } from './coverage.ts'
import { checkData } from './data.ts'
import { loadDeckData } from './deck-data.ts'
import { readDeckFiles } from './deck-files.ts'
import { loadDeck } from './deck.ts'
import { checkFrontmatter } from './frontmatter.ts'
import { checkHeadmatter } from './headmatter.ts'
import { checkJudgments, checkJudgmentSlides } from './judgments.ts'
import { checkLeadOnlyCitations, checkLeadOnlyRecords } from './lead-only.ts'
import { checkMermaid } from './mermaid.ts'
import { checkNoteSources } from './note-sources.ts'
import { checkNotes } from './notes.ts'
import { SEED_SPAM_LINES } from './seed-spam.ts'
import { sourceProblems } from './sources-resolve.ts'
import { checkSectionFiles, checkSections, countDeclaredSlides } from './structure.ts'
import { checkVueUsage } from './vue-usage.ts'

export interface RunDeckChecksOptions {
  entry?: string
  /** Lines that must never appear in the deck; default: the seed article's SEO spam. */
  spamPhrases?: readonly string[]
  /** Mermaid's parser, from a context with a DOM; without it diagrams are not checked. */
  mermaidParse?: MermaidParse
}

/**
 * Every source check at once, for a build step that wants one list of problems before it
 * spends minutes building. The data checks run only when the deck has a data/ folder.
 */
export async function runDeckChecks(root: string, options: RunDeckChecksOptions = {}): Promise<string[]> {
  const entry = options.entry ?? 'slides.md'
  const deck = await loadDeck(root, entry)
  // A deck outside this repository gets Slidev's own rules only (scripts/lib/deck-profile.ts).
  if (!deckProfile(root).houseRules) {
    return [
      ...sourceProblems(deck),
      ...checkFrontmatter(deck),
      ...checkVueUsage(deck.slides, root, typeof deck.headmatter.theme === 'string' ? deck.headmatter.theme : undefined),
      ...(options.mermaidParse ? await checkMermaid(deck.slides, options.mermaidParse) : []),
    ]
  }
  const files = readDeckFiles(root, entry)
  const errors = [
    ...sourceProblems(deck),
    ...checkFrontmatter(deck),
    ...checkVueUsage(deck.slides, root, typeof deck.headmatter.theme === 'string' ? deck.headmatter.theme : undefined),
    ...checkSectionFiles(deck),
    ...checkSections(deck).errors,
    ...checkHeadmatter(deck.headmatter, root),
    ...checkNotes(deck.slides),
    ...checkCorePath(deck.slides, entry),
    ...checkSpam(files, options.spamPhrases ?? SEED_SPAM_LINES),
  ]
  const declared = await countDeclaredSlides(root, entry)
  if (declared !== deck.slides.length)
    errors.push(`${entry}: the section files declare ${declared} slides but the deck has ${deck.slides.length}`)
  if (existsSync(join(root, 'data'))) {
    const data = await loadDeckData(root)
    errors.push(
      // A source cited only in the notes (`[src: id]`, listed in the handout) is cited too.
      ...checkData(data, deck.slides.flatMap(s => [...citedIds(s), ...srcMarkers(s.raw).map(m => m.id)])),
      ...checkCoverage(data, deck.headmatter, entry, readFileSync(join(root, entry), 'utf8'), files),
      ...checkJudgments(data),
      ...checkJudgmentSlides(data, deck.slides),
      ...checkSlideCitations(deck.slides, data.sources.map(s => s.id)),
      ...checkNoteSources(deck.slides, data.sources.map(s => s.id)),
      // Every source has a kind (checkData, against the schema); no claim rests on leads alone.
      ...checkLeadOnlyRecords(data),
      ...checkLeadOnlyCitations(deck.slides, data.sources),
      ...checkRemoteUrls(files, data.sources.map(s => s.url)),
    )
  }
  else {
    errors.push(...checkRemoteUrls(files, []))
  }
  if (options.mermaidParse)
    errors.push(...await checkMermaid(deck.slides, options.mermaidParse))
  // Titles, heading order, contrast, link text, lang, described diagrams (scripts/lib/deck-checks/accessibility.ts).
  errors.push(...await checkAccessibility(root, deck.slides, existsSync(join(root, 'data')) ? await loadDeckData(root) : undefined))
  return errors
}
