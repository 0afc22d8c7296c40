import { createRequire } from 'node:module'
import type { AxeResults, ElementContext, ImpactValue, Result, RunOptions } from 'axe-core'
import type { Page } from 'playwright-chromium'

type AxeGlobal = typeof import('axe-core')

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** Impacts that fail a check; minor and moderate findings are printed, not failed. */
export const BLOCKING_IMPACTS: ImpactValue[] = ['serious', 'critical']

/**
 * Runs axe-core in the page (injected from node_modules, never fetched) on `context`.
 * Injection is repeated only after a real reload, since a hash route change keeps the page.
 */
export async function runAxe(page: Page, context: ElementContext, options: RunOptions = {}): Promise<AxeResults> {
  const present = await page.evaluate(() => 'axe' in window)
  if (!present)
    await page.addScriptTag({ path: AXE_SCRIPT })
  return page.evaluate(
    ({ context, options }) => (window as unknown as { axe: AxeGlobal }).axe.run(context, options),
    { context, options: { resultTypes: ['violations', 'incomplete'], ...options } as RunOptions },
  )
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
