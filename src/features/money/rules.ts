import type { BursaryStatus, PaymentStatus } from '@/lib/db-types';

// Pure money rules (no I/O): what a registration owes, its payment status, and
// whether an entry may be recorded. Amounts are integers in the currency's minor unit.

/** Fee less the part of a bursary grant that pays the fee (GRANTED or PARTIAL only); never below 0. */
export function amountDue(input: { feeMinor: number | null | undefined; bursaryStatus: BursaryStatus | null | undefined; bursaryFeeCoverMinor: number | null | undefined }): number {
  const fee = Math.max(0, input.feeMinor ?? 0);
  const granted = input.bursaryStatus === 'GRANTED' || input.bursaryStatus === 'PARTIAL';
  const cover = granted ? Math.max(0, input.bursaryFeeCoverMinor ?? 0) : 0;
  return Math.max(0, fee - cover);
}

/**
 * WAIVED when the secretariat waived the fee; REFUNDED when money came in and
 * was all given back; otherwise from what is paid against what is due (nothing
 * due counts as PAID: nothing is outstanding).
 */
export function paymentStatusOf(input: { dueMinor: number; paidMinor: number; waived: boolean; refunded: boolean }): PaymentStatus {
  if (input.waived) return 'WAIVED';
  if (input.refunded && input.paidMinor <= 0) return 'REFUNDED';
  if (input.paidMinor >= input.dueMinor) return 'PAID';
  if (input.paidMinor > 0) return 'PARTLY_PAID';
  return 'UNPAID';
}

/** What is still to pay (0 when waived or paid). */
export function balanceOf(r: { amountDueMinor: number; amountPaidMinor: number; paymentStatus: PaymentStatus }): number {
  if (r.paymentStatus === 'WAIVED') return 0;
  return Math.max(0, r.amountDueMinor - r.amountPaidMinor);
}

export type PaymentRefusal = 'currency' | 'overpayment' | 'waived' | 'nothingDue';

/** Why a payment of `amountMinor` in `currency` cannot be recorded, or null. */
export function refusePayment(input: { amountMinor: number; currency: string; eventCurrency: string; dueMinor: number; paidMinor: number; waived: boolean }): PaymentRefusal | null {
  if (input.currency !== input.eventCurrency) return 'currency';
  if (input.waived) return 'waived';
  const left = input.dueMinor - input.paidMinor;
  if (left <= 0) return 'nothingDue';
  if (input.amountMinor > left) return 'overpayment';
  return null;
}

/** Decimal places of an ISO 4217 currency (XOF 0, CAD 2…). */
export function minorDigitsOf(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** "12.50" in CAD -> 1250; null when the text has more decimals than the currency or is not a plain number. */
export function toMinor(text: string, currency: string): number | null {
  const m = /^(\d{1,12})(?:[.,](\d{1,3}))?$/.exec(text.trim());
  if (!m) return null;
  const digits = minorDigitsOf(currency);
  const frac = m[2] ?? '';
  if (frac.length > digits) return null;
  const value = Number(m[1]) * 10 ** digits + Number(frac.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(value) && value <= 2_000_000_000 ? value : null;
}

export function formatMoney(amountMinor: number, currency: string, locale: string): string {
  const digits = minorDigitsOf(currency);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amountMinor / 10 ** digits);
  } catch {
    return `${(amountMinor / 10 ** digits).toFixed(digits)} ${currency}`;
  }
}
