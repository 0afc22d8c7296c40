/** A component tag in a slide's Markdown, with the props it passes. */
export interface ComponentUse {
  name: string
  props: Record<string, unknown>
  /** The tag as written, for messages. */
  tag: string
}

const TAG = /<([A-Z][A-Za-z0-9]*)\b((?:[^>"']|"[^"]*"|'[^']*')*?)\/?>/g
const ATTR = /([:@#]?[A-Z_][\w.:-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/gi

function camelize(name: string): string {
  return name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())
}

/**
 * A bound prop's value. The deck passes only literals (`:from="1"`, `:ids="['a','b']"`); they are
 * read as JSON after turning single-quoted strings into double-quoted ones, never evaluated.
 */
export function readLiteral(expr: string): unknown {
  const json = expr.replace(/'((?:[^'\\]|\\.)*)'/g, (_, s: string) => JSON.stringify(s))
  try {
    return JSON.parse(json)
  }
  catch {
    throw new Error(`cannot read the bound value "${expr}": only literals (numbers, strings, arrays, true/false) are supported here`)
  }
}

/** The PascalCase component tags of a slide's Markdown and the props each one passes. */
export function componentUses(markdown: string): ComponentUse[] {
  const uses: ComponentUse[] = []
  for (const m of markdown.matchAll(TAG)) {
    const props: Record<string, unknown> = {}
    for (const a of m[2].matchAll(ATTR)) {
      const [, name, dq, sq] = a
      const value = dq ?? sq
      // Directives (v-click), listeners and slots are Slidev's or Vue's business, not props.
      if (name.startsWith('v-') || name.startsWith('@') || name.startsWith('#') || name === 'class' || name === 'style' || name === ':class' || name === ':style')
        continue
      if (name.startsWith(':'))
        props[camelize(name.slice(1))] = value === undefined ? true : readLiteral(value)
      else
        props[camelize(name)] = value ?? true
    }
    uses.push({ name: m[1], props, tag: m[0] })
  }
  return uses
}
