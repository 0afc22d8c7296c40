import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { applySiteHead, CACHE_IMMUTABLE, CONTENT_SECURITY_POLICY, normalizeBase, normalizeSiteUrl, SiteConfigError } from '../../scripts/lib/site.ts'
import { run } from '../support/run.ts'
import { NGINX_TEMPLATE } from './support/nginx.ts'
import { metaContent } from './support/site-checks.ts'

/** The hosting configs say what the build promises, and the build refuses what it cannot honour. */

const root = (): string => inject('hostingArtifacts').deckRoot
const read = (file: string): string => readFileSync(join(root(), file), 'utf8')

interface VercelHeaderRule { source: string, headers: { key: string, value: string }[] }
interface VercelConfig { buildCommand: string, outputDirectory: string, headers: VercelHeaderRule[] }

/** `[[headers]]` tables of netlify.toml as { for, values }: enough TOML for this file's flat string keys. */
function netlifyHeaders(toml: string): { for: string, values: Record<string, string> }[] {
  return toml.split(/^\[\[headers\]\]\s*$/m).slice(1).map((block) => {
    const forPath = /^\s*for\s*=\s*"([^"]*)"/m.exec(block)?.[1] ?? ''
    const values: Record<string, string> = {}
    const valuesBlock = block.split(/^\s*\[headers\.values\]\s*$/m)[1] ?? ''
    for (const m of valuesBlock.matchAll(/^\s*([\w-]+)\s*=\s*"((?:[^"\\]|\\.)*)"\s*$/gm))
      values[m[1]] = m[2].replace(/\\"/g, '"')
    return { for: forPath, values }
  })
}

