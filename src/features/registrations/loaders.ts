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
    fees: event.feeCategories.map((f) => ({ id: f.id, label: localized(f.label, locale, event.languages) || f.code, amount: formatMoney(f.amountMinor, f.currency, locale) })),
    currency: event.feeCategories[0]?.currency ?? 'XOF',
    countries: countryOptions(locale),
    languages: [
      ...LANGUAGE_CODES.slice(0, 4).map((code) => ({ code, name: languageName(code, locale) })),
      ...LANGUAGE_CODES.slice(4).map((code) => ({ code, name: languageName(code, locale) })).sort((a, b) => collator.compare(a.name, b.name)),
    ],
    questions: questionsOf(event),
    participantTypes: event.participantTypes as ParticipantTypeValue[],
  };
}

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
