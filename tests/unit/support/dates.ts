/**
 * Independent of data/format.ts on purpose: the components' dates are checked against the
 * platform's calendar, so a wrong weekday or month in the deck's own formatter shows up.
 */
function utcDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d))
}

function format(iso: string, options: Intl.DateTimeFormatOptions): string {
  // en-GB writes "Sept"; the deck (and most style guides) use three-letter months.
  return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' }).format(utcDate(iso)).replace('Sept', 'Sep')
}

/** `2025-04-12` → "Sat 12 Apr". */
export function weekdayDayMonth(iso: string): string {
  return format(iso, { weekday: 'short', day: 'numeric', month: 'short' })
}

/** `2025-04-12` → "12 Apr". */
export function dayMonth(iso: string): string {
  return format(iso, { day: 'numeric', month: 'short' })
}

/** `2025-04-12` → "12 Apr 2025". */
export function dayMonthYear(iso: string): string {
  return format(iso, { day: 'numeric', month: 'short', year: 'numeric' })
}
