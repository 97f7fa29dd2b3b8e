/** One formatter per language: making one costs more than formatting with it, and a list formats a time per row. */
const formats = new Map<string, Intl.RelativeTimeFormat>();

/** "3 minutes ago", in the given language. */
export function relativeTime(time: number, now: number, locale: string): string {
  const seconds = Math.round((time - now) / 1000);
  let format = formats.get(locale);
  if (!format) formats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['year', 365 * 24 * 3600],
    ['month', 30 * 24 * 3600],
    ['week', 7 * 24 * 3600],
    ['day', 24 * 3600],
    ['hour', 3600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(seconds, 'second');
}
