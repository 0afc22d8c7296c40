import { Buffer } from 'node:buffer'
import { execFileSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { readQr } from '../support/qr-decode.ts'
import { run } from '../support/run.ts'

/**
 * "Scan to follow": the title slide's `<ReaderQr />`, exported. With `--site-url` (and `--base`), slide
 * 1's PNG carries a QR code that a decoder reads as the hosted reader page's address, as a phone camera
 * would read it off the projected slide; without `--site-url` the slide carries no code at all.
 */
const ROOT = resolve(import.meta.dirname, '..', '..')
const DECK = join(ROOT, 'tests', 'fixtures', 'reader-qr', 'slides.md')
const outDirs: string[] = []

async function exportSlide1(extra: string[]): Promise<{ png: Buffer, file: string }> {
  const outDir = await mkdtemp(join(tmpdir(), 'reader-qr-'))
  outDirs.push(outDir)
  const result = await run(join(ROOT, 'node_modules', '.bin', 'tsx'), ['scripts/export.ts', '--entry', DECK, '--out-dir', outDir, '--only', 'png', ...extra], { cwd: ROOT })
  expect(result.code, result.output).toBe(0)
  const pngDir = join(outDir, 'reader-qr-png')
  const file = join(pngDir, (await readdir(pngDir)).sort()[0])
  return { png: Buffer.from(await readFile(file)), file }
}

/** zbarimg (Debian's zbar-tools, installed by bash scripts/setup.sh --test): a second, independent decoder. */
function zbar(file: string): string {
  try {
    return execFileSync('zbarimg', ['--raw', '-q', file], { encoding: 'utf8' }).trim()
  }
  catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    throw new Error(missing ? 'zbarimg is missing: install zbar-tools (bash scripts/setup.sh --test)' : `zbarimg found no code in ${file}`, { cause: error })
  }
}

describe('the title slide\'s reader-page QR code in the export', () => {
  afterAll(async () => {
    await Promise.all(outDirs.map(dir => rm(dir, { recursive: true, force: true })))
  })

  it('with --site-url and --base, slide 1\'s PNG decodes to the hosted reader page', async () => {
    const { png, file } = await exportSlide1(['--site-url', 'https://briefing.example.org', '--base', '/briefing/'])
    expect(readQr(png)).toBe('https://briefing.example.org/briefing/handout/')
    expect(zbar(file)).toBe('https://briefing.example.org/briefing/handout/')
  }, 240_000)

  it('without --site-url, slide 1 carries no code', async () => {
    const { png, file } = await exportSlide1([])
    expect(readQr(png)).toBeUndefined()
    expect(() => zbar(file)).toThrow(/found no code/)
  }, 240_000)
})
