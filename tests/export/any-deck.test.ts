import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { pageTexts } from '../support/pdf.ts'
import { readPptx } from '../support/pptx.ts'
import { run } from '../support/run.ts'

/**
 * `npm run export` on Slidev decks no one here wrote, each in its own folder outside this project,
 * with no vite.config, package.json or node_modules of its own: a plain three-slide deck with one
 * Mermaid diagram (written here), and Slidev's starter template as published in create-slidev 52.15.2
 * (tests/fixtures/slidev-starter, copied out). Offline by design: the export fetches nothing, so the
 * starter's remote cover image is a warning naming its slide, and `--strict` turns it into a failure.
 */
const ROOT = resolve(import.meta.dirname, '..', '..')
const STARTER = join(ROOT, 'tests', 'fixtures', 'slidev-starter')
const made: string[] = []

const PLAIN_DECK = `---
title: A plain deck
---

# A plain deck

Three slides and no configuration of their own.

---

# A diagram

\`\`\`mermaid
flowchart LR
  Q[Question] --> A[Answer]
\`\`\`

---

# The end

- One point
- Another point
`

async function tempDir(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `any-deck-${name}-`))
  made.push(dir)
  return dir
}

async function exportDeck(entry: string, ...extra: string[]): Promise<{ code: number, output: string, outDir: string }> {
  const outDir = await tempDir('out')
  const args = ['scripts/export.ts', '--entry', entry, '--out-dir', outDir, '--only', 'pdf,pptx', ...extra]
  const result = await run(join(ROOT, 'node_modules', '.bin', 'tsx'), args, { cwd: ROOT })
  return { code: result.code, output: result.output, outDir }
}

/** PDF pages = PPTX slides = the deck's slides, and text on every page and every slide. */
async function expectEverySlide(outDir: string, slides: number, output: string): Promise<void> {
  const files = await readdir(outDir)
  expect(files.sort(), output).toEqual(['slides-export.pdf', 'slides-export.pptx'])
  const pages = await pageTexts(join(outDir, 'slides-export.pdf'))
  expect(pages).toHaveLength(slides)
  pages.forEach((text, i) => expect(text.trim(), `PDF page ${i + 1} has no text`).not.toBe(''))
  const pptx = await readPptx(join(outDir, 'slides-export.pptx'))
  expect(pptx.slides).toHaveLength(slides)
  pptx.slides.forEach((slide, i) => expect(slide.texts.join('').trim(), `PPTX slide ${i + 1} has no text`).not.toBe(''))
}

describe('npm run export serves any Slidev deck', () => {
  afterAll(async () => {
    await Promise.all(made.map(dir => rm(dir, { recursive: true, force: true })))
  })

  it('exports a plain three-slide deck with a Mermaid diagram from a folder outside the project', async () => {
    const deck = await tempDir('plain')
    await writeFile(join(deck, 'slides.md'), PLAIN_DECK)
    const { code, output, outDir } = await exportDeck(join(deck, 'slides.md'))
    expect(code, output).toBe(0)
    await expectEverySlide(outDir, 3, output)
  }, 600_000)

  it('exports Slidev\'s starter template, naming the remote cover image\'s slide in a warning', async () => {
    const deck = await tempDir('starter')
    await cp(STARTER, deck, { recursive: true })
    const { code, output, outDir } = await exportDeck(join(deck, 'slides.md'))
    expect(code, output).toBe(0)
    // The starter's 16 slides: slides.md's 15 and pages/imported-slides.md's one.
    await expectEverySlide(outDir, 16, output)
    const cover = output.split('\n').find(l => l.includes('https://cover.sli.dev')) ?? ''
    expect(cover, output).toMatch(/^warning: slide 1 “Welcome to Slidev” \(slides\.md:1\) at slides\.md:6 loads the remote asset https:\/\/cover\.sli\.dev/)
  }, 600_000)

  it('--strict stops on the starter\'s remote cover image and writes nothing', async () => {
    const deck = await tempDir('starter-strict')
    await cp(STARTER, deck, { recursive: true })
    const { code, output, outDir } = await exportDeck(join(deck, 'slides.md'), '--strict')
    expect(code, output).not.toBe(0)
    expect(output).toMatch(/^error: Export stopped: \d+ problem\(s\) in the remote assets \(--strict\)/m)
    expect(output).toMatch(/✗ slide 1 “Welcome to Slidev” \(slides\.md:1\): loads the remote asset https:\/\/cover\.sli\.dev\/? \(slides\.md:6\)/)
    // A user's mistake, not a bug: no stack trace.
    expect(output).not.toMatch(/^\s+at /m)
    expect(await readdir(outDir)).toEqual([])
  }, 600_000)
})
