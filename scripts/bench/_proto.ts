import { join } from 'node:path'
import { loadSlidevExporter } from '../lib/slidev-internals.ts'
import { serveStatic } from './static-server.ts'

const t0 = performance.now()
const { resolveOptions } = await import('@slidev/cli')
const { exportSlides, getExportOptions } = await loadSlidevExporter()
const options = await resolveOptions({ entry: 'slides.md' }, 'export')
const server = await serveStatic('/work/main/bench/work/dist-ours', '/work/main/bench/work/compressed')
const port = Number(new URL(server.url).port)
console.log('ready', ((performance.now() - t0) / 1000).toFixed(1))
for (const format of ['pdf', 'pptx-editable', 'png']) {
  const t = performance.now()
  await exportSlides({ port, ...getExportOptions({ entry: 'slides.md', format, output: join('/work/main/bench/work/proto', `x-${format}`), executablePath: '/usr/bin/chromium', withClicks: false, timeout: 60000, withToc: false }, options) })
  console.log(format, ((performance.now() - t) / 1000).toFixed(1))
}
await server.close()
console.log('total', ((performance.now() - t0) / 1000).toFixed(1))
process.exit(0)
