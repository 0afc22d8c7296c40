/**
 * ISO dates of varying precision, without Zod: components import these, and the slides' bundle
 * must not carry Zod (it probes `new Function`, which the site's CSP reports as a violation).
 */
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real calendar date (no 2025-02-30). */
export function isValidIsoDate(value: unknown): value is string {
  if (typeof value !== 'string')
    return false
  const m = ISO.exec(value)
  if (!m)
    return false
  const year = Number(m[1])
  const month = m[2] === undefined ? undefined : Number(m[2])
  const day = m[3] === undefined ? undefined : Number(m[3])
  if (month !== undefined && (month < 1 || month > 12))
    return false
  if (month !== undefined && day !== undefined) {
    const d = new Date(Date.UTC(year, month - 1, day))
    return d.getUTCMonth() === month - 1 && d.getUTCDate() === day
  }
  return true
}

/**
 * Orders two ISO dates of possibly different precision, comparing only the precision both
 * have: `2025-06` is neither before nor after `2025-06-20`, since it may be that very day.
 */
export function compareIsoDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  const x = a.slice(0, n)
  const y = b.slice(0, n)
  return x < y ? -1 : x > y ? 1 : 0
}