describe('base path and site URL rules', () => {
  it('accepts /, /briefing/ and /team/briefing-2025/', () => {
    for (const base of ['/', '/briefing/', '/team/briefing-2025/'])
      expect(normalizeBase(base)).toBe(base)
  })

  it('refuses a base without both slashes, with the corrected value in the message', () => {
    expect(() => normalizeBase('briefing')).toThrow(SiteConfigError)
    expect(() => normalizeBase('briefing')).toThrow(/start and end with "\/".*Did you mean "\/briefing\/"\?/)
    expect(() => normalizeBase('/briefing')).toThrow(/Did you mean "\/briefing\/"/)
    expect(() => normalizeBase('briefing/')).toThrow(SiteConfigError)
  })

  it('refuses empty, doubled, dot and unsafe segments', () => {
    for (const base of ['//', '/a//b/', '/../', '/a/./', '/a b/', '/a?x/', '/a#b/', ''])
      expect(() => normalizeBase(base), base).toThrow(SiteConfigError)
  })

  it('takes the site URL as an origin only', () => {
    expect(normalizeSiteUrl('https://example.org/')).toBe('https://example.org')
    expect(normalizeSiteUrl(undefined)).toBeUndefined()
    expect(normalizeSiteUrl('')).toBeUndefined()
    expect(() => normalizeSiteUrl('example.org')).toThrow(SiteConfigError)
    expect(() => normalizeSiteUrl('https://example.org/briefing/')).toThrow(/--base \/briefing\//)
    expect(() => normalizeSiteUrl('ftp://example.org')).toThrow(SiteConfigError)
  })

  it('scripts/build.ts stops at once, before building, on a malformed --base or BASE_PATH', async () => {
    const tsx = join(root(), 'node_modules', '.bin', 'tsx')
    const flag = await run(tsx, ['scripts/build.ts', '--base', 'briefing', '--out', 'tests/.artifacts/never'], { cwd: root() })
    expect(flag.code).toBe(1)
    expect(flag.output).toMatch(/The base path must start and end with "\/".*Did you mean "\/briefing\/"\?/)
    expect(flag.seconds).toBeLessThan(15)
    const env = await run(tsx, ['scripts/build.ts', '--out', 'tests/.artifacts/never'], { cwd: root(), env: { ...process.env, BASE_PATH: '/team/briefing' } })
    expect(env.code).toBe(1)
    expect(env.output).toMatch(/Did you mean "\/team\/briefing\/"\?/)
  })
})

describe('index.html head', () => {
  const slidevHead = [
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>T - Slidev</title>',
    '<meta name="description" content="&quot;A\\nB&quot;">',
    '<meta property="og:title" content="T - Slidev">',
    '<meta property="og:image" content="./og-image.png">',
    '<script type="module" crossorigin src="/x/assets/index-1.js"></script>',
    '</head>\n<body></body>\n</html>',
  ].join('\n')

  it('replaces Slidev\'s quoted tags and puts the CSP before any script', () => {
    const html = applySiteHead(slidevHead, { title: 'T', description: 'A B', csp: CONTENT_SECURITY_POLICY, image: { url: '/x/og-image.png', width: 1200, height: 675, alt: 'Title slide' } })
    expect(metaContent(html, 'description')).toBe('A B')
    expect(metaContent(html, 'og:title')).toBe('T')
    expect(metaContent(html, 'og:image')).toBe('/x/og-image.png')
    expect(html.match(/property="og:image"/g)).toHaveLength(1)
    expect(html.match(/name="description"/g)).toHaveLength(1)
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'))
    expect(metaContent(html, 'Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('without an image, says so to previews (summary card, no og:image)', () => {
    const html = applySiteHead(slidevHead, { title: 'T', description: 'A B', csp: CONTENT_SECURITY_POLICY })
    expect(metaContent(html, 'og:image')).toBeUndefined()
    expect(metaContent(html, 'twitter:card')).toBe('summary')
  })

  it('escapes attribute values', () => {
    const html = applySiteHead(slidevHead, { title: 'A "quoted" <title>', description: 'x & y', csp: CONTENT_SECURITY_POLICY })
    expect(html).toContain('content="A &quot;quoted&quot; &lt;title&gt;"')
    expect(metaContent(html, 'og:title')).toBe('A "quoted" <title>')
  })
})

describe('hosting configs', () => {
  it('the built page, nginx, Netlify and Vercel all carry the one CSP from scripts/lib/site.ts', () => {
    const built = readFileSync(join(inject('hostingArtifacts').publicDir, 'index.html'), 'utf8')
    expect(metaContent(built, 'Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)

    const nginxPolicies = [...read(NGINX_TEMPLATE).matchAll(/add_header\s+Content-Security-Policy\s+"([^"]+)"\s+always;/g)].map(m => m[1])
    expect(nginxPolicies).toEqual([CONTENT_SECURITY_POLICY])

    const netlify = netlifyHeaders(read('netlify.toml'))
    expect(netlify.find(h => h.for === '/*')?.values['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY)

    const vercel = JSON.parse(read('vercel.json')) as VercelConfig
    const all = vercel.headers.find(h => h.source === '/(.*)')
    expect(all?.headers.find(h => h.key === 'Content-Security-Policy')?.value).toBe(CONTENT_SECURITY_POLICY)
  })

  it('every host caches /assets/ for a year, immutable, and sets no other Cache-Control that could overlap', () => {
    expect(read(NGINX_TEMPLATE)).toMatch(new RegExp(`location \\$\\{BRIEFING_BASE\\}assets/ \\{[^}]*add_header Cache-Control "${CACHE_IMMUTABLE}" always;`))
    const netlify = netlifyHeaders(read('netlify.toml'))
    expect(netlify.filter(h => 'Cache-Control' in h.values)).toEqual([{ for: '/assets/*', values: { 'Cache-Control': CACHE_IMMUTABLE } }])
    const vercel = JSON.parse(read('vercel.json')) as VercelConfig
    const cacheRules = vercel.headers.filter(r => r.headers.some(h => h.key === 'Cache-Control'))
    expect(cacheRules).toEqual([{ source: '/assets/(.*)', headers: [{ key: 'Cache-Control', value: CACHE_IMMUTABLE }] }])
  })

  it('netlify and Vercel build the public site into dist/', () => {
    const toml = read('netlify.toml')
    expect(/^\s*publish\s*=\s*"dist"/m.test(toml)).toBe(true)
    expect(/^\s*command\s*=\s*".*npm run build.*"/m.test(toml)).toBe(true)
    const vercel = JSON.parse(read('vercel.json')) as VercelConfig
    expect(vercel.outputDirectory).toBe('dist')
    expect(vercel.buildCommand).toMatch(/^npm run build\b/)
    expect(vercel.buildCommand).not.toMatch(/--presenter/)
  })

  it('the GitHub Pages workflow installs Chromium and the lockfile, builds under the Pages base path, and deploys dist/', () => {
    interface Step { uses?: string, run?: string, id?: string, with?: Record<string, string>, env?: Record<string, string> }
    interface Job { steps: Step[], needs?: string, container?: string }
    const workflow = parseYaml(read('.github/workflows/pages.yml')) as { permissions: Record<string, string>, jobs: Record<string, Job> }
    expect(workflow.permissions).toMatchObject({ 'pages': 'write', 'id-token': 'write' })
    const build = workflow.jobs.build.steps
    expect(build.some(s => s.run === 'bash scripts/setup.sh')).toBe(true)
    expect(read('scripts/setup.sh')).toMatch(/npm ci/)
    const buildStep = build.find(s => s.run?.startsWith('npm run build'))
    expect(buildStep?.run).toMatch(/--base "\$\{PAGES_BASE_PATH%\/\}\/"/)
    // A GitHub Actions expression, not a JavaScript template.
    // eslint-disable-next-line no-template-curly-in-string
    expect(buildStep?.env?.PAGES_BASE_PATH).toBe('${{ steps.pages.outputs.base_path }}')
    expect(build.find(s => s.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.path).toBe('dist')
    expect(workflow.jobs.deploy.needs).toBe('build')
    expect(workflow.jobs.deploy.steps.some(s => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true)
  })
})
