import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

export interface TextFile {
  /** Relative to the deck root, with forward slashes. */
  path: string
  text: string
}

/** What the deck is made of: slides, components, layouts, data, setup hooks and styles. */
const DECK_DIRS = ['pages', 'components', 'layouts', 'data', 'setup', 'styles', 'snippets'] as const
const DECK_EXTENSIONS = /\.(?:md|vue|ts|tsx|js|mjs|css|scss|html)$/
/** Root-level files Slidev picks up by name. */
const ROOT_FILES = /^(?:slides\.md|index\.html|style\.css|uno\.config\.ts|vite\.config\.ts|(?:global|slide)-(?:top|bottom)\.vue|custom-nav-controls\.vue)$/

function walk(dir: string): string[] {
  if (!existsSync(dir))
    return []
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name)
    return statSync(full).isDirectory() ? walk(full) : [full]
  })
}

/** Every source file of the deck, read as text (not node_modules, build output or tests). */
export function readDeckFiles(root: string, entry = 'slides.md'): TextFile[] {
  const files = [
    ...readdirSync(root).filter(f => f === entry || ROOT_FILES.test(f)).map(f => join(root, f)),
    ...DECK_DIRS.flatMap(d => walk(join(root, d))).filter(f => DECK_EXTENSIONS.test(f)),
  ]
  return [...new Set(files)].sort().map(f => ({ path: relative(root, f).split('\\').join('/'), text: readFileSync(f, 'utf8') }))
}
