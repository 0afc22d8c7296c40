/** What the PPTX writer needs to know about the deck beyond the rendered page. */
export interface PptxDeckInfo {
  title: string
  author?: string
  slides: {
    /** 1-based. */
    no: number
    title?: string
    /** Raw speaker notes (Markdown), all lines, `[cue]` presenter lines included. */
    notes: string
    /** Frontmatter `routeAlias`: citation links such as `#sources-2` point to it. */
    routeAlias?: string
  }[]
}

/** The shape of Slidev's parsed deck (`@slidev/parser` load() or resolveOptions().data) this needs. */
interface SlidevDataLike {
  headmatter?: Record<string, unknown>
  config?: { title?: string }
  slides: { title?: string, note?: string, frontmatter?: Record<string, unknown> }[]
}

export function deckInfoFromSlidev(data: SlidevDataLike): PptxDeckInfo {
  const author = data.headmatter?.author
  return {
    title: data.config?.title ?? String(data.headmatter?.title ?? data.slides[0]?.title ?? 'Slides'),
    author: typeof author === 'string' ? author : undefined,
    slides: data.slides.map((s, i) => ({
      no: i + 1,
      title: s.title,
      notes: s.note ?? '',
      routeAlias: typeof s.frontmatter?.routeAlias === 'string' ? s.frontmatter.routeAlias : undefined,
    })),
  }
}

/**
 * Speaker notes as the plain text a notes pane shows: every line kept (presenter-only `[cue]` lines
 * too, the PPTX being for presenters), Markdown emphasis and code marks removed, links as
 * "text (address)", list items as bullets.
 */
export function notesText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\[click(?::\d+)?\]\s*/gi, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, text: string, url: string) => (text === url ? url : `${text} (${url})`))
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/^(\s*)[-*+]\s+/gm, '$1• ')
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_](?=[\s).,;:!?]|$)/gm, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|$])/g, '$1')
    .replace(/&nbsp;/g, '\u00A0')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, '\'')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}
