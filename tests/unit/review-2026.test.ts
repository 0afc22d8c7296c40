import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * The December 2026 content review (shared/research/review-2026-content.md, §1a and §5) named
 * lines that were wrong, overstated, unsupported, stale or one-sided. Each pattern below is one
 * of those lines as it was written; none may come back into what the deck shows or publishes
 * (slides, notes, data records, component text). Code comments are not output and are skipped.
 */
const ROOT = join(import.meta.dirname, '..', '..')

const REVIEW_LINES: { id: string, pattern: RegExp }[] = [
  { id: 'W1 war began "the next morning" after 2 March', pattern: /The war began the next morning/i },
  { id: 'W2 "Muscat and Rome alternated"', pattern: /Muscat and Rome alternated/i },
  { id: 'W3 "E3 and the EU co-sponsored" the IAEA resolution', pattern: /E3 and the EU co-sponsored/i },
  { id: 'O1 MoU as achievements', pattern: /An end to the war and Hormuz reopened|14 points: an end to the war, Hormuz reopened/i },
  { id: 'O2 inspectors "back"', pattern: /Inspectors: back, said Vance|Vance: yes/i },
  { id: 'O3 "mostly at Isfahan"', pattern: /mostly at Isfahan/i },
  { id: 'O4 all US deaths "in Kuwait"', pattern: /by 2 March, in Kuwait/i },
  { id: 'O5 UN sanctions "stayed in force"', pattern: /sanctions of September 2025 stayed in force/i },
  { id: 'O6 "largest force since 2003" unattributed', pattern: /^- Largest US force in the region since 2003$/m },
  { id: 'O7 "consortium at 1.5%"', pattern: /consortium at 1\.5%/i },
  { id: 'O8 300 kg cap without UF6', pattern: /The JCPOA cap had been 300 kg\./ },
  { id: 'U1 E3 "clear and deliberate" from an aggregator', pattern: /clear and deliberate|todayheadline/i },
  { id: 'U2 "Percent = share of U-235" cited to Shamkhani', pattern: /Percent = share of U-235/ },
  { id: 'U3 Mojtaba\'s vow dated 12 March', pattern: /on 12 March he vowed/i },
  { id: 'U4 Munir "Pakistan\'s army chief"', pattern: /Field Marshal, Pakistan['’]s army chief/i },
  { id: 'U5 Rubio Feb 2026 "more than the nuclear file"', pattern: /more than the nuclear file/i },
  { id: 'U6 Bürgenstock "held under" the MoU', pattern: /Held under the mid-June MoU/i },
  { id: 'U7 carrier groups "arriving in between"', pattern: /carrier groups arriving in between/i },
  { id: 'S1 "Aug–Nov 2026: no stored source"', pattern: /August to November 2026: no stored source|Aug[–-]Nov 2026/i },
  { id: 'S2 roles shown as of 1 Jul 2026', pattern: /as-of="2026-07-01"/ },
  { id: 'S3 Qatar funds "has been held"', pattern: /has been held in Qatar since 2023/i },
  { id: 'OS3 a mediated framework labelled a US plan', pattern: /US, per the Washington Post/i },
  { id: '§5 "Iran\'s Security Council"', pattern: /Iran['’]s Security Council accepted/i },
  { id: 'stale coverage "sources to 1 Jul"', pattern: /our sources stop on 1 July|sources stop in early July/i },
]

/** Text a reader can meet: Markdown whole; TypeScript and Vue without their comments. */
function outputText(file: string): string {
  const text = readFileSync(file, 'utf8')
  if (file.endsWith('.md'))
    return text
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '').replace(/<!--[\s\S]*?-->/g, '')
}

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir)).filter(f => ext.test(f)).map(f => join(ROOT, dir, f))
}

const shown = [...files('pages', /\.md$/), ...files('data', /\.ts$/), ...files('components', /\.vue$/), join(ROOT, 'slides.md')]

describe('the review of December 2026 stays fixed', () => {
  it.each(REVIEW_LINES)('$id does not come back', ({ pattern }) => {
    const hits = shown.flatMap(file => outputText(file).split('\n').flatMap((line, i) => (pattern.test(line) ? [`${file.slice(ROOT.length + 1)}:${i + 1}: ${line.trim().slice(0, 120)}`] : [])))
    expect(hits).toEqual([])
  })

  it('the June 2025 war shows Iran’s missiles at Israel, not only Iran as a target (OS1)', () => {
    const page = readFileSync(join(ROOT, 'pages', '03-talks-war-2025.md'), 'utf8')
    const diagram = /accTitle: The June 2025 war[\s\S]*?```/.exec(page)?.[0] ?? ''
    expect(diagram).toMatch(/Iran['’]s missiles<br\/>at Israel/)
    expect(diagram).toMatch(/Israel<br\/>strikes Iran/)
  })

  it('the trust slide gives the US a voice beside Iran and Europe (OS2)', () => {
    const page = readFileSync(join(ROOT, 'pages', '07-backup.md'), 'utf8')
    const slide = page.slice(page.indexOf('# Trust after the strikes'), page.indexOf('<!--', page.indexOf('# Trust after the strikes')))
    expect(slide).toMatch(/The US: “we remain committed to talks”/)
  })
})
