/**
 * Whether `text` is a real `YYYY-MM-DD` date: `2026-02-29` and `2026-13-45` are not, although JavaScript's
 * `Date` and YAML parsers quietly roll them over into March 2026 and February 2027.
 *
 * @example isCalendarDate('2026-11-25') // true
 * @example isCalendarDate('2026-02-30') // false
 */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
