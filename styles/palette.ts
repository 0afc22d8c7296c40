/**
 * The deck's only colour definitions. They reach the slides as CSS custom properties (through
 * uno.config.ts, a preflight Slidev merges into every page) and Mermaid's theme and node classes
 * (setup/mermaid.ts). Okabe–Ito hues, darkened where used as text so every colour is ≥ 4.5:1 on
 * white and on the panel grey. Colour never carries meaning alone: sides are always labelled.
 */
export const palette = {
  ink: '#1b2430',
  muted: '#4a5565',
  bg: '#ffffff',
  panel: '#f3f5f8',
  rule: '#c9d0da',
  hairline: '#dde2e8',
  accent: '#0b5cad',
  warn: '#7a4a00',
  noteBg: '#fff6e0',
  clusterBg: '#fafbfc',
  clusterBorder: '#9aa4b2',
  stripe: '#e2e6ec',
  /** Maps (components/RegionMap.vue): pale sea and land so the labels (ink, muted) keep ≥ 4.5:1 on both. */
  mapSea: '#dde9f3',
  mapLand: '#f6f4ee',
  /** Land around a map's focus country (which is drawn in bg). */
  mapContext: '#e9e6dd',
  mapBorder: '#9aa4b2',
  mapCoast: '#7d8a9b',
  /** Sea names, italic: a blue that reads as water, ≥ 4.5:1 on mapSea. */
  mapSeaLabel: '#2c5a85',
  /** The presenter's pacing readout (pacing/PacingReadout.vue), always with words: "on plan", "1:10 behind". */
  paceOk: '#1d6b3a',
  paceBehind: '#a3261b',
} as const

/** One colour per side, with a light tint for backgrounds behind that side's text. */
export const sideColours = {
  us: { side: '#0b5cad', tint: '#e7f0fa' },
  iran: { side: '#00735f', tint: '#e3f3ef' },
  mediator: { side: '#8a4d76', tint: '#f5eaf1' },
  israel: { side: '#a34700', tint: '#fbede4' },
  europe: { side: '#7a4a00', tint: '#fbf1df' },
  rc: { side: '#6b4c9a', tint: '#efeaf6' },
  iaea: { side: '#4a5565', tint: '#eef0f3' },
} as const

export type SideKey = keyof typeof sideColours

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)
}

/** `--deck-ink: #1b2430` and so on: the names styles and components use. */
export function cssVariables(): Record<string, string> {
  const vars: Record<string, string> = {}
  for (const [name, value] of Object.entries(palette))
    vars[`--deck-${kebab(name)}`] = value
  for (const [key, { side, tint }] of Object.entries(sideColours)) {
    vars[`--side-${key}`] = side
    vars[`--tint-${key}`] = tint
  }
  // Short name for the warning colour ("Sources differ", unconfirmed badges).
  vars['--warn'] = palette.warn
  return vars
}

export function rootCss(): string {
  return `:root{${Object.entries(cssVariables()).map(([k, v]) => `${k}:${v}`).join(';')}}`
}

/**
 * Mermaid node classes pages may assign (`class A,B us`, `A:::iran`) without writing a colour:
 * the fill is the side's tint, the border and the label its colour.
 */
export function mermaidClassCss(): string {
  const rules = Object.entries(sideColours).map(([key, { side, tint }]) =>
    `.node.${key} rect,.node.${key} polygon,.node.${key} circle,.node.${key} path{fill:${tint} !important;stroke:${side} !important;stroke-width:2px !important}`
    + `.node.${key} .nodeLabel,.node.${key} span{color:${palette.ink} !important}`)
  rules.push(`.node.neutral rect,.node.neutral polygon{fill:${palette.panel} !important;stroke:${palette.muted} !important}`)
  rules.push(`.node.cancelled rect,.node.cancelled polygon{fill:${palette.bg} !important;stroke:${palette.muted} !important;stroke-dasharray:6 4}`)
  return rules.join('')
}
