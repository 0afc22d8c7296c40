import { isValidIsoDate } from './iso-date'

/**
 * Locale-independent date formatting: the same output in every browser, Node and the PDF.
 * `2025-04-12` → "12 Apr 2025" (optionally "Sat 12 Apr 2025"), `2025-04` → "Apr 2025", `2025` → "2025".
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const

export interface FormatDateOptions {
  /** Prefix the weekday ("Sat 12 Apr 2025"); only for full dates. */
  weekday?: boolean
  /** Leave out the year ("12 Apr"). */
  noYear?: boolean
}

export function parseIsoDate(iso: string): { year: number, month?: number, day?: number } {
  if (!isValidIsoDate(iso))
    throw new Error(`Invalid ISO date "${iso}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`)
  const [year, month, day] = iso.split('-').map(Number)
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
