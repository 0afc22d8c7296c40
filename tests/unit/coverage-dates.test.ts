import type { Role } from '../../data/types'
import type { DeckDataSet, TextFile } from '../../scripts/lib/deck-checks/index.ts'
import { describe, expect, it } from 'vitest'
import { coverageEnd, datedRecords, gapInWords, isConfirmed, roleLabel } from '../../data/derive'
import { players } from '../../data/players'
import { sources } from '../../data/sources'
import { timeline } from '../../data/timeline'
import { checkCoverage } from '../../scripts/lib/deck-checks/index.ts'

/**
 * Coverage is computed, never typed: the newest record that is confirmed (not ❓, resting on
 * more than leads) sets "sources to"; the check holds the headmatter to it, and names file:line
 * for every record, "as of" or briefing date that claims more than the data reaches.
 */

// ── A small data set with planted faults, its files given so messages can point at lines ──
const RECORDS_TS = [
  'export const timeline = [',
  '  { id: \'e-confirmed\', date: \'2026-10-07\', sources: [\'s-wire\'] },',
  '  { id: \'e-mixed\', date: \'2026-10-02\', sources: [\'s-lead\', \'s-wire\'] },',
  '  { id: \'e-lead-only\', date: \'2026-10-08\', sources: [\'s-lead\'] },',
  '  { id: \'e-unconfirmed\', date: \'2026-10-09\', unconfirmed: true, sources: [\'s-wire\'] },',
  ']',
].join('\n')

function dataSet(records: { id: string, date: string, sources: string[], unconfirmed?: boolean }[]): DeckDataSet {
  return {
    sources: [
      { id: 's-wire', outlet: 'Wire', kind: 'wire', title: 'T', date: '2026-10-07', url: 'https://example.org/a' },
      { id: 's-lead', outlet: 'AI brief', kind: 'lead', title: 'T', date: '2026-10-08', url: 'https://example.org/b' },
    ],
    collections: { timeline: records },
    files: [{ path: 'data/records.ts', text: RECORDS_TS }],
  }
}
const ALL = [
  { id: 'e-confirmed', date: '2026-10-07', sources: ['s-wire'] },
  { id: 'e-mixed', date: '2026-10-02', sources: ['s-lead', 's-wire'] },
  { id: 'e-lead-only', date: '2026-10-08', sources: ['s-lead'] },
  { id: 'e-unconfirmed', date: '2026-10-09', unconfirmed: true, sources: ['s-wire'] },
]
const CONFIRMED_ONLY = ALL.slice(0, 2)

/** A headmatter as text (for line numbers) and as parsed values. */
function entry(lines: Record<string, string | undefined>): { text: string, headmatter: Record<string, unknown> } {
  const text = ['---', 'title: Test deck', 'coverage:', '  from: \'2025-01\'', `  to: '${lines.to ?? '2026-10-07'}'`]
  const headmatter: Record<string, unknown> = { title: 'Test deck', coverage: { from: '2025-01', to: lines.to ?? '2026-10-07' } }
  if (lines.briefingDate !== undefined) {
    text.push(`briefingDate: '${lines.briefingDate}'`)
    headmatter.briefingDate = lines.briefingDate
  }
  if (lines.info !== undefined) {
    text.push(`info: ${lines.info}`)
    headmatter.info = lines.info
  }
  text.push('---', '')
  return { text: text.join('\n'), headmatter }
}
const lineIn = (text: string, marker: string) => text.split('\n').findIndex(l => l.includes(marker)) + 1

