import type { DesignSlideSource } from '../../scripts/lib/design/budget.ts'
import type { DesignMeasure } from '../../scripts/lib/design/measure.ts'
import { describe, expect, it } from 'vitest'
import { DESIGN_BUDGET, designSlideInfos, evaluateDesign, formatFigures } from '../../scripts/lib/design/budget.ts'

/** The design budget's rules and figures on measures written by hand (the browser half is tested on fixture decks). */

function slide(no: number, frontmatter: Record<string, unknown> = {}): DesignSlideSource {
  return { no, title: `Slide ${no}`, file: 'pages/01.md', line: no * 10, frontmatter }
}

function measure(no: number, over: Partial<DesignMeasure> = {}): DesignMeasure {
  return { no, body: { top: 100, bottom: 500 }, content: { top: 110, bottom: 480 }, fill: 0.925, lowerEmpty: false, lowest: 'svg', bodyPx: 24, visuals: ['svg 600×300'], clusters: [], ...over }
}

describe('designSlideInfos', () => {
  it('the core path: not the cover, dividers, appendix, nor the backup divider and what follows it', () => {
    const infos = designSlideInfos([
      slide(1, { layout: 'cover' }),
      slide(2, { part: 'Background' }),
      slide(3, { layout: 'section' }),
      slide(4, { optional: true }),
      slide(5, { layout: 'section', backup: true }),
      slide(6),
      slide(7, { appendix: true }),
    ])
    expect(infos.filter(i => i.core).map(i => i.no)).toEqual([2, 4])
    expect(infos[1].location).toBe('pages/01.md:20')
  })

  it('without a backup divider every content slide but the appendix is core', () => {
    expect(designSlideInfos([slide(1), slide(2, { appendix: true })]).map(i => i.core)).toEqual([true, false])
  })
})

describe('evaluateDesign', () => {
  const infos = designSlideInfos([slide(1, { layout: 'cover' }), slide(2), slide(3), slide(4), slide(5, { backup: true, layout: 'section' }), slide(6)])

  it('names a core slide whose lower 40 % is empty with its file:line, how far its content reaches and what is lowest', () => {
    const report = evaluateDesign([
      measure(1, { lowerEmpty: true, fill: 0.2 }),
      measure(2, { lowerEmpty: true, content: { top: 110, bottom: 260 }, fill: 0.375, lowest: 'li “A third point”' }),
      measure(3),
      measure(4),
      measure(5, { lowerEmpty: true }),
      measure(6, { lowerEmpty: true }),
    ], infos)
    expect(report.violations).toEqual([{ no: 2, message: 'slide 2 “Slide 2” (pages/01.md:20): the lower 40 % of the body is empty with every click revealed (its content ends at 40 % of the body height, lowest: li “A third point”): let the evidence fill the slide' }])
    expect(report.figures.lowerEmpty).toEqual([2])
    expect(report.figures.shareLowerEmpty).toBeCloseTo(1 / 3)
  })

  it('flags a citation cluster on any slide, core or not', () => {
    const cluster = { text: '[1, 8, 25, 37]', numbers: 4 }
    const measures = [measure(1, { clusters: [cluster] }), measure(2), measure(3), measure(4), measure(5), measure(6, { clusters: [cluster] })]
    const report = evaluateDesign(measures, infos)
    expect(report.violations.map(v => v.no)).toEqual([1, 6])
    expect(report.violations[0].message)
      .toBe('slide 1 “Slide 1” (pages/01.md:10): citation cluster of 4 numbers “[1, 8, 25, 37]”: one quiet marker per claim (<Cite> shows at most 3)')
    expect(report.figures.clusters).toBe(2)
  })

  it('computes the figures over core slides only and lists the targets they miss', () => {
    const report = evaluateDesign([
      measure(1, { fill: 0, bodyPx: 0, visuals: [] }),
      measure(2, { fill: 0.5, bodyPx: 20, visuals: [] }),
      measure(3, { fill: 0.6, bodyPx: 22, visuals: [] }),
      measure(4, { fill: 0.9, bodyPx: 28 }),
      measure(5, { fill: 0, visuals: [] }),
      measure(6, { fill: 0, visuals: [] }),
    ], infos)
    expect(report.figures).toMatchObject({ slides: 3, medianFill: 0.6, medianBodyPx: 22, textOnly: [2, 3], clusters: 0 })
    expect(report.figures.shareTextOnly).toBeCloseTo(2 / 3)
    expect(report.misses).toEqual([
      `median content fill 60 % < ${DESIGN_BUDGET.minMedianFill * 100} % of the body height`,
      'median body text 22 px < 24 px',
      '67 % of core slides are text only > 30 % (slides 2, 3)',
    ])
    expect(formatFigures(report.figures)).toContain('median fill 60 % of the body (≥ 70 %)')
  })

  it('a deck that meets the budget misses nothing', () => {
    const report = evaluateDesign([1, 2, 3, 4, 5, 6].map(no => measure(no)), infos)
    expect(report.violations).toEqual([])
    expect(report.misses).toEqual([])
  })
})
