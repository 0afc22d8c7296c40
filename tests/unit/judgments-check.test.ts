import type { AnyRecord, DeckDataSet } from '../../scripts/lib/deck-checks/index.ts'
import { describe, expect, it } from 'vitest'
import { indicators } from '../../data/indicators.ts'
import { judgments } from '../../data/judgments.ts'
import { checkJudgments, checkJudgmentSlides, loadDeck, loadDeckData } from '../../scripts/lib/deck-checks/index.ts'
import { deckRoot } from './support/deck-root.ts'

/**
 * The key-judgment checks (scripts/lib/deck-checks/judgments.ts) on planted faults: each must
 * fail with the file:line of the field at fault. The fixture file is written here, so the line
 * numbers below are the ones the records occupy in it.
 */

const FILE = 'data/judgments.ts'

function good(id: string, overrides: Record<string, unknown> = {}): AnyRecord {
  return {
    id,
    text: 'A final agreement is unlikely to be signed before the end of March 2027.',
    likelihood: 'unlikely',
    confidence: 'moderate',
    basis: 'Headlines to 7 Oct show no movement on the core demands.',
    slides: ['sequencing'],
    sources: ['src-a'],
    ...overrides,
  }
}

/** Writes the records as data/judgments.ts would hold them: one field a line, 10 lines a record. */
function fixture(records: AnyRecord[], extra: Record<string, readonly AnyRecord[]> = {}): DeckDataSet {
  const lines = ['export const judgments = [']
  for (const r of records) {
    lines.push('  {')
    for (const field of ['id', 'text', 'likelihood', 'confidence', 'basis', 'slides', 'sources'] as const) {
      if (field in r)
        lines.push(`    ${field}: ${JSON.stringify(r[field]).replace(/"/g, '\'')},`)
    }
    lines.push('  },')
  }
  lines.push(']')
  const indicatorLines = ['export const indicators = [']
  for (const r of extra.indicators ?? [])
    indicatorLines.push('  {', `    id: '${r.id}',`, `    text: 'x',`, `    moves: ${JSON.stringify(r.moves).replace(/"/g, '\'')},`, '  },')
  indicatorLines.push(']')
  return {
    sources: [],
    collections: { judgments: records, ...extra },
    files: [{ path: FILE, text: lines.join('\n') }, { path: 'data/indicators.ts', text: indicatorLines.join('\n') }],
  }
}

/** Record n (0-based) starts at line 2 + 9n: `{` then id on the next line. */
function line(n: number, field: 'id' | 'text' | 'likelihood' | 'slides' | 'sources'): number {
  return 2 + 9 * n + 1 + ['id', 'text', 'likelihood', 'confidence', 'basis', 'slides', 'sources'].indexOf(field)
}