describe('coverageEnd and isConfirmed (data/derive.ts)', () => {
  const kinds = new Map([['s-wire', 'wire'], ['s-lead', 'lead']])
  const withCollection = ALL.map(r => ({ ...r, collection: 'timeline' }))

  it('skips ❓ records and records resting only on leads', () => {
    expect(withCollection.map(r => isConfirmed(r, id => kinds.get(id)))).toEqual([true, true, false, false])
  })

  it('a source id that is not in the sources does not confirm anything', () => {
    expect(isConfirmed({ sources: ['nowhere'] }, id => kinds.get(id))).toBe(false)
  })

  it('is the real deck’s newest confirmed record: 7 Oct 2026, the fact sheet’s latest confirmed date', () => {
    expect(coverageEnd()).toBe('2026-10-07')
    // Independently: the newest dated record whose sources include one that is not a lead.
    const kind = new Map(sources.map(s => [s.id, s.kind]))
    const newest = datedRecords().filter(r => !r.unconfirmed && r.sources.some(id => kind.has(id) && kind.get(id) !== 'lead')).map(r => r.date).sort().at(-1)
    expect(coverageEnd()).toBe(newest)
  })

  it('an unconfirmed or lead-only record never moves the coverage end', () => {
    const real = datedRecords()
    const planted = [...real, { collection: 'timeline', id: 'x-late-lead', date: '2026-11-17', sources: ['geobrief-log'] }, { collection: 'timeline', id: 'x-late-q', date: '2026-11-16', sources: ['reuters-h-2026-10-07-aden'], unconfirmed: true }]
    expect(coverageEnd(planted)).toBe(coverageEnd(real))
    const confirmedLater = [...real, { collection: 'timeline', id: 'x-late', date: '2026-11-03', sources: ['reuters-h-2026-10-07-aden'] }]
    expect(coverageEnd(confirmedLater)).toBe('2026-11-03')
  })
})

describe('the second half of 2026 in data/timeline.ts', () => {
  const h2 = timeline.filter(e => e.date > '2026-07-01')
  const kind = new Map(sources.map(s => [s.id, s.kind]))

  it('runs from the collapse (7 Jul) to the newest confirmed report (7 Oct)', () => {
    expect(h2[0].date).toBe('2026-07-07')
    expect(h2.at(-1)!.date).toBe('2026-10-07')
    expect(h2.every(e => e.era === '2026')).toBe(true)
  })

  it('every event has a short label for "what changed" lists', () => {
    for (const e of h2)
      expect(e.label.length, e.id).toBeLessThanOrEqual(60)
  })

  it('no ❓ event rests on leads alone, and no event rests on leads alone', () => {
    for (const e of h2)
      expect(e.sources.some(id => kind.get(id) !== undefined && kind.get(id) !== 'lead'), e.id).toBe(true)
  })

  it('keeps both versions where the sheet has them: expiry day, Sirik toll, struck or sunk, third carrier', () => {
    const disputed = (id: string) => timeline.find(e => e.id === id)?.disputed ?? ''
    expect(disputed('h2-window-lapses')).toMatch(/16 Aug.*17 Aug/)
    expect(disputed('h2-sirik-wedding')).toMatch(/five.*four.*two/i)
    expect(disputed('h2-tankers-9-sep')).toMatch(/struck.*sunk/)
    expect(disputed('h2-us-forces-october')).toMatch(/rotation/)
  })

  it('the seven-day plan of 25 Sep is left out: only leads carry it', () => {
    expect(h2.some(e => /seven-day/i.test(`${e.label} ${e.detail ?? ''}`))).toBe(false)
  })

  it('the MoU is a framework to end the war, not a list of things achieved (review O1)', () => {
    const mou = timeline.find(e => e.id === 'x-mou')!
    expect(mou.label).toBe('Interim MoU of mid-June 2026')
    expect(mou.detail).toMatch(/framework to end the war and reopen Hormuz/)
    expect(mou.detail).toMatch(/“Islamabad MoU”/)
    expect(mou.detail).not.toMatch(/Hormuz reopened|an end to the war,/)
  })
})

describe('gapInWords', () => {
  it('says how long before the briefing the sources end, in words', () => {
    expect(gapInWords('2026-10-07', '2026-12-06')).toBe('about two months')
    expect(gapInWords('2026-07-01', '2026-12-06')).toBe('about five months')
    expect(gapInWords('2026-10-07', '2026-11-22')).toBe('about one and a half months')
    expect(gapInWords('2026-11-15', '2026-12-06')).toBe('about three weeks')
    expect(gapInWords('2026-12-01', '2026-12-06')).toBe('five days')
    expect(gapInWords('2026-12-06', '2026-12-06')).toBe('the same day')
  })

  it('refuses a briefing before the sources end', () => {
    expect(() => gapInWords('2026-12-06', '2026-10-07')).toThrow(/before/)
  })
})

