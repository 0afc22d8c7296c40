import { useNav } from '@slidev/client'
import { defineShortcutsSetup } from '@slidev/types'
import { installShortCutGuard, jumpToBackup, returnFromBackup, shortCut } from '../pacing/state'

/**
 * The room's keys beside Slidev's own (`g` go to a slide by title, `o` overview), for questions:
 * `b` jumps to the "Backup" divider (`backup: true`) and remembers the slide left; Backspace (or
 * `r`) returns there. Shift+C toggles the short cut (optional core slides skipped; the nav bar
 * says "Short cut"), which `?cut=short` in the address also turns on.
 */
export default defineShortcutsSetup((_nav, base) => {
  const { router, slides, currentSlideNo, go } = useNav()
  installShortCutGuard(router, slides)
  const back = (): void => returnFromBackup(no => go(no))
  return [
    ...base,
    { name: 'deck_backup', key: 'b', fn: () => jumpToBackup(slides.value, currentSlideNo.value, no => go(no)) },
    { name: 'deck_return', key: 'backspace', fn: back },
    { name: 'deck_return_r', key: 'r', fn: back },
    { name: 'deck_short_cut', key: 'shift+c', fn: () => shortCut.value = !shortCut.value },
  ]
})
