/**
 * Inter's own arrows, maths and symbols (→ ≈ ≤ ≥ ✓ ⚠ ▲ …), which the @fontsource/inter subsets
 * (latin, latin-ext) leave out: without them Chromium draws "→" in a system face and the PDF embeds
 * Liberation Sans. Subset from Inter 4.0 (OFL-1.1, styles/fonts/OFL.txt; how: styles/fonts/README.md)
 * and declared as more faces of family "Inter" (styles/inter-symbols.css), so a slide, a Mermaid label,
 * the handout and the notes PDF draw every one of these glyphs with Inter itself.
 */
import { fileURLToPath } from 'node:url'

/** Every code point the subset files hold (the same in all four): keep styles/inter-symbols.css in step. */
export const INTER_SYMBOLS_RANGE = 'U+2010-2012, U+2015-2017, U+201B, U+201F, U+2021, U+2023-2025, U+2027, U+202F-2031, U+2034-2038, U+203B-2043, U+2045-205F, U+2070-2071, U+2074-208E, U+2090-209C, U+20B0, U+20B6-20B7, U+20BB, U+20DB-20DE, U+20E8, U+20F0, U+2100-2101, U+2103, U+2105-2106, U+2109, U+2116-2117, U+211E-2121, U+2123, U+2126, U+212A-212B, U+212E, U+2132, U+213B, U+214D, U+214F, U+2153, U+215A-2188, U+2190, U+2192, U+2194-2199, U+21A9-21AA, U+21B0-21B1, U+21B3-21B5, U+21BA-21BB, U+21D0, U+21D2, U+21D4, U+21DE-21DF, U+21E4-21E5, U+21E7, U+21EA, U+2202, U+2205-2206, U+220F, U+2211, U+221A, U+221E, U+222B, U+2248, U+2260, U+2264-2265, U+2303, U+2305, U+2318, U+2325-2327, U+232B, U+2380, U+2387, U+238B, U+23CE-23CF, U+2423, U+2460-2468, U+24B6-24CF, U+24EA, U+25A0-25A2, U+25AA, U+25B2-25B3, U+25B6-25B7, U+25BA-25BD, U+25C0-25C1, U+25C4-25C7, U+25CA-25CB, U+25CF, U+25E6, U+25EF, U+2600, U+2605-2606, U+263C, U+2661, U+2665, U+26A0, U+2713, U+2717, U+2756, U+2764, U+2780-2788, U+27EF, U+27F5-27FA, U+2B06, U+2B12-2B13, U+2B1C'

/** The four faces the deck uses (weights 400, 600, 700 and italic 400), file names under styles/fonts/. */
export const INTER_SYMBOLS_FACES = [
  { weight: '400', style: 'normal', file: 'inter-symbols-400-normal.woff2' },
  { weight: '400', style: 'italic', file: 'inter-symbols-400-italic.woff2' },
  { weight: '600', style: 'normal', file: 'inter-symbols-600-normal.woff2' },
  { weight: '700', style: 'normal', file: 'inter-symbols-700-normal.woff2' },
] as const

/** Absolute path of a face's file, for the exporters that embed or serve fonts themselves. */
export function interSymbolsFile(file: string): string {
  return fileURLToPath(new URL(`./${file}`, import.meta.url))
}

/** @font-face rules for a page that is not the deck (handout, notes PDF), given each file's URL there. */
export function interSymbolsCss(urlOf: (file: string) => string): string {
  return INTER_SYMBOLS_FACES.map(f => `@font-face{font-family:Inter;font-style:${f.style};font-weight:${f.weight};font-display:swap;src:url(${urlOf(f.file)}) format('woff2');unicode-range:${INTER_SYMBOLS_RANGE}}`).join('\n')
}
