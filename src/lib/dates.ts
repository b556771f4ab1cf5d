import type { AppLocale } from './i18n/locales';

/**
 * Date-only columns (`@db.Date`) are midnight UTC: format them in UTC so a
 * day never shifts. Instants are formatted in the event's time zone.
 */
export function formatDay(date: Date, locale: AppLocale, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(date);
}

export function formatDayRange(start: Date, end: Date, locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).formatRange(start, end);
}

/** An instant in the event's time zone, with the zone's name (e.g. "20 févr. 2027, 14:00 UTC"). */
export function formatInstant(date: Date, locale: AppLocale, timeZone: string, { date: withDate = true, zone = true }: { date?: boolean; zone?: boolean } = {}): string {
  return new Intl.DateTimeFormat(locale, {
    ...(withDate ? { year: 'numeric', month: 'short', day: 'numeric' } : {}),
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    ...(zone ? { timeZoneName: 'short' } : {}),
  }).format(date);
}

/**
 * A programme day heading ("samedi 27 février", "Saturday, February 27") by the
 * locale's own rules: no title-casing (French, Spanish and Portuguese write
 * weekdays and months in lower case).
 */
export function formatDayHeading(day: string, locale: AppLocale, style: 'long' | 'short' = 'long'): string {
  return formatDay(new Date(`${day}T00:00:00Z`), locale, { weekday: style, day: 'numeric', month: style });
}
