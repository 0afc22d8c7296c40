import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { palette } from '../../../styles/palette.ts'

/**
 * The reader page as an offline web app: a manifest, an icon, and a small hand-written service
 * worker (no Workbox: one page, a few files). After one visit the page, its CSS and fonts are in
 * the cache and the page opens without a network; slide pictures are cached as they are viewed.
 * The page's only script registers the worker: a same-origin file, which the site's CSP
 * (`script-src 'self'`, workers and manifest falling back to 'self') already allows.
 */

export const SW_FILE = 'sw.js'
export const REGISTER_FILE = 'register-sw.js'
export const MANIFEST_FILE = 'manifest.json'
export const ICON_FILE = 'icon.svg'

/** Lines for the page's <head>. */
export function offlineHeadTags(): string {
  return [
    `<link rel="manifest" href="${MANIFEST_FILE}">`,
    `<link rel="icon" href="${ICON_FILE}" type="image/svg+xml">`,
    `<meta name="theme-color" content="${palette.accent}">`,
    `<script src="${REGISTER_FILE}" defer></script>`,
  ].join('\n')
}

// Registration fails quietly where workers cannot run (file://, plain http off localhost, old browsers):
// the page itself needs no script.
const REGISTER = `if ('serviceWorker' in navigator) navigator.serviceWorker.register('${SW_FILE}').catch(function () {})\n`

function serviceWorker(version: string, precache: string[]): string {
  return `// The reader page's offline cache (scripts/lib/handout/offline.ts). Version ${version}.
const CACHE = 'reader-${version}'
const PRECACHE = ${JSON.stringify(precache)}
const scope = self.registration.scope

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then(cache => cache.addAll(PRECACHE)).then(() => self.skipWaiting()))
})

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then(keys => Promise.all(keys.filter(k => k.startsWith('reader-') && k !== CACHE).map(k => caches.delete(k))))
    .then(() => self.clients.claim()))
})

self.addEventListener('fetch', (event) => {
  const request = event.request
  if (request.method !== 'GET' || !request.url.startsWith(scope))
    return
  if (request.mode === 'navigate') {
    // The newest page when online; the cached one without a network.
    event.respondWith(fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone()
          caches.open(CACHE).then(cache => cache.put(scope, copy))
        }
        return response
      })
      .catch(() => caches.match(scope).then(cached => cached || Response.error())))
    return
  }
  // CSS, fonts, icon: precached; slide pictures: kept once seen. Names change with a new build.
  event.respondWith(caches.match(request).then(cached => cached || fetch(request).then((response) => {
    if (response.ok) {
      const copy = response.clone()
      caches.open(CACHE).then(cache => cache.put(request, copy))
    }
    return response
  })))
})
`
}

function icon(): string {
  const line = (y: number, w: number): string => `<rect x="30" y="${y}" width="${w}" height="8" rx="4" fill="${palette.bg}"/>`
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" rx="18" fill="${palette.accent}"/>${line(28, 40)}${line(46, 40)}${line(64, 26)}</svg>\n`
}

/** Writes the worker, its registration, the manifest and the icon next to the reader page. */
export interface OfflineFiles {
  title: string
  /** The page's own files, by name: their contents version the cache. */
  pageFiles: Record<string, string>
  /** Files cached on install, relative to the page. */
  assetFiles: string[]
}

export async function writeOfflineFiles(dir: string, { title, pageFiles, assetFiles }: OfflineFiles): Promise<void> {
  const precache = ['./', ...assetFiles, MANIFEST_FILE, ICON_FILE, REGISTER_FILE]
  const hash = createHash('sha256')
  for (const [name, content] of Object.entries(pageFiles).sort())
    hash.update(name).update(content)
  hash.update(JSON.stringify(precache))
  // Slide pictures keep their names from build to build: a new picture must mean a new cache.
  const pictures = join(dir, 'slides')
  if (existsSync(pictures)) {
    for (const name of (await readdir(pictures)).sort())
      hash.update(name).update(await readFile(join(pictures, name)))
  }
  const version = hash.digest('hex').slice(0, 12)
  const manifest = {
    name: `${title} — handout`,
    short_name: 'Handout',
    start_url: './',
    scope: './',
    display: 'standalone',
    background_color: palette.bg,
    theme_color: palette.accent,
    icons: [{ src: ICON_FILE, sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  }
  await Promise.all([
    writeFile(join(dir, SW_FILE), serviceWorker(version, precache)),
    writeFile(join(dir, REGISTER_FILE), REGISTER),
    writeFile(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`),
    writeFile(join(dir, ICON_FILE), icon()),
  ])
}
