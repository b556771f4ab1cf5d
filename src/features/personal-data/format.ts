import { formatDay, formatInstant } from '@/lib/dates';
import type { AppLocale } from '@/lib/i18n/locales';

/** Stored answers shown on "My data" (page and PDF), in the form's order; labels are `registration.fields.*`. */
export const ANSWER_FIELDS = ['firstName', 'lastName', 'gender', 'email', 'phone', 'organization', 'organizationKind', 'organizationRole', 'country', 'city', 'participantType', 'languages', 'interpretationNeeds', 'arrivalAt', 'departureAt', 'travelDetails', 'accommodation', 'dietary', 'dietaryNotes', 'accessibility', 'accessibilityNotes', 'visaLetterRequested', 'nationality', 'passportNumber', 'passportExpiry', 'dateOfBirth', 'bursaryRequested', 'bursaryReason'] as const;
const DAY_FIELDS = new Set(['passportExpiry', 'dateOfBirth']);

/** One stored value as text: date-only fields in UTC, instants in the event's zone, lists joined. */
export function showValue(value: unknown, field: string, locale: AppLocale, timeZone: string, yesNo: (v: boolean) => string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (value instanceof Date) return DAY_FIELDS.has(field) ? formatDay(value, locale) : formatInstant(value, locale, timeZone);
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  if (typeof value === 'boolean') return yesNo(value);
  if (typeof value === 'object') return Object.keys(value).length ? JSON.stringify(value) : '—';
  return String(value);
}

export function consentContextKey(context: string): 'submit' | 'update' | 'resubmit' {
  return context === 'registration.update' ? 'update' : context === 'registration.resubmit' ? 'resubmit' : 'submit';
}
