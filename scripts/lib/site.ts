import { CliError } from './cli-error.ts'
/**
 * What the hosted site promises, in one place: the base-path and site-URL rules, the
 * Content-Security-Policy and cache headers (the hosting configs carry the same strings; a
 * hosting test compares them), and the link-preview tags written into the built index.html.
 */

// Kept for importers of site.ts (the handout); the reader lives in png-size.ts.

/** A user mistake in the build's arguments: its message is the one line to print. */
export class SiteConfigError extends CliError {}

/** One path segment of a base: letters, digits and `-._~` (no `.`/`..` segments). */
const SEGMENT = /^[\w.~-]+$/

/**
 * The URL prefix the site is served under, as `slidev build --base` needs it: starts and ends
 * with `/` (`/`, `/briefing/`, `/team/briefing-2025/`). Anything else is refused with a message
 * that suggests the corrected value, because a wrong base only shows up later as a blank page.
 */
export function normalizeBase(input: string): string {
  const value = input.trim()
  const hint = (): string => {
    const segments = value.split('/').filter(Boolean)
    return segments.length && segments.every(s => SEGMENT.test(s) && s !== '.' && s !== '..')
      ? ` Did you mean "/${segments.join('/')}/"?`
      : ''
  }
  if (!value.startsWith('/') || !value.endsWith('/'))
    throw new SiteConfigError(`The base path must start and end with "/" (e.g. / or /briefing/ or /team/briefing-2025/); got ${JSON.stringify(input)}.${hint()}`)
  if (value === '/')
    return value
  const segments = value.slice(1, -1).split('/')
  const bad = segments.find(s => !SEGMENT.test(s) || s === '.' || s === '..')
  if (bad !== undefined)
    throw new SiteConfigError(`The base path ${JSON.stringify(input)} has an invalid segment ${JSON.stringify(bad)}: use letters, digits, "-", "_", "." or "~" between single slashes (e.g. /team/briefing-2025/).${hint()}`)
  return value
}

/**
 * The public origin the site will be reachable at (`https://example.org`), used for absolute
 * link-preview URLs. Optional: undefined stays undefined. The base path is added separately,
 * so a path here is refused rather than silently doubled.
 */
export function normalizeSiteUrl(input: string | undefined): string | undefined {
  const value = input?.trim()
  if (!value)
    return undefined
  let url: URL
  try {
    url = new URL(value)
  }
  catch {
    throw new SiteConfigError(`The site URL must be an absolute http(s) URL such as https://example.org; got ${JSON.stringify(input)}.`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new SiteConfigError(`The site URL must use http or https; got ${JSON.stringify(input)}.`)
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password)
    throw new SiteConfigError(`The site URL is the origin only (https://host[:port]); put the path in the base instead (--base ${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`}); got ${JSON.stringify(input)}.`)
  return url.origin
}

/**
 * The public deck a paired phone opens (`https://host/briefing/`): an absolute http(s) address of a
 * folder, so `#/remote?o=…` can be appended. Optional: undefined stays undefined.
 */
export function normalizeRemoteUrl(input: string | undefined): string | undefined {
  const value = input?.trim()
  if (!value)
    return undefined
  let url: URL
  try {
    url = new URL(value)
  }
  catch {
    throw new SiteConfigError(`The remote URL must be an absolute http(s) URL such as https://example.org/briefing/; got ${JSON.stringify(input)}.`)
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash || url.username || url.password)
    throw new SiteConfigError(`The remote URL is the public deck's address (https://host/path/), without query or #; got ${JSON.stringify(input)}.`)
  return url.pathname.endsWith('/') ? url.href : `${url.href}/`
}

/** `base + path`, made absolute with the site URL when there is one. */
export function siteHref(base: string, path: string, siteUrl?: string): string {
  return `${siteUrl ?? ''}${base}${path.replace(/^\//, '')}`
}

/**
 * Same-origin only. Why each exception (each measured by walking the deck without it):
 * - style-src 'unsafe-inline': Mermaid (d3 inside it) writes style="" attributes and a <style>
 *   element into every diagram; without it the diagrams lose their layout and Chromium reports
 *   hundreds of violations. Inline styles cannot run code; scripts stay 'self' only.
 * - img-src data:: UnoCSS icons (the nav bar's buttons) are CSS masks with data: SVG URLs.
 * No 'unsafe-eval' and no inline scripts: the built deck runs without either (tested).
 * Fonts are same-origin files: scripts/build.ts stops Vite from inlining small font subsets as data:.
 * frame-ancestors/report-uri/sandbox are left out on purpose: a <meta> policy cannot carry them
 * and Chromium logs an error for each.
 */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, ...string[]]> = [
  ['default-src', '\'self\''],
  ['script-src', '\'self\''],
  ['style-src', '\'self\'', '\'unsafe-inline\''],
  ['img-src', '\'self\'', 'data:'],
  ['font-src', '\'self\''],
  ['connect-src', '\'self\''],
  ['object-src', '\'none\''],
  ['base-uri', '\'self\''],
  ['form-action', '\'self\''],
]

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(d => d.join(' ')).join('; ')

