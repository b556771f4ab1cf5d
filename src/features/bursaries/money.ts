import type { AppLocale } from '@/lib/i18n/locales';
import { minorDigits } from '@/features/registrations/form-values';

/** An amount in minor units, formatted for people ("150 000 F CFA", "1 250,50 $ CA"). */
export function formatMoney(minor: number, currency: string, locale: AppLocale): string {
  const digits = minorDigits(currency);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: digits }).format(minor / 10 ** digits);
  } catch {
    return `${minor / 10 ** digits} ${currency}`;
  }
}

/** Minor units back to what a person types in a form ("1500.5"). */
export function toAmountText(minor: number | null | undefined, currency: string): string {
  if (minor === null || minor === undefined) return '';
  return String(minor / 10 ** minorDigits(currency));
}
