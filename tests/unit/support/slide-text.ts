import type { Component } from 'vue'
import type { DeckSlide } from '../../../scripts/lib/deck-checks/index.ts'
import { basename } from 'node:path'
import { describeSlide } from '../../../scripts/lib/deck-checks/index.ts'
import { deckComponents, mountDeckComponent, wordsOf } from './mount-deck-component.ts'
import { componentUses } from './slide-components.ts'

const layoutModules = import.meta.glob<{ default: Component }>('../../../layouts/*.vue', { eager: true })
const deckLayouts: Readonly<Record<string, Component>> = Object.fromEntries(
  Object.entries(layoutModules).map(([path, mod]) => [basename(path, '.vue'), mod.default]),
)

/** Slidev's built-in components a slide may use; they are not the deck's to render here. */
const SLIDEV_BUILT_INS = new Set([
  'Arrow',
  'AutoFitText',
  'LightOrDark',
  'Link',
  'PoweredBySlidev',
  'RenderWhen',
  'SlideCurrentNo',
  'SlidesTotal',
  'SlidevVideo',
  'Toc',
  'TocList',
  'Transform',
  'Tweet',
  'VAfter',
  'VClick',
  'VClicks',
  'VDrag',
  'VDragArrow',
  'VSwitch',
  'Youtube',
])

export interface RenderedSlide {
  slide: DeckSlide
  /** What a reader sees: the Markdown's words plus the text the slide's components and layout render. */
  text: string
  /** The deck's components and layouts rendered for this slide, by name. */
  rendered: string[]
  /** Components or layouts that failed to render or warned, naming the slide. */
  errors: string[]
}

/** Markdown → its words: no tags, styles, comments or markup characters (diagram labels stay). */
function markdownWords(markdown: string): string {
  return markdown
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^```.*$/gm, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}|[>\-*+]|\d+[.)])\s+/gm, '')
    .replace(/[*_`]/g, '')
    .replace(/&nbsp;/g, ' ')
}

function layoutProps(layout: Component, frontmatter: Record<string, unknown>): Record<string, unknown> {
  // Slidev passes the frontmatter to the layout; only the props the layout declares matter here.
  const declared = (layout as { props?: Record<string, unknown> | string[] }).props
  const names = Array.isArray(declared) ? declared : Object.keys(declared ?? {})
  return Object.fromEntries(names.filter(n => n in frontmatter).map(n => [n, frontmatter[n]]))
}

function render(component: Component, props: Record<string, unknown>, what: string, slide: DeckSlide, errors: string[]): string {
  try {
    const { wrapper, warnings } = mountDeckComponent(component, props)
    for (const w of warnings)
      errors.push(`${describeSlide(slide)}: ${what} warns: ${w}`)
    const text = wordsOf(wrapper)
    wrapper.unmount()
    return text
  }
  catch (e) {
    errors.push(`${describeSlide(slide)}: ${what} fails to render: ${e instanceof Error ? e.message : String(e)}`)
    return ''
  }
}

/** Renders a slide's components and local layout with the props the slide gives them. */
export function renderSlide(slide: DeckSlide): RenderedSlide {
  const errors: string[] = []
  const rendered: string[] = []
  const parts = [markdownWords(slide.content)]
  const layoutName = slide.frontmatter.layout
  if (typeof layoutName === 'string' && deckLayouts[layoutName]) {
    parts.push(render(deckLayouts[layoutName], layoutProps(deckLayouts[layoutName], slide.frontmatter), `layout "${layoutName}"`, slide, errors))
    rendered.push(`layout:${layoutName}`)
  }
  let uses: ReturnType<typeof componentUses> = []
  try {
    uses = componentUses(slide.content)
  }
  catch (e) {
    errors.push(`${describeSlide(slide)}: ${e instanceof Error ? e.message : String(e)}`)
  }
  for (const use of uses) {
    const component = deckComponents[use.name]
    if (component) {
      parts.push(render(component, use.props, use.tag, slide, errors))
      rendered.push(use.name)
    }
    else if (!SLIDEV_BUILT_INS.has(use.name)) {
      errors.push(`${describeSlide(slide)}: <${use.name}> is neither in components/ nor a Slidev built-in`)
    }
  }
  return { slide, text: parts.join(' ').replace(/\s+/g, ' ').trim(), rendered, errors }
}
