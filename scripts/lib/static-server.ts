import type { Buffer } from 'node:buffer'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHash } from 'node:crypto'
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, gzip, constants as zlib } from 'node:zlib'
import sirv from 'sirv'

/**
 * The one static server of the project, shared by scripts (export, build), tests and bench.
 * A built site served under its base on 127.0.0.1 on a free port, the way a sub-folder host would:
 * anything outside the base is a 404, so assets that ignore `--base` fail loudly.
 */
export interface StaticServerOptions {
  root: string
  /** URL prefix the site is built for; starts and ends with `/`. */
  base?: string
  /** Serve index.html for unknown paths under the base (history-mode routing); off so 404s stay visible. */
  spa?: boolean
  /**
   * Compress like a host that pre-compresses at deploy (brotli 11, gzip 9 for clients without br),
   * keeping compressed bodies in memory and under this folder by content hash (the bench's first view).
   */
  compressCacheDir?: string
}

export interface StaticServer {
  port: number
  /** http://127.0.0.1:PORT */
  origin: string
  /** origin + base */
  url: string
  close: () => Promise<void>
}

const brotli = promisify(brotliCompress)
const gz = promisify(gzip)
/** Formats already compressed (images, woff/woff2) are sent as they are, as hosts do. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.wasm', '.map', '.ico', '.ttf'])

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

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
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
}

/**
 * Compressible files are read and compressed here (once per content); everything else, and every
 * miss (SPA fallback, 404), goes to sirv as usual.
 */
function compressing(serve: Handler, root: string, cacheDir: string, spa: boolean): Handler {
  const memory = new Map<string, Buffer>()
  const compress = async (raw: Buffer, encoding: 'br' | 'gzip'): Promise<Buffer> => {
    const key = `${createHash('sha256').update(raw).digest('hex')}.${encoding}`
    const cached = memory.get(key) ?? await readFile(join(cacheDir, key)).catch(() => undefined)
    if (cached)
      return cached
    const body = encoding === 'br'
      ? await brotli(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } })
      : await gz(raw, { level: 9 })
    await mkdir(cacheDir, { recursive: true })
    await writeFile(join(cacheDir, key), body)
    memory.set(key, body)
    return body
  }
  const fileFor = async (urlPath: string): Promise<string | undefined> => {
    const path = normalize(decodeURIComponent(urlPath.split('?')[0].split('#')[0]))
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path)
    if (!file.startsWith(root + sep))
      return undefined
    if ((await stat(file).catch(() => undefined))?.isFile())
      return file
    return spa && !extname(path) ? join(root, 'index.html') : undefined
  }
  return (req, res, next) => {
    const accept = String(req.headers['accept-encoding'] ?? '')
    const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : undefined
    if (!encoding)
      return serve(req, res, next)
    fileFor(req.url ?? '/').then(async (file) => {
      if (!file || !COMPRESSIBLE.has(extname(file)))
        return serve(req, res, next)
      const body = await compress(await readFile(file), encoding)
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-encoding': encoding,
        'vary': 'accept-encoding',
        // Hashed assets are immutable; measurements use a fresh browser context per run anyway.
        'cache-control': file.includes(`${sep}assets${sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      })
      res.end(req.method === 'HEAD' ? undefined : body)
    }).catch((error: unknown) => {
      res.writeHead(500).end(String(error))
    })
  }
}

export async function startStaticServer({ root, base = '/', spa = false, compressCacheDir }: StaticServerOptions): Promise<StaticServer> {
  if (!base.startsWith('/') || !base.endsWith('/'))
    throw new Error(`base must start and end with "/": got ${JSON.stringify(base)}`)
  const plain = sirv(root, { dev: true, etag: false, single: spa, dotfiles: false }) as Handler
  const serve = compressCacheDir ? compressing(plain, resolve(root), compressCacheDir, spa) : plain
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    // "/briefing" without the slash: redirect as static hosts do, so relative URLs resolve under the base.
    if (base !== '/' && url === base.slice(0, -1)) {
      res.writeHead(301, { location: base }).end()
      return
    }
    if (!url.startsWith(base)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`outside ${base}: ${url}`)
      return
    }
    req.url = `/${url.slice(base.length)}`
    serve(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${url}`)
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const origin = `http://127.0.0.1:${port}`
  return {
    port,
    origin,
    url: `${origin}${base}`,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections()
      server.close(error => (error ? reject(error) : resolve()))
    }),
  }
}
