/**
 * `npm run sources:pages`: writes pages/11-sources.md, one appendix slide per page of the sources
 * list, from data/. Run it after adding sources; `npm run check` and the unit tests fail, naming
 * the page count, when the file and the data disagree.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { SOURCES_PER_PAGE, sourcesPageCount, sourcesRoute } from '../data/citations.ts'
import { sources } from '../data/sources.ts'

const FILE = 'pages/11-sources.md'

function slide(page: number): string {
  const first = (page - 1) * SOURCES_PER_PAGE + 1
  const last = Math.min(page * SOURCES_PER_PAGE, sources.length)
  const note = page === 1
    ? `The sources behind every slide and note, ${sources.length} in all, numbered alphabetically by outlet. Wire copy read on another site names the wire and where it was read; Iranian and other state outlets and opposition outlets are marked as such; "n.d." marks an undated page.`
    : `Sources ${first} to ${last} of ${sources.length}.`
  return `---
routeAlias: ${sourcesRoute(page)}
appendix: true
---

# Sources ${first}–${last} of ${sources.length}

<SourcesList :page="${page}" />

<!--
${note}
-->
`
}

const text = `${Array.from({ length: sourcesPageCount }, (_, i) => slide(i + 1)).join('\n')}`
writeFileSync(resolve(FILE), text)
console.log(`${FILE}: ${sourcesPageCount} slides for ${sources.length} sources`)
