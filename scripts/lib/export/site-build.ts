import type { Buffer } from 'node:buffer'
import type { ExportDeck } from './deck.ts'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

/** `slidev build` failed; the message quotes the end of its output. */
export class SiteBuildError extends Error {}

const SLIDEV_BIN = fileURLToPath(new URL('../../../node_modules/@slidev/cli/bin/slidev.mjs', import.meta.url))

/**
 * The deck built once, with Slidev's public CLI: `slidev build --without-notes --router-mode hash`.
 * DECK_EXPORT_BUILD=1 makes vite.config.ts produce one self-contained index.html that also carries
 * the print route; the exporter renders every format from it, and ships it as the single HTML deck.
 * Notes stay out of the bundle: the formats that carry notes take them from the parsed slides.
 */
export async function buildExportSite(deck: ExportDeck, outDir: string): Promise<string> {
  await rm(outDir, { recursive: true, force: true })
  const args = [SLIDEV_BIN, 'build', join(deck.root, deck.entry), '--out', outDir, '--without-notes', '--router-mode', 'hash']
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: deck.root,
      // NODE_ENV=production even under a test runner (NODE_ENV=test would bundle Vue's development build).
      env: { ...process.env, NODE_ENV: 'production', DECK_EXPORT_BUILD: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let text = ''
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0)
        resolve(text)
      else
        reject(new SiteBuildError(`slidev build of ${deck.entry} failed (exit ${code}):\n${text.split('\n').slice(-30).join('\n')}`))
    })
  })
  const index = join(outDir, 'index.html')
  if (!existsSync(index))
    throw new SiteBuildError(`slidev build wrote no index.html in ${outDir}:\n${output.split('\n').slice(-20).join('\n')}`)
  // Only the one file: a leftover asset would mean something escaped the single-file build.
  const html = await readFile(index, 'utf8')
  if (/<script[^>]+\bsrc=/i.test(html) || /<link[^>]+rel="stylesheet"/i.test(html))
    throw new SiteBuildError(`The export build of ${deck.entry} still links external scripts or styles: is vite-plugin-singlefile active in vite.config.ts?`)
  return index
}
