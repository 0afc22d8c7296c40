/**
 * Code that runs inside the page. Kept as JavaScript source strings on purpose: tsx compiles
 * functions with esbuild's keepNames, and a compiled function passed to page.evaluate refers to a
 * `__name` helper that does not exist in the page.
 */

/** `visible(el)`: laid out with a size, on screen, with text, and no ancestor hidden or transparent. */
const VISIBLE_FN = `
function __benchVisible(el) {
  const r = el.getBoundingClientRect()
  if (r.width <= 0 || r.height <= 0 || r.bottom <= 0 || r.right <= 0 || r.top >= innerHeight || r.left >= innerWidth)
    return false
  for (let e = el; e; e = e.parentElement) {
    const s = getComputedStyle(e)
    if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0)
      return false
  }
  return true
}`

/**
 * Installed before any page script: records in `window.__bench.titleVisibleMs` the time of the first
 * animation frame in which slide 1's title is visible (rAF callbacks run right before that frame is
 * painted), in ms since navigation start, the clock Resource Timing uses too.
 */
export function firstViewInitScript(titleSelector: string): string {
  return `(() => {
  ${VISIBLE_FN}
  try { performance.setResourceTimingBufferSize(100000) } catch {}
  window.__bench = { titleVisibleMs: null }
  const sel = ${JSON.stringify(titleSelector)}
  function tick() {
    const el = document.querySelector(sel)
    if (el && (el.textContent || '').trim() && __benchVisible(el)) {
      window.__bench.titleVisibleMs = performance.now()
      return
    }
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})()`
}

export const TITLE_VISIBLE_EXPR = 'window.__bench && window.__bench.titleVisibleMs !== null'

/** Resource Timing of the document and every subresource, plus the title time. */
export const COLLECT_TIMING_EXPR = `(() => {
  const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
  return {
    titleVisibleMs: window.__bench.titleVisibleMs,
    requests: entries.map(e => ({ url: e.name, encodedBytes: e.encodedBodySize, decodedBytes: e.decodedBodySize, responseEndMs: e.responseEnd })),
  }
})()`

/**
 * Navigation probe, installed before page scripts. A capture listener on window runs before
 * Slidev's own keydown listener (also on window), so `pressedAt` precedes any Slidev work.
 * `window.__benchWatch(no)` then polls every animation frame until slide `no`:
 * - rendered: its wrapper is displayed (v-show), its layout has content, and every Mermaid host in it
 *   (div.mermaid, whose SVG Slidev puts in a shadow root) holds an SVG with a size;
 * - settled: no element of the slideshow still carries a Vue transition class (*-enter-active /
 *   -leave-active), i.e. the slide transition (fade) has finished.
 */
export const NAV_INIT_SCRIPT = `(() => {
  ${VISIBLE_FN}
  window.__benchNav = { pressedAt: null, result: null }
  window.addEventListener('keydown', () => { window.__benchNav.pressedAt = performance.now() }, { capture: true })
  window.__benchWatch = (no) => {
    window.__benchNav.result = null
    let renderedAt = null
    let mermaid = 0
    const started = performance.now()
    function rendered() {
      const page = document.querySelector('#slideshow [data-slidev-no="' + no + '"]')
      if (!page || getComputedStyle(page).display === 'none')
        return false
      const layout = page.querySelector('.slidev-layout') || page
      if (!layout.children.length && !(layout.textContent || '').trim())
        return false
      const hosts = [...page.querySelectorAll('.mermaid')]
      for (const host of hosts) {
        const svg = host.shadowRoot && host.shadowRoot.querySelector('svg')
        if (!svg)
          return false
        const r = svg.getBoundingClientRect()
        if (r.width <= 0 || r.height <= 0)
          return false
      }
      mermaid = hosts.length
      return true
    }
    function settled() {
      return !document.querySelector('#slideshow [class*="-enter-active"], #slideshow [class*="-leave-active"]')
    }
    function tick() {
      const now = performance.now()
      if (renderedAt === null && rendered())
        renderedAt = now
      if (renderedAt !== null && settled()) {
        window.__benchNav.result = { pressedAt: window.__benchNav.pressedAt, renderedAt, settledAt: now, mermaid }
        return
      }
      if (now - started > 20000) {
        window.__benchNav.result = { error: 'slide ' + no + ' did not render within 20 s' }
        return
      }
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  }
})()`

/**
 * The slide on screen, from the DOM: the one displayed slide wrapper. (Not from the URL: a slide
 * with a routeAlias frontmatter is shown at #/alias rather than #/N.)
 */
export const CURRENT_SLIDE_EXPR = `(() => {
  const shown = [...document.querySelectorAll('#slideshow > [data-slidev-no]')].filter(e => getComputedStyle(e).display !== 'none')
  return shown.length === 1 ? Number(shown[0].getAttribute('data-slidev-no')) : -shown.length
})()`

/** The transition duration Slidev's CSS uses, in ms (for the report). */
export const TRANSITION_MS_EXPR = `(() => {
  const v = getComputedStyle(document.documentElement).getPropertyValue('--slidev-transition-duration').trim()
  const n = parseFloat(v)
  return Number.isNaN(n) ? 0 : v.endsWith('ms') ? n : n * 1000
})()`
