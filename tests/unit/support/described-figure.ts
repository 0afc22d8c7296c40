import type { VueWrapper } from '@vue/test-utils'
import type { Component } from 'vue'
import { expect } from 'vitest'
import { defineComponent, h } from 'vue'
import { mountDeckComponent } from './mount-deck-component.ts'

/**
 * The deck's description convention for a picture (chart, scale, timeline, map): its root carries
 * `data-description` (read by the handout and the PPTX writer) and `aria-describedby` naming a
 * `<p>` inside it with the same text (read by screen readers). Returns that text, after checking
 * it is at least one full sentence.
 */
export function descriptionOf(wrapper: VueWrapper): string {
  const root = wrapper.get('[data-description]')
  expect(root.element, 'the root element carries the description').toBe(wrapper.element)
  const id = root.attributes('aria-describedby')
  expect(id, 'aria-describedby names the description').toBeTruthy()
  const target = wrapper.get(`[id="${id}"]`)
  expect(target.element.tagName).toBe('P')
  const text = target.text().replace(/\s+/g, ' ').trim()
  expect(root.attributes('data-description')).toBe(text)
  // A full sentence: starts with a capital, ends with a full stop, and says more than a label would.
  expect(text).toMatch(/^[A-Z][\s\S]*\.$/)
  expect(text.split(' ').length).toBeGreaterThanOrEqual(8)
  return text
}

/** Two instances of a component on one page (as Slidev renders every slide in one app): their description ids. */
export function descriptionIdsOfTwo(component: Component, props: Record<string, unknown> = {}): string[] {
  const pair = defineComponent({ render: () => h('div', [h(component, props), h(component, props)]) })
  const { wrapper } = mountDeckComponent(pair)
  return wrapper.findAll('[data-description]').map(el => el.attributes('aria-describedby')!)
}
