import { afterEach, describe, expect, it, vi } from 'vitest'
import { readerLinkDefine } from '../../../scripts/lib/reader-link.ts'
import { deckComponent, mountDeckComponent } from '../support/mount-deck-component.ts'

/** `<ReaderQr />`: the hosted reader page's code, compiled in from `--site-url`; nothing without it. */
describe('ReaderQr', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('shows nothing in a build without a site URL', () => {
    vi.stubEnv('DECK_READER_URL', '')
    vi.stubEnv('DECK_READER_QR', '')
    const { wrapper, warnings } = mountDeckComponent(deckComponent('ReaderQr'))
    expect(warnings).toEqual([])
    expect(wrapper.find('svg').exists()).toBe(false)
  })

  it('draws the build-time code of the reader page with its address under it', () => {
    const url = 'https://briefing.example.org/briefing/handout/'
    const define = readerLinkDefine({ readerUrl: url })
    vi.stubEnv('DECK_READER_URL', JSON.parse(define['import.meta.env.DECK_READER_URL']) as string)
    vi.stubEnv('DECK_READER_QR', JSON.parse(define['import.meta.env.DECK_READER_QR']) as string)
    const { wrapper, warnings } = mountDeckComponent(deckComponent('ReaderQr'), { placement: 'corner' })
    expect(warnings).toEqual([])
    const svg = wrapper.find('svg')
    expect(svg.attributes('viewBox')).toMatch(/^0 0 (\d+) \1$/)
    expect(wrapper.find('path').attributes('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/)
    expect(wrapper.text()).toContain('briefing.example.org/briefing/handout')
    expect(wrapper.find('figure').classes()).toContain('reader-qr--corner')
  })
})
