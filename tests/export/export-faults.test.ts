import { existsSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { run } from '../support/run.ts'

/**
 * Planted faults (tests/fixtures/export-faults): each deck renders, but one slide is wrong in a way
 * a page count would never show. `npm run export` must stop, name the slide and its file:line, and
 * leave nothing under the final export names.
 */
const ROOT = resolve(import.meta.dirname, '..', '..')
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'export-faults')
const outDirs: string[] = []

async function exportDeck(deck: string): Promise<{ code: number, output: string, files: string[] }> {
  const outDir = await mkdtemp(join(tmpdir(), `export-fault-${deck}-`))
  outDirs.push(outDir)
  // A short render timeout: the never-loading slide must fail in seconds, not a minute.
  const args = ['scripts/export.ts', '--entry', join(FIXTURES, deck, 'slides.md'), '--out-dir', outDir, '--timeout', '20']
  const result = await run(join(ROOT, 'node_modules', '.bin', 'tsx'), args, { cwd: ROOT })
  return { code: result.code, output: result.output, files: existsSync(outDir) ? await readdir(outDir) : [] }
}

describe('npm run export refuses a deck with a planted fault', () => {
  afterAll(async () => {
    await Promise.all(outDirs.map(dir => rm(dir, { recursive: true, force: true })))
  })

  const cases = [
    { deck: 'overflow', says: /content overflows the slide: <li> "Bullet number \d+/ },
    // Caught by the deck checks (Vue's template parser) before any slide renders.
    { deck: 'unknown-component', says: /unknown component <RoundCardz>/ },
    { deck: 'too-small', says: /body text 12 px < 18 px/ },
    { deck: 'never-loads', says: /never finished loading within 20 s: its data-waitfor="\.chart-ready" never appeared/ },
    // The design checks (issue 20): each after the legibility budget, on a slide that passes it.
    { deck: 'half-empty', says: /the lower 40 % of the body is empty with every click revealed \(its content ends at \d+ % of the body height, lowest: li “A third point/ },
    { deck: 'citation-cluster', says: /citation cluster of 4 numbers “\[1, 8, 25, 37\]”/ },
    // Slide 1 has "→": Inter's own symbol faces (styles/inter-symbols.css) draw it, so only "☂" is blamed.
    { deck: 'missing-glyph', says: /☂ \(U\+2602\) is in none of the deck's fonts: p “Rain cover for the press pool ☂ at the venue\.” is drawn in [^(]+ \(1 glyph\), a system face/ },
  ]
  for (const { deck, says } of cases) {
    it(`${deck}: exits non-zero naming slide 2 and pages/01-fault.md:13, writes nothing`, async () => {
      const { code, output, files } = await exportDeck(deck)
      expect(code, output).not.toBe(0)
      expect(output).toMatch(/Export stopped: \d+ problem|The deck has \d+ problem/)
      const line = output.split('\n').find(l => l.includes('✗') && says.test(l)) ?? ''
      expect(line, output).toMatch(/✗ (?:pages\/01-fault\.md:\d+: )?slide 2 “/)
      expect(line, output).toContain('(pages/01-fault.md:13)')
      // Slide 1 is fine and must not be blamed.
      expect(output).not.toContain('slide 1 “')
      expect(files, `left in the output folder: ${files.join(', ')}`).toEqual([])
    }, 240_000)
  }
})
