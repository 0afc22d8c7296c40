import { normalizeText } from '../../scripts/lib/text-normalize.ts'

/**
 * Markdown/HTML source → the words a reader sees, roughly: enough to find a title or a note
 * in extracted PDF/PPTX text. Drops tags, comments, link targets, emphasis marks, list and
 * heading markers, and Slidev's `[click]` note markers.
 */
export function markdownToPlainText(markdown: string): string {
  return normalizeText(
    markdown
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/\[click(?::\d+)?\]/gi, ' ')
      .replace(/```[\s\S]*?```/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/^\s{0,3}(?:#{1,6}|[>\-*+]|\d+[.)])\s+/gm, '')
      .replace(/[*_`~]/g, '')
      .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, '\''),
  )
}

/**
 * A short run of consecutive words from `text` that appears in none of `others`, so finding it
 * in an export proves this particular note (not a neighbour's) is there. Prefers the start of
 * the text; falls back to the whole text when no shorter run is distinctive.
 */
export function distinctiveSnippet(text: string, others: string[], words = 8): string {
  const all = normalizeText(text).split(' ').filter(Boolean)
  if (all.length <= words)
    return all.join(' ')
  const rivals = others.map(normalizeText)
  for (let start = 0; start + words <= all.length; start++) {
    const candidate = all.slice(start, start + words).join(' ')
    if (!rivals.some(r => r.includes(candidate)))
      return candidate
  }
  return all.join(' ')
}
