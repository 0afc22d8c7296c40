import type { SlidevConfig, SlidevThemeMeta } from '@slidev/types'
import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, join, resolve } from 'node:path'
import { resolveConfig } from '@slidev/parser'

/** package.json's `slidev` field of the deck's theme, so defaults it sets are part of the resolved config. */
function readThemeMeta(root: string, theme: unknown): SlidevThemeMeta {
  if (typeof theme !== 'string' || theme === 'none')
    return {}
  const candidates = theme.startsWith('.') || isAbsolute(theme)
    ? [resolve(root, theme, 'package.json')]
    : theme.startsWith('@') || theme.startsWith('slidev-theme-')
      ? [join(root, 'node_modules', theme, 'package.json')]
      : [join(root, 'node_modules', '@slidev', `theme-${theme}`, 'package.json'), join(root, 'node_modules', `slidev-theme-${theme}`, 'package.json')]
  const found = candidates.find(existsSync)
  if (!found)
    return {}
  const pkg = JSON.parse(readFileSync(found, 'utf8')) as { slidev?: SlidevThemeMeta }
  return pkg.slidev ?? {}
}

/** The deck's configuration as Slidev resolves it: its defaults, then the theme's, then the headmatter. */
export function resolveDeckConfig(root: string, headmatter: Record<string, unknown>): SlidevConfig {
  return resolveConfig(headmatter, readThemeMeta(root, headmatter.theme))
}
