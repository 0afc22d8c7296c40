import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import sirv from 'sirv'

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234 */
  origin: string
  /** origin + base, e.g. http://127.0.0.1:41234/briefing/ */
  url: string
  close: () => Promise<void>
}

export interface StaticServerOptions {
  /** Directory to serve (a `slidev build` output). */
  root: string
  /** URL prefix the site is built for; must start and end with `/`, as `slidev build --base` requires. */
  base?: string
  /** Serve index.html for unknown paths under the base (history-mode routing); off by default so 404s stay visible. */
  spa?: boolean
}

/**
 * Serves a built site under a base path on 127.0.0.1 only (an ephemeral port), the way a
 * sub-folder host would: anything outside the base is a 404, so assets that ignore `--base` fail loudly.
 */
export async function startStaticServer({ root, base = '/', spa = false }: StaticServerOptions): Promise<StaticServer> {
  if (!base.startsWith('/') || !base.endsWith('/'))
    throw new Error(`base must start and end with "/": got ${JSON.stringify(base)}`)
  const serve = sirv(root, { dev: true, etag: false, single: spa, dotfiles: false })
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
    origin,
    url: `${origin}${base}`,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections()
      server.close(error => (error ? reject(error) : resolve()))
    }),
  }
}