/** Headers every HTML response should carry (the same in nginx, netlify.toml and vercel.json). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
}

/** Vite puts content-hashed files under assets/: a new build gets new names, so they never change. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable'
/** index.html, the PDF, the preview image, the favicon: always revalidate. */
export const CACHE_REVALIDATE = 'no-cache'

export interface PreviewImage {
  url: string
  width: number
  height: number
  alt: string
}

export interface SiteHead {
  title: string
  description: string
  author?: string
  keywords?: string
  /** Absolute page URL when the site URL is known. */
  pageUrl?: string
  image?: PreviewImage
  csp: string
}

function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Markdown-ish headmatter text (`info`) as one plain line for a description tag. */
export function plainDescription(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`#>]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Tags this build owns: Slidev writes some of them (with its own quoting bugs); they are replaced. */
const OWNED_META = /<meta\s+(?:name|property|http-equiv)="(?:description|author|keywords|og:[\w:]+|twitter:[\w:]+|Content-Security-Policy)"[^>]*>\s*/gi

/**
 * Rewrites the head of Slidev's generated index.html: drops its description/author/keywords/og/twitter tags
 * (Slidev 52 double-quotes them: content="&quot;…\n&quot;") and writes clean ones, plus the CSP
 * as a <meta> placed before any script or stylesheet so it governs all of them.
 */
export function applySiteHead(indexHtml: string, head: SiteHead): string {
  const meta = (attr: 'name' | 'property', key: string, content: string): string =>
    `<meta ${attr}="${key}" content="${escapeAttr(content)}">`
  const tags: string[] = [meta('name', 'description', head.description)]
  if (head.author)
    tags.push(meta('name', 'author', head.author))
  if (head.keywords)
    tags.push(meta('name', 'keywords', head.keywords))
  tags.push(
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
  )
  if (head.pageUrl)
    tags.push(meta('property', 'og:url', head.pageUrl))
  if (head.image) {
    tags.push(
      meta('property', 'og:image', head.image.url),
      meta('property', 'og:image:type', 'image/png'),
      meta('property', 'og:image:width', String(head.image.width)),
      meta('property', 'og:image:height', String(head.image.height)),
      meta('property', 'og:image:alt', head.image.alt),
    )
  }
  tags.push(
    meta('name', 'twitter:card', head.image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
  )
  if (head.image)
    tags.push(meta('name', 'twitter:image', head.image.url), meta('name', 'twitter:image:alt', head.image.alt))

  const html = indexHtml.replace(OWNED_META, '')
  const csp = `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(head.csp)}">`
  const charset = /<meta\s+charset=[^>]*>/i.exec(html)
  const headOpen = /<head[^>]*>/i.exec(html)
  const anchor = charset ?? headOpen
  if (!anchor || !/<\/head>/i.test(html))
    throw new Error('Slidev\'s index.html has no <head>: cannot add the CSP and link-preview tags (was @slidev/cli upgraded?).')
  const at = anchor.index + anchor[0].length
  const withCsp = `${html.slice(0, at)}\n${csp}${html.slice(at)}`
  return withCsp.replace(/<\/head>/i, `${tags.join('\n')}\n</head>`)
}
