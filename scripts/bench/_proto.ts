import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { loadSlidevExporter } from '../lib/slidev-internals.ts'
import { exportNotesPdf } from '../lib/notes-pdf.ts'
import { serveStatic } from './static-server.ts'

const t0 = performance.now()
let t = t0
const lap = (l: string) => { const n = performance.now(); console.log(l.padEnd(20), ((n - t) / 1000).toFixed(1), 's'); t = n }
execFileSync(process.execPath, ['node_modules/@slidev/cli/bin/slidev.mjs', 'build', '--out', '/work/main/bench/work/proto-dist'], { stdio: 'ignore' })
lap('build')
const { resolveOptions } = await import('@slidev/cli')
const { exportSlides, getExportOptions } = await loadSlidevExporter()
const options = await resolveOptions({ entry: 'slides.md' }, 'export')
const server = await serveStatic('/work/main/bench/work/proto-dist', '/work/main/bench/work/compressed-proto')
const port = Number(new URL(server.url).port)
lap('ready')
for (const format of ['pdf', 'notes', 'pptx-editable', 'png']) {
  if (format === 'notes')
    await exportNotesPdf({ url: `${server.url}/#/presenter/print`, output: '/work/main/bench/work/proto/notes.pdf', executablePath: '/usr/bin/chromium' })
  else
    await exportSlides({ port, ...getExportOptions({ entry: 'slides.md', format, output: join('/work/main/bench/work/proto', `x-${format}`), executablePath: '/usr/bin/chromium', withClicks: false, timeout: 60000, withToc: false }, options) })
  lap(format)
}
await server.close()
console.log('total', ((performance.now() - t0) / 1000).toFixed(1))
process.exit(0)
