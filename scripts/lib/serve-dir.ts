import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import sirv from 'sirv'

export interface LocalSite {
  port: number
  /** http://localhost:PORT/base/ */
  url: string
  close: () => Promise<void>
}

/**
 * Serves a built site under its base on the loopback interface, on a free port, for the build's
 * own browser steps (PDF, preview image). Unknown paths under the base get index.html, like the
 * server Slidev's `build --download` uses, so history-mode routes would work too.
 */
export async function serveBuiltSite(dir: string, base: string): Promise<LocalSite> {
  const serve = sirv(dir, { dev: true, etag: false, single: true })
  const server = createServer((req, res) => {
    const url = req.url ?? '/'
    if (!url.startsWith(base)) {
      res.writeHead(404).end()
      return
    }
    req.url = `/${url.slice(base.length)}`
    serve(req, res, () => {
      res.writeHead(404).end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    // Loopback only. Slidev's exporter opens http://localhost:PORT, which Chromium also tries on
    // 127.0.0.1 (scripts/export.ts relies on the same with its dev server).
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    port,
    url: `http://localhost:${port}${base}`,
    close: () => new Promise<void>((resolve, reject) => {
      server.closeAllConnections()
      server.close(error => (error ? reject(error) : resolve()))
    }),
  }
}
