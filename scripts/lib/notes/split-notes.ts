/**
 * A slide's speaker notes have two audiences. Lines starting with `[cue]` are for the presenter
 * only (presenter view, PPTX notes); everything else is commentary, which the handout and the
 * reader page publish. `[src: id-a, id-b]` in the commentary cites sources from data/sources.ts.
 */

/** A notes line that is only a cue for the presenter: `[cue] look at the room…`. */
export const CUE_LINE = /^\s*(?:[-*+]\s+|>\s*)?\[cue\]/i
/** `[src: id-a, id-b]`: the sources a passage of commentary rests on. */
export const SRC_MARKER = /\[src:([^\]]*)\]/gi

export interface NoteLine {
  /** 1-based line inside the note. */
  line: number
  text: string
}

export interface SplitNote {
  /** The note without presenter-only lines (Markdown, trimmed). */
  commentary: string
  /** The presenter-only lines, `[cue]` prefix removed. */
  cues: NoteLine[]
  /** Source ids cited with `[src: …]` in the commentary, in order of first citation. */
  sourceIds: string[]
}

/** Drops Slidev's `[click]` markers and HTML comments, which are never reader text. */
function withoutMarkup(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, '').replace(/^\s*\[click(?::\d+)?\]\s*/gim, '')
}

/** `<Cite ids="a,b" />` (or `:ids="['a', 'b']"`) written in a note cites like `[src: a, b]`. */
function citeTagsAsMarkers(text: string): string {
  return text.replace(/<Cite\b([^>]*?)\/?>(?:\s*<\/Cite>)?/g, (_all, attrs: string) => {
    const plain = /(?:^|\s)ids\s*=\s*"([^"]*)"/.exec(attrs)?.[1]
    const bound = /(?:^|\s):ids\s*=\s*"([^"]*)"/.exec(attrs)?.[1]
    const ids = plain ? plain.split(',') : bound ? [...bound.matchAll(/'([^']*)'/g)].map(m => m[1]) : []
    return `[src: ${ids.map(id => id.trim()).filter(Boolean).join(', ')}]`
  })
}

/** Ids of every `[src: …]` in `text`, with the 1-based line each appears on. */
export function srcMarkers(text: string): { id: string, line: number }[] {
  const found: { id: string, line: number }[] = []
  text.split(/\r?\n/).forEach((line, i) => {
    for (const m of line.matchAll(SRC_MARKER)) {
      for (const id of m[1].split(',').map(s => s.trim()).filter(Boolean))
        found.push({ id, line: i + 1 })
    }
  })
  return found
}

export function splitNote(raw: string): SplitNote {
  const cues: NoteLine[] = []
  const kept: string[] = []
  raw.split(/\r?\n/).forEach((text, i) => {
    if (CUE_LINE.test(text))
      cues.push({ line: i + 1, text: text.replace(CUE_LINE, '').trim() })
    else
      kept.push(text)
  })
  const commentary = citeTagsAsMarkers(withoutMarkup(kept.join('\n'))).replace(/\n{3,}/g, '\n\n').trim()
  return { commentary, cues, sourceIds: [...new Set(srcMarkers(commentary).map(m => m.id))] }
}

/** The note as the public may read it: commentary only. */
export function publicNote(raw: string): string {
  return splitNote(raw).commentary
}
