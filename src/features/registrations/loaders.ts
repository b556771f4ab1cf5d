import 'server-only';
import { cache } from 'react';
import { countryOptions, LANGUAGE_CODES, languageName } from '@/lib/geo';
import { localized, localizedLang } from '@/lib/i18n/localized';
import type { AppLocale } from '@/lib/i18n/locales';
import type { Role } from '@/lib/db-types';
import type { FormOptions } from './components/types';
import { findEventForRegistration, questionsOf, type EventForRegistration } from './data';
import { minorDigits } from './form-values';
import { emptyFormValues, type ParticipantTypeValue, type RegistrationFormValues } from './schema';

export const loadEventForRegistration = cache((slug: string, role: Role | null) => findEventForRegistration(slug, role));

export function formatMoney(amountMinor: number, currency: string, locale: AppLocale): string {
  const digits = minorDigits(currency);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amountMinor / 10 ** digits);
  } catch {
    return `${amountMinor / 10 ** digits} ${currency}`;
  }
}

/** Localized lists and texts the form needs (serializable for the client component). */
export function formOptionsFor(event: EventForRegistration, locale: AppLocale): FormOptions {
  const collator = new Intl.Collator(locale);
  return {
    locale,
    timeZone: event.timeZone,
    eventLanguages: event.languages,
    privacyNotice: localized(event.privacyNotice, locale, event.languages),
    privacyNoticeLang: localizedLang(event.privacyNotice, locale, event.languages),
    privacyVersion: event.privacyNoticeVersion,
    fees: event.feeCategories.map((f) => ({
      id: f.id,
      label: localized(f.label, locale, event.languages) || f.code,
      amount: formatMoney(f.amountMinor, f.currency, locale),
      description: localized(f.description, locale, event.languages) || undefined,
      descriptionLang: localizedLang(f.description, locale, event.languages),
    })),
    // The bursary amount is asked in the event's accounting currency (Event.currency), like the bursary budget.
    currency: event.currency,
    countries: countryOptions(locale),
    languages: [
      ...COMMON_LANGUAGES.map((code) => ({ code, name: languageName(code, locale), common: true })),
      ...LANGUAGE_CODES.filter((code) => !COMMON_LANGUAGES.includes(code)).map((code) => ({ code, name: languageName(code, locale) })).sort((a, b) => collator.compare(a.name, b.name)),
    ],
    eventLanguageNames: Object.fromEntries(event.languages.map((l) => [l, languageName(l, locale)])),
    questions: questionsOf(event),
    participantTypes: event.participantTypes as ParticipantTypeValue[],
  };
}


/** Listed first in the language picker: the event's four languages and the most spoken by its delegates. */
const COMMON_LANGUAGES: readonly string[] = ['fr', 'en', 'es', 'pt', 'ar', 'wo', 'sw', 'zh'];
const KNOWN = new Set(Object.keys(emptyFormValues('')));

/**
 * A new form: empty, the account's given and family names as the person typed
 * them (a full name is never split: where it cuts is not knowable), the
 * e-mail, then whatever the draft saved.
 */
export function initialFormValues(event: EventForRegistration, account: { givenName: string; familyName: string; email: string }, draft: unknown): RegistrationFormValues {
  const values: RegistrationFormValues = { ...emptyFormValues(event.privacyNoticeVersion), firstName: account.givenName, lastName: account.familyName, email: account.email };
  if (draft && typeof draft === 'object' && !Array.isArray(draft)) {
    for (const [key, value] of Object.entries(draft)) if (KNOWN.has(key) && key !== 'consent' && key !== 'consentVersion') (values as Record<string, unknown>)[key] = value;
  }
  return values;
}
