/**
 * `npm run sources:pages`: writes pages/08-sources.md, one appendix slide per page of the sources
 * list, from data/. Run it after adding sources; `npm run check` and the unit tests fail, naming
 * the page count, when the file and the data disagree.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { SOURCES_PER_PAGE, sourcesPageCount, sourcesRoute } from '../data/citations.ts'
import { sources } from '../data/sources.ts'
import { runCli } from './lib/cli-error.ts'

const FILE = 'pages/08-sources.md'

function slide(page: number): string {
  const first = (page - 1) * SOURCES_PER_PAGE + 1
  const last = Math.min(page * SOURCES_PER_PAGE, sources.length)
  const note = page === 1
    ? `The sources behind every slide and note, ${sources.length} in all, numbered alphabetically by outlet. Each entry says what kind of source it is: a wire or major outlet read in full, an official statement, state media, opposition media, a copy of a named outlet on another site, a headline only (the page was not read), a lead (an AI-written compilation, never evidence on its own) or a reference work. "n.d." marks an undated page.`
    : `Sources ${first} to ${last} of ${sources.length}.`
  return `---
routeAlias: ${sourcesRoute(page)}
appendix: true
---

# Sources ${first}–${last} of ${sources.length}

${page === 1 ? '<SourceKindLegend />\n\n' : ''}<SourcesList :page="${page}" />

<!--
${note}
-->
`
}

runCli(async () => {
  const text = `${Array.from({ length: sourcesPageCount }, (_, i) => slide(i + 1)).join('\n')}`
  writeFileSync(resolve(FILE), text)
  console.log(`${FILE}: ${sourcesPageCount} slides for ${sources.length} sources`)
})
