import type { VueWrapper } from '@vue/test-utils'
import type { Component } from 'vue'
import { readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { mount } from '@vue/test-utils'
import { defineComponent, h } from 'vue'
import { collapseWhitespace } from '../../../scripts/lib/text-normalize.ts'

// Slidev auto-registers everything in components/; the glob does the same for the tests.
const modules = import.meta.glob<{ default: Component }>('../../../components/*.vue', { eager: true })

/** The deck's components by name, as slides use them (`<Cite>`, `<RoundCards>`…). */
export const deckComponents: Readonly<Record<string, Component>> = Object.fromEntries(
  Object.entries(modules).map(([path, mod]) => [basename(path, '.vue'), mod.default]),
)

/** Slidev's `<Link>` navigates between slides; outside Slidev it only has to show where it points. */
const LinkStub = defineComponent({
  name: 'Link',
  props: { to: { type: [String, Number], required: true } },
  setup(props, { slots }) {
    return () => h('a', { 'data-to': String(props.to) }, slots.default?.())
  },
})

/** What Slidev provides to every slide as `$slidev`: here, the deck's headmatter as its configs. */
const entry = join(import.meta.dirname, '..', '..', '..', 'slides.md')
const slidevContext = { configs: parseSync(readFileSync(entry, 'utf8'), entry).slides[0]?.frontmatter ?? {} }

/** Slidev's click directives: outside a presentation every step is simply shown. */
const slidevDirectives = { click: {}, after: {}, clickHide: {}, motion: {} }

export interface MountResult {
  wrapper: VueWrapper
  /** Vue's warnings while mounting: an unresolved component or a bad prop shows up here. */
  warnings: string[]
}

/** `configs`: the headmatter the component sees as `$slidev.configs` (the deck's own by default). */
export function mountDeckComponent(
  component: Component,
  props: Record<string, unknown> = {},
  configs: Record<string, unknown> = slidevContext.configs,
): MountResult {
  const warnings: string[] = []
  const wrapper = mount(component, {
    props,
    global: {
      components: { ...deckComponents, Link: LinkStub },
      directives: slidevDirectives,
      provide: { '$$slidev-context': { configs } },
      config: {
        warnHandler: (msg: string) => {
          warnings.push(msg)
        },
      },
    },
  })
  return { wrapper, warnings }
}

/** Visible text with whitespace collapsed, as a reader would read it. */
export function textOf(wrapper: { text: () => string }): string {
  return collapseWhitespace(wrapper.text())
}

/** A component of the deck by file name; a clear failure when it was renamed or removed. */
export function deckComponent(name: string): Component {
  const component = deckComponents[name]
  if (!component)
    throw new Error(`components/${name}.vue does not exist (found: ${Object.keys(deckComponents).join(', ')})`)
  return component
}

/**
 * Every text node, space-separated: `wrapper.text()` glues neighbouring elements together
 * ("Round 1Sat 12 Apr"), which hides word boundaries a reader sees thanks to the layout.
 */
export function wordsOf(wrapper: { element: Node }): string {
  const parts: string[] = []
  const walk = (node: Node): void => {
    if (node.nodeType === 3)
      parts.push(node.textContent ?? '')
    node.childNodes.forEach(walk)
  }
  walk(wrapper.element)
  return collapseWhitespace(parts.join(' '))
}
