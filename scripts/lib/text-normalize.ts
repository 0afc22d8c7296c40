/** One space per whitespace run, trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Text as it should compare between the Markdown source and any rendering of it: NFKC (so
 * ligatures like ﬁ and … match their letters), soft hyphens and zero-width spaces dropped, one
 * space per whitespace run, and the typographer's substitutions folded back (curly quotes →
 * straight, en/em dashes and `--` → `-`).
 */
export function normalizeText(text: string): string {
  return collapseWhitespace(text.normalize('NFKC')
    .replace(/[\u00AD\u200B]/g, '')
    .replace(/[‘’‚‛′]/g, '\'')
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/-{2,3}/g, '-'))
}

/** `normalizeText` without any whitespace: for text that a renderer may split into runs or lines anywhere. */
export function squashText(text: string): string {
  return normalizeText(text).replace(/\s+/g, '')
}
