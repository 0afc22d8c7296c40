import { chromium } from 'playwright-chromium'
const t0 = performance.now()
let t = t0
const lap = (l: string) => { const n = performance.now(); console.log(l.padEnd(28), ((n - t) / 1000).toFixed(2), 's'); t = n }
const { createServer, resolveOptions } = await import('@slidev/cli')
lap('import cli')
const options = await resolveOptions({ entry: 'slides.md' }, 'export')
lap('resolveOptions')
const server = await createServer(options, { server: { port: 0, host: '127.0.0.1' }, clearScreen: false, logLevel: 'warn' })
await server.listen()
lap('createServer+listen')
const port = (server.httpServer!.address() as { port: number }).port
for (let k = 0; k < 2; k++) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
  lap('launch')
  const page = await (await browser.newContext({ viewport: { width: 980, height: 551 * 32 } })).newPage()
  await page.goto(`http://127.0.0.1:${port}/?print=true#print`, { waitUntil: 'load' })
  lap('goto load')
  await page.waitForLoadState('networkidle')
  lap('networkidle')
  await page.locator('.slidev-slide-loading').first().waitFor({ state: 'detached' }).catch(() => {})
  const c = page.locator('#mermaid-rendering-container div').first()
  while (await c.count() > 0) await c.waitFor({ state: 'detached' })
  lap('mermaid done')
  await page.pdf({ path: '/tmp/y.pdf', width: '980px', height: '551px', printBackground: true, preferCSSPageSize: true })
  lap('page.pdf')
  for (let i = 0; i < 32; i++) await page.locator('.print-slide-container').nth(i).screenshot()
  lap('32 screenshots (scale 1)')
  await browser.close()
  lap('close')
}
await server.close()
process.exit(0)
