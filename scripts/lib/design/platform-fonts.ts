import type { BrowserContext, Page } from 'playwright-chromium'

/** A face Chromium really drew glyphs with, from CSS.getPlatformFontsForNode. */
export interface PlatformFont { familyName: string, postScriptName: string, isCustomFont: boolean, glyphCount: number }

interface CdpNode { nodeId: number, attributes?: string[], children?: CdpNode[], shadowRoots?: CdpNode[] }

/**
 * The faces that drew each element the page marked with `probe="<index>"` (shadow roots included),
 * by index, most glyphs first; then the marks are removed. `document.fonts` only says a face loaded:
 * the DevTools protocol tells a web font (`isCustomFont`) from a system fallback.
 */
export async function platformFontsOfProbes(context: BrowserContext, page: Page, probe: string): Promise<Map<number, PlatformFont[]>> {
  const cdp = await context.newCDPSession(page)
  try {
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true })
    const ids = new Map<number, number>()
    const walk = (node: CdpNode): void => {
      const attrs = node.attributes ?? []
      const at = attrs.indexOf(probe)
      if (at >= 0 && at % 2 === 0)
        ids.set(Number(attrs[at + 1]), node.nodeId)
      for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])])
        walk(child)
    }
    walk(root as CdpNode)
    const fonts = new Map<number, PlatformFont[]>()
    for (const [index, nodeId] of ids) {
      const found = (await cdp.send('CSS.getPlatformFontsForNode', { nodeId })).fonts as PlatformFont[]
      fonts.set(index, [...found].sort((a, b) => b.glyphCount - a.glyphCount))
    }
    return fonts
  }
  finally {
    await cdp.detach()
    await page.evaluate(`(function clear(root) { for (const e of root.querySelectorAll('*')) { e.removeAttribute(${JSON.stringify(probe)}); if (e.shadowRoot) clear(e.shadowRoot) } })(document)`)
  }
}