describe('key-judgment checks', () => {
  it('pass a well-formed judgment', () => {
    expect(checkJudgments(fixture([good('kj-a')]))).toEqual([])
  })

  it('a likelihood off the scale: file:line of `likelihood:`', () => {
    const errors = checkJudgments(fixture([good('kj-ok'), good('kj-phia', { likelihood: 'realistic possibility', text: 'A deal is a realistic possibility before April 2027.' })]))
    expect(errors).toContain(`${FILE}:${line(1, 'likelihood')}: judgment kj-phia: likelihood "realistic possibility" is not a term of the ICD 203 scale (almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, almost certain)`)
    expect(errors).toContain(`${FILE}:${line(1, 'text')}: judgment kj-phia: estimative words off the deck's ICD 203 scale ("realistic possibility"): use one of almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, almost certain`)
  })

  it('the term not said in the sentence', () => {
    expect(checkJudgments(fixture([good('kj-a', { likelihood: 'very unlikely' })]))).toEqual([
      `${FILE}:${line(0, 'text')}: judgment kj-a: the sentence does not say its likelihood "very unlikely" verbatim`,
    ])
  })

  it('two scale terms in one sentence (and "very likely" is not also counted as "likely")', () => {
    expect(checkJudgments(fixture([good('kj-a', { likelihood: 'likely', text: 'Strikes are likely to resume, and a deal is very unlikely.' })]))).toEqual([
      `${FILE}:${line(0, 'text')}: judgment kj-a: the sentence has 2 likelihood terms ("very unlikely", "likely"); a judgment states one`,
    ])
    expect(checkJudgments(fixture([good('kj-b', { likelihood: 'very likely', text: 'Strikes are very likely to resume.' })]))).toEqual([])
  })

  it('likelihood and confidence mixed in one phrase', () => {
    const errors = checkJudgments(fixture([good('kj-a', { likelihood: 'likely', text: 'We judge with high confidence that strikes are highly likely to resume.' })]))
    expect(errors).toContain(`${FILE}:${line(0, 'text')}: judgment kj-a: likelihood and confidence mixed in one sentence ("confidence"): give confidence in \`confidence\` and \`basis\`, not in the text (ICD 203)`)
    expect(errors).toContain(`${FILE}:${line(0, 'text')}: judgment kj-a: estimative words off the deck's ICD 203 scale ("highly likely"): use one of almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, almost certain`)
    expect(checkJudgments(fixture([good('kj-b', { text: 'We are confident that a deal is unlikely before April 2027.' })]))).toEqual([
      `${FILE}:${line(0, 'text')}: judgment kj-b: likelihood and confidence mixed in one sentence ("confident"): give confidence in \`confidence\` and \`basis\`, not in the text (ICD 203)`,
    ])
  })

  it('a bare hedge inside the text, but not the month of May', () => {
    expect(checkJudgments(fixture([good('kj-a', { text: 'A deal could come, but it is unlikely before the end of March 2027.' })]))).toEqual([
      `${FILE}:${line(0, 'text')}: judgment kj-a: bare hedge ("could") in a judgment: state the likelihood with the scale term alone`,
    ])
    expect(checkJudgments(fixture([good('kj-b', { text: 'Perhaps a deal is possible; it might be unlikely.' })]))[0])
      .toBe(`${FILE}:${line(0, 'text')}: judgment kj-b: bare hedge ("Perhaps", "possible", "might") in a judgment: state the likelihood with the scale term alone`)
    expect(checkJudgments(fixture([good('kj-c', { text: 'A deal is unlikely before May 2027 or by 3 May.' })]))).toEqual([])
  })

  it('a judgment without sources: file:line of `sources:`, or of `id:` when the field is missing', () => {
    expect(checkJudgments(fixture([good('kj-a', { sources: [] })]))).toEqual([
      `${FILE}:${line(0, 'sources')}: judgment kj-a: a judgment without sources: name the sources that carry its evidence`,
    ])
    const { sources: _, ...noField } = good('kj-b')
    expect(checkJudgments(fixture([noField as AnyRecord]))).toEqual([
      `${FILE}:${line(0, 'id')}: judgment kj-b: a judgment without sources: name the sources that carry its evidence`,
    ])
  })

  it('more than five judgments: the sixth is named', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map(x => good(`kj-${x}`))
    expect(checkJudgments(fixture(six))).toEqual([
      `${FILE}:${line(5, 'id')}: judgment kj-f: more than 5 key judgments (6); keep the bottom line to 5`,
    ])
  })

  it('an indicator that names a judgment that does not exist', () => {
    const data = fixture([good('kj-a')], { indicators: [{ id: 'ind-x', moves: [{ judgment: 'kj-a', direction: 'up' }, { judgment: 'kj-gone', direction: 'down' }] }] })
    expect(checkJudgments(data)).toEqual([
      'data/indicators.ts:5: indicator ind-x: would move judgment "kj-gone", which is not in data/judgments.ts',
    ])
  })
})

describe('the deck\'s own judgments and indicators', () => {
  it('pass the checks', async () => {
    expect(checkJudgments(await loadDeckData(deckRoot))).toEqual([])
  })

  it('are at most five, each naming evidence slides; 5–7 indicators, each moving a judgment', () => {
    expect(judgments.length).toBeGreaterThan(0)
    expect(judgments.length).toBeLessThanOrEqual(5)
    for (const j of judgments)
      expect(j.slides.length, j.id).toBeGreaterThan(0)
    expect(indicators.length).toBeGreaterThanOrEqual(5)
    expect(indicators.length).toBeLessThanOrEqual(7)
  })
})

describe('evidence links', () => {
  it('fail on a slide alias the deck does not have, at the `slides:` line', () => {
    const data = fixture([good('kj-a', { slides: ['sequencing', 'nowhere'] })])
    expect(checkJudgmentSlides(data, [{ routeAlias: 'sequencing' }, {}])).toEqual([
      `${FILE}:${line(0, 'slides')}: judgment kj-a: evidence slide "nowhere" is no slide's routeAlias`,
    ])
  })

  it('every evidence slide of the deck\'s judgments exists', async () => {
    const [data, deck] = await Promise.all([loadDeckData(deckRoot), loadDeck(deckRoot)])
    expect(checkJudgmentSlides(data, deck.slides)).toEqual([])
  })
})
