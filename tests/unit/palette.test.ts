import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { deckRoot } from './support/deck-root.ts'

/** Where the deck's look is written (slides, the handout, the notes PDF): everything but the palette module itself. */
const LOOK = ['components', 'layouts', 'pages', 'setup', 'styles', 'scripts/lib/handout', 'scripts/lib/export/formats', 'slide-bottom.vue', 'custom-nav-controls.vue', 'global-bottom.vue', 'pacing', 'uno.config.ts', 'slides.md']
const PALETTE = 'styles/palette.ts'

function files(path: string): string[] {
  const abs = join(deckRoot, path)
  if (statSync(abs).isFile())
    return [path]
  return readdirSync(abs).flatMap(f => files(join(path, f)))
}

const NAMED = 'white|black|red|green|blue|gray|grey|orange|yellow|purple|navy|teal|silver|maroon'
const LITERALS = [
  /#[0-9a-f]{3,8}(?![\w-])/gi,
  /\b(?:rgba?|hsla?)\(/gi,
  new RegExp(`(?:color|background|fill|stroke|border[\\w-]*)\\s*:\\s*(?:${NAMED})\\b`, 'gi'),
  /^\s*(?:classDef|style)\s+\w+/gim,
]

describe('one palette', () => {
  it('no colour literal outside styles/palette.ts (components, layouts, pages, setup, styles, Mermaid)', () => {
    const found: string[] = []
    for (const file of LOOK.flatMap(files).filter(f => f !== PALETTE && /\.(?:vue|ts|css|md)$/.test(f))) {
      const lines = readFileSync(join(deckRoot, file), 'utf8').split('\n')
      lines.forEach((line, i) => {
        // Cite ids and hash routes look like hex ("#/5", "#sources"): only flag colour-shaped ones in code.
        for (const re of LITERALS) {
          for (const m of line.matchAll(re)) {
            if (re === LITERALS[0] && /href|to=|#\//.test(line))
              continue
            found.push(`${relative(deckRoot, join(deckRoot, file))}:${i + 1}: ${m[0]}`)
          }
        }
      })
    }
    expect(found).toEqual([])
  })

  it('changing a colour in the palette changes the Mermaid theme (the browser suite checks the slides\' CSS)', async () => {
    const before = await import('../../styles/palette.ts')
    const setupBefore = (await import('../../setup/mermaid.ts')).default
    const usBefore = before.sideColours.us.side
    vi.resetModules()
    vi.doMock('../../styles/palette.ts', async (importOriginal) => {
      const real = await importOriginal<typeof import('../../styles/palette.ts')>()
      const sideColours = { ...real.sideColours, us: { side: '#123456', tint: '#abcdef' } }
      const palette = { ...real.palette, ink: '#010203' }
      return { ...real, palette, sideColours }
    })
    const after = await import('../../styles/palette.ts')
    expect(after.sideColours.us.side).toBe('#123456')
    const setupAfter = (await import('../../setup/mermaid.ts')).default
    const themeBefore = await setupBefore() as { themeVariables: Record<string, string> }
    const themeAfter = await setupAfter() as { themeVariables: Record<string, string>, themeCSS: string }
    expect(themeBefore.themeVariables.primaryBorderColor).toBe(usBefore)
    expect(themeAfter.themeVariables.primaryBorderColor).toBe('#123456')
    expect(themeAfter.themeVariables.textColor).toBe('#010203')
    vi.doUnmock('../../styles/palette.ts')
  })
})
