import type { AxeResults, ElementContext, ImpactValue, Result, RunOptions } from 'axe-core'
import type { Page } from 'playwright-chromium'
import { createRequire } from 'node:module'

type AxeGlobal = typeof import('axe-core')

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** Impacts that fail a check; minor and moderate findings are printed, not failed. */
export const BLOCKING_IMPACTS: ImpactValue[] = ['serious', 'critical']

/**
 * Runs axe-core in the page (injected from node_modules, never fetched) on `context`.
 * Injection is repeated only after a real reload, since a hash route change keeps the page.
 */
/** What to scan, as CSS selectors (so it can cross into the page): axe's include/exclude lists. */
export interface AxeScope {
  include?: string[]
  exclude?: string[]
}

export async function runAxe(page: Page, scope: AxeScope, options: RunOptions = {}): Promise<AxeResults> {
  const present = await page.evaluate(() => 'axe' in window)
  if (!present)
    await page.addScriptTag({ path: AXE_SCRIPT })
  const json = await page.evaluate(
    async ({ scope, options }) => {
      // With only `exclude`, axe scans the whole document minus those parts.
      const context = scope as ElementContext
      // JSON text, since the results hold references (e.g. to the document) that cannot cross the page boundary as objects.
      return JSON.stringify(await (window as unknown as { axe: AxeGlobal }).axe.run(context, options as RunOptions))
    },
    { scope, options: JSON.parse(JSON.stringify({ resultTypes: ['violations', 'incomplete'], ...options })) as Record<string, unknown> },
  )
  return JSON.parse(json) as AxeResults
}

/** Rules axe actually evaluated in a run (passed, failed, undecided or not applicable). */
export function rulesRun(results: AxeResults): string[] {
  return [...new Set([...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map(r => r.id))].sort()
}

export function blockingViolations(results: AxeResults): Result[] {
  return results.violations.filter(v => BLOCKING_IMPACTS.includes(v.impact ?? null))
}

/** "[serious] color-contrast: Elements must meet minimum color contrast ratio thresholds\n    h2.title → Fix any of …". */
export function formatViolation(violation: Result, indent = '  '): string {
  const nodes = violation.nodes.slice(0, 5).map((node) => {
    const target = node.target.map(t => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' ')
    const why = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim()
    return `${indent}  ${target} ${node.html.slice(0, 120)}${why ? `\n${indent}    ${why}` : ''}`
  })
  const more = violation.nodes.length > 5 ? `\n${indent}  … and ${violation.nodes.length - 5} more` : ''
  return `${indent}[${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n${nodes.join('\n')}${more}`
}
