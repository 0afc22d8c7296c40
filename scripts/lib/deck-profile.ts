import { relative, resolve, sep } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

/**
 * The repository this toolkit lives in: its decks (slides.md, tests/fixtures/*) follow its house rules.
 * Resolved on first use: under a simulated browser (component tests) the module URL is not a file.
 */
let projectRoot: string | undefined
function projectRootDir(): string {
  // import.meta.dirname under Node and Vitest's node environment; in a simulated browser the module's
  // URL is an http: one, and the tests run from the project's root.
  projectRoot ??= import.meta.dirname
    ? resolve(import.meta.dirname, '..', '..')
    : import.meta.url.startsWith('file:') ? resolve(fileURLToPath(new URL('../..', import.meta.url))) : process.cwd()
  return projectRoot
}

/**
 * Which rules a deck is held to. This briefing's house rules (section files `pages/NN-name.md` with
 * `section:`, notes on every slide, self-hosted fonts and a pinned colour scheme, the seed's spam list,
 * addresses only in data/sources, described diagrams, the core path's budgets, the legibility and
 * design budgets, the handout) apply to the decks in this repository. Any other Slidev deck — the
 * starter template, a plain deck elsewhere on disk — is checked against Slidev's own rules only:
 * it parses, its frontmatter and components resolve, its Mermaid diagrams parse, every slide renders
 * and every format is verified. (Until a deck can state its own profile in a config file.)
 */
export interface DeckProfile {
  houseRules: boolean
}

export function deckProfile(deckRoot: string): DeckProfile {
  const path = relative(projectRootDir(), resolve(deckRoot))
  const inside = path === '' || (!path.startsWith(`..${sep}`) && path !== '..' && !path.startsWith(sep))
  return { houseRules: inside }
}
