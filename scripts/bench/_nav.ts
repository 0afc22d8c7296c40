import { launchOffline } from './browser.ts'
import { measureNav } from './measure-nav.ts'
import { measureLoad } from './measure-load.ts'
import { serveStatic } from './static-server.ts'
const dir = process.argv[2] ?? '/work/main/bench/work/dist-ours'
const slides = Number(process.argv[3] ?? 32)
const browser = await launchOffline('/usr/bin/chromium')
const server = await serveStatic(dir, '/work/main/bench/work/compressed')
if (process.argv[4] === 'load') {
  const l = await measureLoad(browser, `${server.url}/`, 10, console.log)
  console.log(l.firstViewBytes.median, l.titleVisibleMs.median, l.idleBytes.median)
} else {
const r = await measureNav(browser, `${server.url}/`, slides, Number(process.argv[4] ?? 2), console.log)
console.log('median', r.renderedMs.median.toFixed(0), 'p95', r.renderedMs.p95.toFixed(0), 'max', r.renderedMs.max.toFixed(0))
console.log(r.perSlideWorstMs.map(s => `${s.slide}:${s.ms.toFixed(0)}`).join(' '))
}
await server.close(); await browser.close(); process.exit(0)
