import { describe, expect, it } from 'vitest'
import { externalReferences, pruneFontFaces, singleFileCsp } from '../../scripts/lib/export/formats/html.ts'

function face(weight: number, range: string): string {
  return `@font-face{font-family:Inter;font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,AAAA) format("woff2"),url(data:font/woff;base64,BBBB) format("woff");unicode-range:${range}}`
}

describe('single HTML: font pruning, CSP, self-containment', () => {
  it('keeps only the faces the rendering loaded, and only their woff2', () => {
    const css = `${face(400, 'U+0000-00FF,U+0131')}${face(400, 'U+0100-02BA')}${face(700, 'U+0000-00FF,U+0131')}body{color:red}`
    const { css: out, kept, dropped } = pruneFontFaces(css, [{ family: 'Inter', weight: '400', style: 'normal', unicodeRange: 'U+0-FF, U+131' }])
    expect({ kept, dropped }).toEqual({ kept: 1, dropped: 2 })
    expect(out).toContain('font-weight:400')
    expect(out).not.toContain('font-weight:700')
    expect(out).not.toContain('font/woff;')
    expect(out).toContain('body{color:red}')
  })

  it('allows scripts by hash only, fonts and images as data: only', () => {
    const csp = singleFileCsp(['\'sha256-abc\''])
    expect(csp).toContain('script-src \'sha256-abc\'')
    expect(csp).toContain('font-src data:')
    expect(csp).toContain('default-src \'none\'')
    expect(csp).not.toMatch(/unsafe-eval|blob:|https?:/)
  })

  it('finds references that leave the file', () => {
    expect(externalReferences('<link rel="icon" href="data:image/svg+xml;base64,AA"><a href="#/2">x</a>')).toEqual([])
    expect(externalReferences('<link rel="icon" href="./favicon.svg"><style>a{background:url(https://x.org/a.png)}</style>')).toEqual(['./favicon.svg', 'https://x.org/a.png'])
  })
})
