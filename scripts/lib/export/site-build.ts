import type { Buffer } from 'node:buffer'
import type { ExportDeck } from './deck.ts'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'
import { CliError } from '../cli-error.ts'

/** `slidev build` failed; the message quotes the end of its output. */
export class SiteBuildError extends CliError {}

const BUILD_PROCESS = fileURLToPath(new URL('./site-build-process.ts', import.meta.url))
// By address, not by name: the build runs in the deck's folder, which may have no node_modules.
const TSX_LOADER = import.meta.resolve('tsx')

/**
 * The deck built once, with Slidev's build and the exporter's own Vite settings passed inline
 * (site-build-process.ts): one self-contained index.html that also carries the print route, no notes,
 * hash routes. The exporter renders every format from it, and ships it as the single HTML deck. Notes
 * stay out of the bundle: the formats that carry notes take them from the parsed slides. The deck's
 * folder needs no vite.config: any Slidev deck on disk builds the same way.
 */
export async function buildExportSite(deck: ExportDeck, outDir: string): Promise<string> {
  await rm(outDir, { recursive: true, force: true })
  const args = ['--import', TSX_LOADER, BUILD_PROCESS, join(deck.root, deck.entry), outDir]
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: deck.root,
      // NODE_ENV=production even under a test runner (NODE_ENV=test would bundle Vue's development build).
      env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', FORCE_COLOR: '0' },
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
  // A remote script or stylesheet (a deck's web fonts) is a remote asset, reported when the page asks for it.
  const local = (tag: string): boolean => !/\b(?:src|href)=["']?(?:https?:)?\/\//i.test(tag)
  const scripts = html.match(/<script[^>]+\bsrc=[^>]*>/gi) ?? []
  const sheets = (html.match(/<link[^>]+>/gi) ?? []).filter(tag => /\brel=["']?stylesheet/i.test(tag))
  if ([...scripts, ...sheets].some(local))
    throw new SiteBuildError(`The export build of ${deck.entry} still links external scripts or styles: does the deck's vite.config undo vite-plugin-singlefile?`)
  return index
}