describe('roleLabel with uncertainFrom', () => {
  const role: Role = { title: 'Secretary of the Council', uncertainFrom: '2026-08-20' }

  it('says the role may have changed, with the month, once the reports begin', () => {
    expect(roleLabel(role)).toBe('Secretary of the Council (may have changed from Aug 2026; unconfirmed)')
    expect(roleLabel(role, '2026-10-07')).toContain('(may have changed from Aug 2026; unconfirmed)')
  })

  it('as of a date before the reports, the role stands plain', () => {
    expect(roleLabel(role, '2026-07-01')).toBe('Secretary of the Council')
  })

  it('an ended role shows its dates, not the doubt', () => {
    expect(roleLabel({ ...role, from: '2025-08', to: '2026-09-01' })).toBe('Secretary of the Council (Aug 2025 – 1 Sep 2026)')
  })
})

describe('checkCoverage: planted faults, each named with file:line', () => {
  const clean = entry({ briefingDate: '2026-12-06' })

  it('a clean deck passes: coverage.to is the newest confirmed record, the briefing after it', () => {
    expect(checkCoverage(dataSet(CONFIRMED_ONLY), clean.headmatter, 'slides.md', clean.text)).toEqual([])
  })

  it('a record dated after coverage.to (even a ❓ or lead-only one) names the record’s line', () => {
    const errors = checkCoverage(dataSet(ALL), clean.headmatter, 'slides.md', clean.text)
    const coverageLine = lineIn(clean.text, 'coverage:')
    expect(errors).toEqual([
      `data/records.ts:${lineIn(RECORDS_TS, 'e-lead-only')}: timeline e-lead-only is dated 2026-10-08, after the deck's stated coverage end 2026-10-07 (slides.md:${coverageLine})`,
      `data/records.ts:${lineIn(RECORDS_TS, 'e-unconfirmed')}: timeline e-unconfirmed is dated 2026-10-09, after the deck's stated coverage end 2026-10-07 (slides.md:${coverageLine})`,
    ])
  })

  it('coverage.to set to a lead-only record’s date is later than the data reaches', () => {
    const late = entry({ to: '2026-10-08', briefingDate: '2026-12-06' })
    const records = [...CONFIRMED_ONLY, ALL[2]]
    expect(checkCoverage(dataSet(records), late.headmatter, 'slides.md', late.text)).toEqual([
      `slides.md:${lineIn(late.text, 'coverage:')}: coverage.to 2026-10-08 is later than the newest confirmed record (e-confirmed, 2026-10-07); the sources do not reach that date`,
    ])
  })

  it('coverage.to typed by hand and left behind the data fails', () => {
    const stale = entry({ to: '2026-07-01', briefingDate: '2026-12-06' })
    const errors = checkCoverage(dataSet([{ id: 'e-confirmed', date: '2026-07-01', sources: ['s-wire'] }, ...CONFIRMED_ONLY]), stale.headmatter, 'slides.md', stale.text)
    expect(errors).toContainEqual(`slides.md:${lineIn(stale.text, 'coverage:')}: coverage.to 2026-07-01 is earlier than the newest confirmed record (e-confirmed, 2026-10-07)`)
  })

  it('a missing briefingDate fails', () => {
    const none = entry({})
    expect(checkCoverage(dataSet(CONFIRMED_ONLY), none.headmatter, 'slides.md', none.text)).toEqual([
      'slides.md:1: headmatter needs briefingDate: \'YYYY-MM-DD\', the day the briefing is given (found undefined)',
    ])
  })

  it('a briefingDate earlier than coverage.to names its line', () => {
    const early = entry({ briefingDate: '2026-09-30' })
    expect(checkCoverage(dataSet(CONFIRMED_ONLY), early.headmatter, 'slides.md', early.text)).toEqual([
      `slides.md:${lineIn(early.text, 'briefingDate:')}: briefingDate 2026-09-30 is earlier than coverage.to 2026-10-07: a briefing cannot cite sources from after the day it is given`,
    ])
  })

  it('an "as of" in the headmatter later than the data names its line', () => {
    const asOf = entry({ briefingDate: '2026-12-06', info: 'Roles as of 6 Dec 2026' })
    expect(checkCoverage(dataSet(CONFIRMED_ONLY), asOf.headmatter, 'slides.md', asOf.text)).toEqual([
      `slides.md:${lineIn(asOf.text, 'info:')}: headmatter info says "as of 6 Dec 2026", later than the newest confirmed record (2026-10-07)`,
    ])
  })

  it('an as-of attribute on a slide later than the data names the page and line; one at the coverage end passes', () => {
    const page = [
      '---',
      'section: Players',
      '---',
      '',
      '# Players',
      '',
      '<PlayersGrid :ids="[\'trump\']" as-of="2026-12-06" />',
      '<PlayersGrid :ids="[\'trump\']" as-of="2026-10-07" />',
      '<OtherThing asOf="2026-11-01" />',
    ].join('\n')
    const files: TextFile[] = [{ path: 'pages/08-players.md', text: page }, { path: 'components/X.vue', text: 'as-of="2027-01-01"' }]
    expect(checkCoverage(dataSet(CONFIRMED_ONLY), clean.headmatter, 'slides.md', clean.text, files)).toEqual([
      `pages/08-players.md:7: as-of="2026-12-06" is later than the newest confirmed record (2026-10-07); the sources do not reach that date`,
      `pages/08-players.md:9: as-of="2026-11-01" is later than the newest confirmed record (2026-10-07); the sources do not reach that date`,
    ])
  })
})

