import { rootCss } from './styles/palette'

// Slidev merges this with its own UnoCSS config; the preflight puts the palette's custom
// properties on every page (slides, presenter, print and export) from the one palette module.
export default {
  preflights: [{ getCSS: () => rootCss() }],
}
