import { existsSync } from 'node:fs'
import { join } from 'node:path'

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The headmatter settings the deck's offline and reproducible exports depend on:
 * - `fonts.provider: none`, or Slidev adds a Google Fonts link fetched at run time;
 * - a local `favicon` that exists in public/, or Slidev's default comes from a CDN;
 * - `exportFilename`, which names every exported file;
 * - a pinned `colorSchema`, or the export follows the exporting machine's dark-mode setting.
 */
export function checkHeadmatter(headmatter: Record<string, unknown>, root: string): string[] {
  const errors: string[] = []
  const fonts = headmatter.fonts
  if (!isRecord(fonts) || fonts.provider !== 'none')
    errors.push(`headmatter: fonts.provider must be "none" (fonts are self-hosted), found ${JSON.stringify(isRecord(fonts) ? fonts.provider : fonts)}`)

  const favicon = headmatter.favicon
  if (typeof favicon !== 'string' || !favicon.trim())
    errors.push('headmatter: favicon is not set, so Slidev falls back to its CDN favicon')
  else if (REMOTE.test(favicon))
    errors.push(`headmatter: favicon ${favicon} is remote; it must be a file in public/`)
  else if (!existsSync(join(root, 'public', favicon.replace(/^\//, ''))))
    errors.push(`headmatter: favicon ${favicon} does not exist in public/`)

  const exportFilename = headmatter.exportFilename
  if (typeof exportFilename !== 'string' || !exportFilename.trim())
    errors.push('headmatter: exportFilename is not set, so exports are named after the entry file')
  else if (/[\\/\s]/.test(exportFilename))
    errors.push(`headmatter: exportFilename "${exportFilename}" must be a plain file name (no slashes or spaces)`)

  const colorSchema = headmatter.colorSchema
  if (colorSchema !== 'light' && colorSchema !== 'dark')
    errors.push(`headmatter: colorSchema must be pinned to "light" or "dark" for reproducible exports, found ${JSON.stringify(colorSchema ?? 'auto')}`)
  return errors
}
