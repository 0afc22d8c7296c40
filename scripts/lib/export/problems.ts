import type { ExportDeck } from './deck.ts'
import { CliError } from '../cli-error.ts'
import { describeSlide } from './deck.ts'

export interface Finding {
  /** 1-based slide number; 0 when the problem is not tied to one slide. */
  no: number
  message: string
}

/**
 * The export found something wrong with what it rendered or wrote. Its message names each slide
 * with its file:line, one problem per line; nothing has been written under the final names.
 */
export class RenderProblemsError extends CliError {
  constructor(deck: ExportDeck, findings: Finding[], what = 'the rendered deck') {
    const lines = [...new Map(findings.map(f => [`${f.no}\0${f.message}`, f])).values()]
      .sort((a, b) => a.no - b.no)
      .map((f) => {
        const slide = deck.slides[f.no - 1]
        return `  ✗ ${slide ? `${describeSlide(slide)}: ` : ''}${f.message}`
      })
    super(`Export stopped: ${lines.length} problem(s) in ${what}; no file was written under its final name.\n${lines.join('\n')}`)
  }
}
