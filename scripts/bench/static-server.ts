import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHash } from 'node:crypto'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants as zlib, gzip } from 'node:zlib'

const brotli = promisify(brotliCompress)
const gz = promisify(gzip)

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.map': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
}
/** Formats that are already compressed (images, woff/woff2) are sent as they are, as hosts do. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.wasm', '.map', '.ico', '.ttf'])

export interface StaticServer {
  url: string
  close: () => Promise<void>
}

/**
 * dist/ served the way a static host with compression serves it: brotli at quality 11 when the
 * browser accepts it (what hosts that pre-compress at deploy time send; Chromium always asks for
 * br), gzip level 9 otherwise, and an SPA fallback to index.html (the baseline uses history routing).
 * Compressed bodies are made on first request and kept (in memory and in `diskCache`), so a warm-up
 * load pays the compression time once and the measured loads only see transfer.
 */
export async function serveStatic(root: string, diskCache: string): Promise<StaticServer> {
  const cache = new Map<string, Buffer>()
  const server = createServer((req, res) => {
    handle(req.url ?? '/', String(req.headers['accept-encoding'] ?? '')).then(
      ({ status, headers, body }) => {
        res.writeHead(status, headers)
        res.end(req.method === 'HEAD' ? undefined : body)
      },
      (error: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' })
        res.end(String(error))
      },
    )
  })

  /**
   * Brotli 11 takes tens of seconds on the starter's multi-MB Monaco chunks; built files keep their
   * content from run to run, so compressed bodies are also kept on disk, by content hash.
   */
  async function compressCached(raw: Buffer, encoding: 'br' | 'gzip'): Promise<Buffer> {
    const file = join(diskCache, `${createHash('sha256').update(raw).digest('hex')}.${encoding}`)
    const cached = await readFile(file).catch(() => null)
    if (cached)
      return cached
    const body = encoding === 'br'
      ? await brotli(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } })
      : await gz(raw, { level: 9 })
    await mkdir(diskCache, { recursive: true })
    await writeFile(file, body)
    return body
  }

  async function resolveFile(urlPath: string): Promise<string | null> {
    const path = normalize(decodeURIComponent(urlPath.split('?')[0].split('#')[0]))
    const file = join(root, path)
    if (!file.startsWith(root + sep) && file !== root)
      return null
    const info = await stat(file).catch(() => null)
    if (info?.isFile())
      return file
    if (info?.isDirectory()) {
      const index = join(file, 'index.html')
      if (await stat(index).catch(() => null))
        return index
    }
    // SPA fallback for routes such as /3, but a missing asset stays a 404.
    return extname(path) ? null : join(root, 'index.html')
  }

  async function handle(urlPath: string, acceptEncoding: string): Promise<{ status: number, headers: Record<string, string>, body: Buffer }> {
    const file = await resolveFile(urlPath)
    if (!file)
      return { status: 404, headers: { 'content-type': 'text/plain' }, body: Buffer.from('not found') }
    const ext = extname(file)
    const headers: Record<string, string> = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'vary': 'accept-encoding',
      // Hashed assets are immutable; the measurements use a fresh browser context per run anyway.
      'cache-control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
    }
    const raw = await readFile(file)
    const encoding: 'br' | 'gzip' | null = !COMPRESSIBLE.has(ext) ? null : /\bbr\b/.test(acceptEncoding) ? 'br' : /\bgzip\b/.test(acceptEncoding) ? 'gzip' : null
    if (!encoding)
      return { status: 200, headers, body: raw }
    const key = `${encoding}:${file}`
    let body = cache.get(key)
    if (!body) {
      body = await compressCached(raw, encoding)
      cache.set(key, body)
    }
    headers['content-encoding'] = encoding
    return { status: 200, headers, body }
  }

  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}
