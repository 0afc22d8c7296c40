import type { SlideRoute } from '@slidev/types'
import type { Ref } from 'vue'
import type { Router } from 'vue-router'
import type { PacedSlide } from './plan'
import { ref } from 'vue'
import { backupSlideNo, isCore, isKept, stepTarget } from './plan'

/**
 * The presenter's pacing state, shared by setup/shortcuts.ts (keys, navigation) and the nav bar's
 * readout (custom-nav-controls.vue). Each window keeps its own: the presenter view drives, and the
 * audience window follows the slide it is sent.
 */

/** `?cut=short` in the address (before or after the `#`) opens the deck in the short cut. */
function shortCutRequested(): boolean {
  if (typeof location === 'undefined')
    return false
  const query = (text: string | undefined): URLSearchParams => new URLSearchParams(text ?? '')
  return query(location.search).get('cut') === 'short' || query(location.hash.split('?')[1]).get('cut') === 'short'
}

/** The short cut: next/previous step over core slides marked `optional: true`. */
export const shortCut = ref(shortCutRequested())

/** Where `b` jumped from, until Backspace (or `r`) goes back there. */
export const returnTo = ref<number | undefined>()

/** A slide's frontmatter as Slidev's route carries it (`meta.slide.frontmatter`). */
function frontmatterOf(route: SlideRoute | undefined): Record<string, unknown> {
  return (route?.meta as { slide?: { frontmatter?: Record<string, unknown> } } | undefined)?.slide?.frontmatter ?? {}
}

export function pacedSlides(slides: readonly SlideRoute[]): PacedSlide[] {
  return slides.map(s => ({ no: s.no, frontmatter: frontmatterOf(s) }))
}

/** `b`: to the "Backup" divider, remembering the slide left (kept across further backup jumps). */
export function jumpToBackup(slides: readonly SlideRoute[], current: number, go: (no: number) => unknown): void {
  const backup = backupSlideNo(pacedSlides(slides))
  if (backup === undefined || backup === current)
    return
  if (returnTo.value === undefined || isCore(pacedSlides(slides), current))
    returnTo.value = current
  go(backup)
}

/** Backspace / `r`: back to the slide `b` left. */
export function returnFromBackup(go: (no: number) => unknown): void {
  const target = returnTo.value
  if (target === undefined)
    return
  returnTo.value = undefined
  go(target)
}

const guarded = new WeakSet<Router>()

/**
 * In the short cut, a one-slide step (→, ←, Space, PageDown, a clicker, the nav buttons) that
 * would land on an optional core slide goes on to the next kept slide in the same direction.
 * A router guard, so every way of stepping is covered; jumps (`g`, the overview, `b`) are not
 * steps and still reach any slide. Installed once per router.
 */
export function installShortCutGuard(router: Router, slides: Ref<SlideRoute[]>): void {
  if (guarded.has(router))
    return
  guarded.add(router)
  router.beforeEach((to, from) => {
    if (!shortCut.value || to.name !== from.name)
      return true
    const paced = pacedSlides(slides.value)
    const noOf = (param: unknown): number | undefined => {
      const key = String(param ?? '')
      return slides.value.find(s => String(s.no) === key || frontmatterOf(s).routeAlias === key)?.no
    }
    const [toNo, fromNo] = [noOf(to.params.no), noOf(from.params.no)]
    if (toNo === undefined || fromNo === undefined || Math.abs(toNo - fromNo) !== 1)
      return true
    if (!isCore(paced, toNo) || isKept(paced, paced[toNo - 1], { short: true }))
      return true
    const direction = toNo > fromNo ? 1 : -1
    const target = stepTarget(paced, fromNo, direction, { short: true })
    if (target === undefined)
      return false
    const segment = String(frontmatterOf(slides.value[target - 1]).routeAlias ?? target)
    const query = { ...to.query }
    // Forward lands on a slide's first step; backward keeps Slidev's "last step" request.
    if (direction === 1)
      delete query.clicks
    return { path: to.path.replace(/[^/]+$/, segment), query, hash: to.hash }
  })
}