describe('players: the review’s lines stay fixed (W3, U3, U4, U5, S3) and roles are dated', () => {
  const get = (id: string) => players.find(p => p.id === id)!

  it('w3: the E3 with the US tabled the resolution; the E3 (not the EU) triggered snapback; Kallas only at Geneva', () => {
    const e3 = get('e3')
    expect(e3.stance).toMatch(/The E3, with the US, tabled the 12 Jun 2025 IAEA resolution/)
    expect(e3.stance).toMatch(/the E3 triggered snapback on 28 Aug 2025/)
    expect(e3.stance).toMatch(/Kallas joined .*20 Jun 2025 Geneva meeting/)
    expect(e3.stance).not.toMatch(/co-sponsored/i)
  })

  it('u3: Mojtaba’s vow is "reported by 12 Mar", not dated 12 Mar', () => {
    expect((get('mojtaba')).stance).toContain('vowed to keep Hormuz shut (reported by 12 Mar)')
  })

  it('u4: Munir is "Field Marshal, Pakistan", with no unsourced army-chief title', () => {
    expect((get('munir')).roles.map(r => r.title)).toEqual(['Field Marshal, Pakistan'])
  })

  it('u5: Rubio carries no Feb 2026 clause without a source for it', () => {
    const rubio = get('rubio')
    expect(rubio.stance).not.toMatch(/Feb 2026|more than the nuclear file/)
    expect(rubio.sources).not.toContain('trtglobal-b078df07d4c0')
  })

  it('s3: Qatar’s $6bn carries the June 2026 claim and says no transfer was confirmed', () => {
    const qatar = get('qatar')
    expect(qatar.stance).toMatch(/first \$6bn .* released, but no transfer was confirmed/)
    expect(qatar.stance).not.toMatch(/has been held/)
    expect(qatar.sources).toContain('timenews-6bn')
  })

  it('bessent is the Treasury Secretary behind Operation Economic Outcast, on an official source', () => {
    const bessent = get('bessent')
    expect(bessent.roles.at(-1)!.title).toBe('Treasury Secretary')
    expect(bessent.stance).toMatch(/Operation Economic Outcast.*24 Aug 2026/)
    expect(bessent.sources).toContain('treasury-2026-08-24-economic-outcast')
  })

  it('larijani is not shown in an office our sources no longer establish', () => {
    expect(roleLabel((get('larijani')).roles.at(-1)!, coverageEnd())).toMatch(/may have changed from Feb 2026; unconfirmed/)
  })

  it('qalibaf as chief negotiator is attributed and flagged unconfirmed', () => {
    expect((get('qalibaf')).stance).toMatch(/described as chief negotiator.*unconfirmed/)
  })
})
