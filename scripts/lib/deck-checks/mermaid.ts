import type { DeckSlide } from './deck.ts'
import { describeSlide } from './deck.ts'

export interface MermaidBlock {
  code: string
  /** 1-based line of the opening fence in the slide's file. */
  line: number
}

/**
 * Mermaid's parser. `mermaid.parse` needs a DOM (DOMPurify), so the caller provides it from an
 * environment that has one; it either throws or resolves to false on a syntax error.
 */
export type MermaidParse = (code: string) => Promise<unknown>

const OPEN = /^(\s*)(`{3,}|~{3,})\s*mermaid\b/

/** The ```mermaid fences of a slide (Slidev allows options after the name: ```mermaid {scale: 0.8}). */
export function mermaidBlocks(slide: DeckSlide): MermaidBlock[] {
  const lines = slide.raw.split(/\r?\n/)
  const blocks: MermaidBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i])
    if (!open)
      continue
    const fence = open[2]
    // CommonMark: the closing fence uses the same character, at least as many times.
    const isClose = (line: string): boolean => {
      const m = /^\s*(`{3,}|~{3,})\s*$/.exec(line)
      return m !== null && m[1][0] === fence[0] && m[1].length >= fence.length
    }
    const body: string[] = []
    let j = i + 1
    while (j < lines.length && !isClose(lines[j]))
      body.push(lines[j++])
    blocks.push({ code: body.join('\n'), line: slide.line + i })
    i = j
  }
  return blocks
}

function firstLines(error: unknown, count = 4): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n').slice(0, count).join(' | ')
}

/** Every Mermaid block in every slide parses; each failure names the slide, the line and the parser's error. */
export async function checkMermaid(slides: readonly DeckSlide[], parse: MermaidParse): Promise<string[]> {
  const errors: string[] = []
  for (const slide of slides) {
    for (const block of mermaidBlocks(slide)) {
      try {
        if (await parse(block.code) === false)
          errors.push(`${describeSlide(slide)}: the Mermaid block at ${slide.file}:${block.line} does not parse`)
      }
      catch (e) {
        errors.push(`${describeSlide(slide)}: the Mermaid block at ${slide.file}:${block.line} does not parse: ${firstLines(e)}`)
      }
    }
  }
  return errors
}
