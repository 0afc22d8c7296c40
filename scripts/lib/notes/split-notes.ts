/**
 * A slide's speaker notes have three parts, in this order:
 * - the script: what the presenter says (timed at 140 words a minute; the speaker-notes PDF and
 *   the PPTX notes carry it);
 * - `[cue]` lines anywhere before `[handout]`: presenter-only stage directions;
 * - after a line `[handout]`: commentary for readers only (detail and citations), which the
 *   handout and the reader page publish after the script and the presenter never has to read.
 * `[src: id-a, id-b]` cites sources from data/sources.ts anywhere outside cue lines.
 */

/** A notes line that is only a cue for the presenter: `[cue] look at the room…`. */
export const CUE_LINE = /^\s*(?:[-*+]\s+|>\s*)?\[cue\]/i
/** The line that starts the handout-only commentary. */
export const HANDOUT_LINE = /^\s*\[handout\]\s*$/i
/** `[src: id-a, id-b]`: the sources a passage of commentary rests on. */
export const SRC_MARKER = /\[src:([^\]]*)\]/gi

export interface NoteLine {
  /** 1-based line inside the note. */
  line: number
  text: string
}

export interface SplitNote {
  /** What the presenter says: the note before `[handout]`, cue lines and `[src:]` tags removed. */
  script: string
  /** The script with its cue lines, as the presenter reads it (speaker-notes PDF, PPTX notes). */
  presenter: string
  /** The handout-only part after `[handout]` (Markdown, trimmed; empty when there is none). */
  detail: string
  /** What readers get: the script, then the detail, without presenter-only lines (Markdown, trimmed). */
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

const tidy = (text: string): string => text.replace(/\n{3,}/g, '\n\n').trim()

/** Drops `[src: …]` tags: a script is read aloud, its citations are for readers. */
export function withoutSrcTags(text: string): string {
  return text.replace(SRC_MARKER, '').replace(/[ \t]+([.,;:])/g, '$1').replace(/[ \t]{2,}/g, ' ').replace(/[ \t]+$/gm, '')
}

export function splitNote(raw: string): SplitNote {
  const cues: NoteLine[] = []
  const said: string[] = []
  const presenter: string[] = []
  const detail: string[] = []
  let inDetail = false
  raw.split(/\r?\n/).forEach((text, i) => {
    if (!inDetail && HANDOUT_LINE.test(text)) {
      inDetail = true
      return
    }
    if (CUE_LINE.test(text)) {
      cues.push({ line: i + 1, text: text.replace(CUE_LINE, '').trim() })
      if (!inDetail)
        presenter.push(text)
      return
    }
    if (inDetail) {
      detail.push(text)
    }
    else {
      said.push(text)
      presenter.push(text)
    }
  })
  const scriptMd = tidy(citeTagsAsMarkers(withoutMarkup(said.join('\n'))))
  const detailMd = tidy(citeTagsAsMarkers(withoutMarkup(detail.join('\n'))))
  const commentary = tidy([scriptMd, detailMd].filter(Boolean).join('\n\n'))
  return {
    script: tidy(withoutSrcTags(scriptMd)),
    presenter: tidy(withoutSrcTags(citeTagsAsMarkers(withoutMarkup(presenter.join('\n'))))),
    detail: detailMd,
    commentary,
    cues,
    sourceIds: [...new Set(srcMarkers(commentary).map(m => m.id))],
  }
}

/** Spoken words of a script: Markdown punctuation and list markers are not words. */
export function spokenWords(script: string): number {
  return script.replace(/[#*_>`[\]()-]+/g, ' ').split(/\s+/).filter(w => /[\p{L}\p{N}]/u.test(w)).length
}

/** The note as the public may read it: commentary only. */
export function publicNote(raw: string): string {
  return splitNote(raw).commentary
}
