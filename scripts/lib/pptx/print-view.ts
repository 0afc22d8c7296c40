import type { Page } from 'playwright-chromium'

/**
 * The page must show every slide, rendered: a PPTX must never be written from "Loading slide…"
 * placeholders or a half-drawn diagram. Throws with what is missing.
 */
export async function assertPrintViewRendered(page: Page, slideCount: number): Promise<void> {
  const state = await page.evaluate(() => ({
    print: document.documentElement.classList.contains('print'),
    containers: document.querySelectorAll('.print-slide-container').length,
    loading: document.querySelectorAll('.slidev-slide-loading').length,
    mermaidBusy: !!document.querySelector('#mermaid-rendering-container > div'),
    mermaidErrors: document.querySelectorAll('pre[border]').length,
    mermaidMissing: [...document.querySelectorAll('.mermaid')].filter(h => !(h.shadowRoot?.querySelector('svg') || h.querySelector('svg'))).length,
    // Inter when the deck declares it (this briefing), else every face the page declared: any deck's fonts.
    fontsLoaded: [...document.fonts].some(f => /inter/i.test(f.family))
      ? [...document.fonts].some(f => /inter/i.test(f.family) && f.status === 'loaded')
      : document.fonts.status === 'loaded',
  }))
  const problems: string[] = []
  if (state.containers !== slideCount)
    problems.push(`${state.containers} slide containers for ${slideCount} slides (is this the print view, ?print=true#/print?)`)
  if (state.loading)
    problems.push(`${state.loading} slides still loading`)
  if (state.mermaidBusy || state.mermaidMissing)
    problems.push(`${state.mermaidMissing} Mermaid diagrams not rendered yet`)
  if (state.mermaidErrors)
    problems.push(`${state.mermaidErrors} Mermaid error boxes`)
  if (!state.fontsLoaded)
    problems.push('the deck\'s fonts are not loaded, so every measured width would be wrong')
  if (problems.length)
    throw new Error(`The print view is not ready for the PPTX: ${problems.join('; ')}.`)
}
