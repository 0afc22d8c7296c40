import { describe, expect, it } from 'vitest'
import { NoChromiumError } from '../../scripts/lib/chromium.ts'
import { CliError, describeCliFailure } from '../../scripts/lib/cli-error.ts'
import { DeckProblemsError } from '../../scripts/lib/deck-gate.ts'
import { SiteBuildError } from '../../scripts/lib/export/site-build.ts'
import { HandoutInputError } from '../../scripts/lib/handout/index.ts'
import { SiteConfigError } from '../../scripts/lib/site.ts'
import { UnknownSlidevError } from '../../scripts/lib/slidev-internals.ts'

describe('one error type for every CLI (scripts/lib/cli-error.ts)', () => {
  it('prints a user\'s problem as one `error:` message with its file:line and no stack', () => {
    const line = describeCliFailure(new CliError('the handout\'s cover needs coverage', 'slides.md:12'))
    expect(line).toBe('error: slides.md:12: the handout\'s cover needs coverage')
    expect(line).not.toMatch(/\n\s+at /)
  })

  it('prints a bug with its stack', () => {
    const line = describeCliFailure(new TypeError('x is undefined'))
    expect(line).toMatch(/^error \(a bug in the tools[^)]*\): TypeError: x is undefined\n\s+at /)
  })

  it.each([
    ['HandoutInputError', new HandoutInputError('no coverage')],
    ['DeckProblemsError', new DeckProblemsError('The deck has 1 problem(s)')],
    ['NoChromiumError', new NoChromiumError('no browser')],
    ['SiteBuildError', new SiteBuildError('build failed')],
    ['SiteConfigError', new SiteConfigError('bad --base')],
    ['UnknownSlidevError', new UnknownSlidevError('@slidev/cli 99 is installed')],
  ])('%s is a CliError, so every CLI prints it without a stack', (name, error) => {
    expect(error).toBeInstanceOf(CliError)
    expect(error.name).toBe(name)
    expect(describeCliFailure(error)).toBe(`error: ${error.message}`)
  })
})
