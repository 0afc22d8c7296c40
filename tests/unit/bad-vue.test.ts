import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import { deckRoot } from './support/deck-root.ts'

const fixture = join(deckRoot, 'tests/fixtures/bad-vue')
const page = 'pages/01-bad.md'

function lineOf(marker: string): number {
  const i = readFileSync(join(fixture, page), 'utf8').split('\n').findIndex(l => l.includes(marker))
  expect(i, marker).toBeGreaterThanOrEqual(0)
  return i + 1
}

describe('npm run check on a deck with bad YAML, an unknown component and an unknown layout', () => {
  let output = ''
  let code = 0
  beforeAll(async () => {
    // The real command, as a user runs it, pointed at the fixture deck.
    try {
      await promisify(execFile)('npm', ['run', '--silent', 'check', '--', fixture], { cwd: deckRoot })
    }
    catch (e) {
      const err = e as { code: number, stderr: string, stdout: string }
      code = err.code
      output = `${err.stdout}${err.stderr}`
    }
  }, 120_000)

  it('fails', () => {
    expect(code).not.toBe(0)
  })

  it('names the malformed frontmatter by file and line', () => {
    expect(output).toContain(`${page}:${lineOf('layout: {default')}: frontmatter is not valid YAML`)
  })

  it('names the misspelled component by file and line', () => {
    expect(output).toContain(`${page}:${lineOf('<RoundCardz')}: slide 3 “Misspelled component”`)
    expect(output).toContain('unknown component <RoundCardz>')
  })

  it('names the unknown layout by file and line', () => {
    expect(output).toContain(`${page}:${lineOf('layout: sectionn')}: slide 4 “Unknown layout”`)
  })

  it('blames the unterminated quote on its own slide, not the next one', () => {
    expect(output).toContain(`${page}:${lineOf('title: "unterminated')}: frontmatter is not valid YAML`)
    expect(output).not.toMatch(/“After the unterminated quote”/)
  })
})
