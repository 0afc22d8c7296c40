import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { connect, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import process from 'node:process'

/** The server block users install (deploy/nginx/briefing.conf.template), relative to the repo. */
export const NGINX_TEMPLATE = 'deploy/nginx/briefing.conf.template'

const PLACEHOLDERS = ['BRIEFING_LISTEN', 'BRIEFING_ROOT', 'BRIEFING_BASE'] as const
export type NginxPlaceholders = Record<typeof PLACEHOLDERS[number], string>

/** What `envsubst '${BRIEFING_LISTEN} ${BRIEFING_ROOT} ${BRIEFING_BASE}'` does: only those three names. */
export function fillTemplate(template: string, values: NginxPlaceholders): string {
  let out = template
  for (const name of PLACEHOLDERS)
    out = out.replaceAll(`\${${name}}`, values[name])
  return out
}

/** The Debian binary, or whatever `nginx` is on PATH. */
export function findNginx(): string | undefined {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']) {
    if (existsSync(candidate))
      return candidate
  }
  return undefined
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`nginx exited with code ${child.exitCode}`)
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open)
      return
    await new Promise(resolve => setTimeout(resolve, 50))
  }
  throw new Error(`nginx did not accept connections on 127.0.0.1:${port} within ${timeoutMs} ms`)
}

export interface RunningNginx {
  origin: string
  /** origin + base */
  url: string
  /** The server block as filled in, for failure messages. */
  serverBlock: string
  errorLog: () => Promise<string>
  close: () => Promise<void>
}

/**
 * Runs the real nginx with the project's server block on a free loopback port: a private prefix
 * directory holds a generated top-level nginx.conf (mime types from the system's nginx), the
 * logs, the temp paths and a document root where `<root><base>` links to the built site.
 */
export async function startNginx({ repoRoot, siteDir, base }: { repoRoot: string, siteDir: string, base: string }): Promise<RunningNginx> {
  const binary = findNginx()
  if (!binary)
    throw new Error('nginx is not installed: run `bash scripts/setup.sh --test` (Debian: apt-get install nginx-light).')
  const prefix = await mkdtemp(join(tmpdir(), 'briefing-nginx-'))
  const docroot = join(prefix, 'www')
  const siteLink = join(docroot, base)
  await mkdir(dirname(siteLink.replace(/\/$/, '')), { recursive: true })
  if (base === '/')
    await symlink(siteDir, docroot)
  else
    await symlink(siteDir, siteLink.replace(/\/$/, ''))

  const mimeTypes = ['/etc/nginx/mime.types', '/usr/local/nginx/conf/mime.types'].find(existsSync)
  if (!mimeTypes)
    throw new Error('nginx\'s mime.types was not found (expected /etc/nginx/mime.types).')

  let lastError: unknown
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort()
    const serverBlock = fillTemplate(await readFile(join(repoRoot, NGINX_TEMPLATE), 'utf8'), {
      BRIEFING_LISTEN: `127.0.0.1:${port}`,
      BRIEFING_ROOT: docroot,
      BRIEFING_BASE: base,
    })
    const leftover = /\$\{[A-Z_]+\}/.exec(serverBlock)
    if (leftover)
      throw new Error(`${NGINX_TEMPLATE} has a placeholder the docs do not list: ${leftover[0]}`)
    await writeFile(join(prefix, 'briefing.conf'), serverBlock)
    const errorLog = join(prefix, 'error.log')
    await writeFile(join(prefix, 'nginx.conf'), [
      // Root's workers would otherwise run as "nobody", which cannot read a private temp dir.
      ...(process.getuid?.() === 0 ? ['user root;'] : []),
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${errorLog} warn;`,
      'events { worker_connections 256; }',
      'http {',
      `  include ${mimeTypes};`,
      '  default_type application/octet-stream;',
      `  access_log ${join(prefix, 'access.log')};`,
      `  client_body_temp_path ${join(prefix, 'client_body')};`,
      `  proxy_temp_path ${join(prefix, 'proxy')};`,
      `  fastcgi_temp_path ${join(prefix, 'fastcgi')};`,
      `  uwsgi_temp_path ${join(prefix, 'uwsgi')};`,
      `  scgi_temp_path ${join(prefix, 'scgi')};`,
      `  include ${join(prefix, 'briefing.conf')};`,
      '}',
      '',
    ].join('\n'))

    const check = spawn(binary, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', errorLog], { stdio: ['ignore', 'pipe', 'pipe'] })
    let checkOutput = ''
    check.stdout.on('data', (c: Buffer) => (checkOutput += c.toString()))
    check.stderr.on('data', (c: Buffer) => (checkOutput += c.toString()))
    const checkCode = await new Promise<number | null>(resolve => check.on('close', resolve))
    if (checkCode !== 0)
      throw new Error(`nginx -t rejected the configuration:\n${checkOutput}\n--- server block ---\n${serverBlock}`)

    const child = spawn(binary, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', errorLog], { stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()))
    try {
      await waitForPort(port, child, 10_000)
    }
    catch (error) {
      lastError = new Error(`${error instanceof Error ? error.message : String(error)}\n${stderr}\n${await readFile(errorLog, 'utf8').catch(() => '')}`)
      child.kill('SIGKILL')
      continue
    }
    const origin = `http://127.0.0.1:${port}`
    return {
      origin,
      url: `${origin}${base}`,
      serverBlock,
      errorLog: () => readFile(errorLog, 'utf8').catch(() => ''),
      close: async () => {
        if (child.exitCode === null) {
          const exited = new Promise<void>(resolve => child.once('exit', () => resolve()))
          // SIGQUIT: graceful shutdown of the master and its worker.
          child.kill('SIGQUIT')
          const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
          await exited
          clearTimeout(timer)
        }
        await rm(prefix, { recursive: true, force: true })
      },
    }
  }
  await rm(prefix, { recursive: true, force: true })
  throw lastError instanceof Error ? lastError : new Error('nginx did not start')
}
