import type { ElementNode, RootNode, TemplateChildNode } from '@vue/compiler-dom'
import type { DeckSlide } from './deck.ts'
import { existsSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import { ElementTypes, NodeTypes, parse } from '@vue/compiler-dom'
import { describeSlide } from './deck.ts'

const require = createRequire(import.meta.url)

function vueNames(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter(f => /\.(?:vue|ts)$/.test(f) && !f.endsWith('.test.ts')).map(f => basename(f).replace(/\.(?:vue|ts)$/, '')) : []
}

/**
 * A package's folder, found the way Node resolves it from this deck, or else from this toolkit's
 * own node_modules: where Slidev finds a theme for a deck that has none installed (slidev-internals.ts, 5).
 */
function packageDir(name: string, root: string): string | undefined {
  try {
    return dirname(require.resolve(`${name}/package.json`, { paths: [root, import.meta.dirname] }))
  }
  catch {
    return undefined
  }
}

function kebabToPascal(name: string): string {
  return name.replace(/(?:^|-)(\w)/g, (_, c: string) => c.toUpperCase())
}

/**
 * What a slide may name: the deck's components/ and layouts/, the theme's layouts, and the
 * components and layouts Slidev registers itself (its client package's builtin/ and layouts/).
 */
export function knownVueNames(root: string, theme = 'default'): { components: Set<string>, layouts: Set<string> } {
  const client = packageDir('@slidev/client', root)
  const themeDir = packageDir(`@slidev/theme-${theme}`, root)
  const components = new Set([
    ...vueNames(join(root, 'components')),
    ...(client ? vueNames(join(client, 'builtin')) : []),
    ...(themeDir ? vueNames(join(themeDir, 'components')) : []),
  ])
  const layouts = new Set([
    ...vueNames(join(root, 'layouts')),
    ...(client ? vueNames(join(client, 'layouts')) : []),
    ...(themeDir ? vueNames(join(themeDir, 'layouts')) : []),
  ])
  return { components, layouts }
}

function elements(nodes: (TemplateChildNode | RootNode)[]): ElementNode[] {
  const out: ElementNode[] = []
  for (const node of nodes) {
    if (node.type === NodeTypes.ELEMENT) {
      out.push(node)
      out.push(...elements(node.children))
    }
    else if (node.type === NodeTypes.ROOT) {
      out.push(...elements(node.children))
    }
  }
  return out
}

/** The component tags of Markdown with Vue in it, fenced code and comments left out. */
export function componentTags(markdown: string): string[] {
  const text = markdown.replace(/^(```|~~~)[\s\S]*?^\1/gm, '').replace(/<!--[\s\S]*?-->/g, '')
  // Markdown is not a template; parse errors (a lone "<" in prose) are not ours to report here.
  const ast = parse(text, { onError: () => {}, onWarn: () => {} })
  return elements([ast]).filter(e => e.tagType === ElementTypes.COMPONENT).map(e => e.tag)
}

function lineOfText(slide: DeckSlide, needle: string): number {
  const i = slide.raw.split('\n').findIndex(l => l.includes(needle))
  return slide.line + Math.max(i, 0)
}

/**
 * Unknown components and layouts, named by slide and file:line. Slidev renders an unknown
 * component as nothing and an unknown layout with a console warning naming no file, so a
 * misspelling would otherwise reach the exports as an empty slide.
 */
export function checkVueUsage(slides: readonly DeckSlide[], root: string, theme?: string): string[] {
  const { components, layouts } = knownVueNames(root, theme)
  const errors: string[] = []
  for (const slide of slides) {
    const layout = slide.frontmatter.layout
    if (layout !== undefined && (typeof layout !== 'string' || !layouts.has(layout)))
      errors.push(`${slide.file}:${lineOfText(slide, 'layout:')}: ${describeSlide(slide)} has unknown layout ${JSON.stringify(layout)} (known: ${[...layouts].sort().join(', ')})`)
    for (const tag of new Set(componentTags(slide.content))) {
      // `<carbon:edit />`: an Iconify icon, compiled in from its @iconify-json collection at build time.
      const icon = /^([a-z\d]+(?:-[a-z\d]+)*):[a-z\d-]+$/.exec(tag)
      if (icon) {
        if (!packageDir(`@iconify-json/${icon[1]}`, root))
          errors.push(`${slide.file}:${lineOfText(slide, `<${tag}`)}: ${describeSlide(slide)} uses the icon <${tag}>, but its collection @iconify-json/${icon[1]} is not installed (the build fetches nothing)`)
        continue
      }
      // Vue resolves `<arrow>` and `<round-cards>` to Arrow and RoundCards too.
      if (!components.has(tag) && !components.has(kebabToPascal(tag)))
        errors.push(`${slide.file}:${lineOfText(slide, `<${tag}`)}: ${describeSlide(slide)} uses unknown component <${tag}> (not in components/ nor one of Slidev's)`)
    }
  }
  return errors
}
