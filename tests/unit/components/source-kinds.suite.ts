import { describe, expect, it } from 'vitest'
import { SOURCES_PER_PAGE } from '../../../data/citations'
import { CAUTION_KINDS, SOURCE_KIND_LABELS, SOURCE_KIND_MEANINGS, SOURCE_KINDS } from '../../../data/source-kinds'
import { sources } from '../../../data/sources'
import { deckComponent, mountDeckComponent, textOf } from '../support/mount-deck-component.ts'

/** Each source's kind is shown in words after its outlet; the legend explains the kinds in use. */

describe('SourcesList source kinds', () => {
  it('labels every entry with its kind after the outlet, in words', () => {
    const pages = Math.ceil(sources.length / SOURCES_PER_PAGE)
    let seen = 0
    for (let page = 1; page <= pages; page++) {
      const { wrapper } = mountDeckComponent(deckComponent('SourcesList'), { page })
      for (const li of wrapper.findAll('li')) {
        const source = sources.find(s => `source-${s.id}` === li.attributes('id'))!
        const tag = li.get('.kind')
        expect(textOf(tag)).toBe(`· ${SOURCE_KIND_LABELS[source.kind]}`)
        expect(tag.classes('caution')).toBe(CAUTION_KINDS.has(source.kind))
        // Right after the outlet, before the title.
        expect(textOf(li)).toContain(`${source.outlet} · ${SOURCE_KIND_LABELS[source.kind]},`)
        seen++
      }
    }
    expect(seen).toBe(sources.length)
  })
})

describe('SourceKindLegend', () => {
  it('explains each kind the sources use, in the vocabulary\'s order', () => {
    const { wrapper, warnings } = mountDeckComponent(deckComponent('SourceKindLegend'))
    expect(warnings).toEqual([])
    const used = SOURCE_KINDS.filter(k => sources.some(s => s.kind === k))
    const entries = wrapper.findAll('.entry')
    expect(entries.map(e => e.attributes('data-kind'))).toEqual(used)
    entries.forEach((e, i) => expect(textOf(e)).toBe(`${SOURCE_KIND_LABELS[used[i]]} = ${SOURCE_KIND_MEANINGS[used[i]]}`))
  })

  it('lists the whole vocabulary with `all`', () => {
    const { wrapper } = mountDeckComponent(deckComponent('SourceKindLegend'), { all: true })
    expect(wrapper.findAll('.entry').map(e => e.attributes('data-kind'))).toEqual([...SOURCE_KINDS])
    expect(wrapper.find('.entry[data-kind="lead"] .label').classes('caution')).toBe(true)
  })
})

describe('SourceKindLegend as read', () => {
  it('reads as one sentence of kinds, separated by dots', () => {
    const { wrapper } = mountDeckComponent(deckComponent('SourceKindLegend'), { all: true })
    const text = textOf(wrapper)
    expect(text.startsWith(`Kind of source: ${SOURCE_KIND_LABELS.wire} = ${SOURCE_KIND_MEANINGS.wire} · ${SOURCE_KIND_LABELS.official} = `)).toBe(true)
    expect(text.endsWith(`${SOURCE_KIND_LABELS.reference} = ${SOURCE_KIND_MEANINGS.reference}`)).toBe(true)
  })
})
