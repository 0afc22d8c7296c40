/**
 * Locale-independent date formatting: the same output in every browser, Node and the PDF.
 * `2025-04-12` → "12 Apr 2025" (optionally "Sat 12 Apr 2025"), `2025-04` → "Apr 2025", `2025` → "2025".
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

export interface FormatDateOptions {
  /** Prefix the weekday ("Sat 12 Apr 2025"); only for full dates. */
  weekday?: boolean
  /** Leave out the year ("12 Apr"). */
  noYear?: boolean
}

export function parseIsoDate(iso: string): { year: number, month?: number, day?: number } {
  const m = ISO.exec(iso)
  if (!m)
    throw new Error(`Invalid ISO date "${iso}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`)
  const year = Number(m[1])
  const month = m[2] === undefined ? undefined : Number(m[2])
  const day = m[3] === undefined ? undefined : Number(m[3])
  if (month !== undefined && (month < 1 || month > 12))
    throw new Error(`Invalid month in "${iso}"`)
  if (day !== undefined) {
    const d = new Date(Date.UTC(year, (month ?? 1) - 1, day))
    if (d.getUTCDate() !== day)
      throw new Error(`Invalid day in "${iso}"`)
  }
  return { year, month, day }
}

export function weekdayOf(iso: string): string {
  const { year, month, day } = parseIsoDate(iso)
  if (month === undefined || day === undefined)
    throw new Error(`weekdayOf needs a full date, got "${iso}"`)
  return WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()]
}

export function formatDate(iso: string, options: FormatDateOptions = {}): string {
  const { year, month, day } = parseIsoDate(iso)
  const y = options.noYear ? '' : String(year)
  if (month === undefined)
    return String(year)
  const mon = MONTHS[month - 1]
  if (day === undefined)
    return [mon, y].filter(Boolean).join(' ')
  const parts = [String(day), mon, y].filter(Boolean).join(' ')
  return options.weekday ? `${weekdayOf(iso)} ${parts}` : parts
}
