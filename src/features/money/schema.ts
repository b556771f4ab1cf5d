import { z } from 'zod';
import { msg, optionalText, requiredText } from '@/lib/validation';

// One schema per form, shared by the client form (zodResolver) and its action.

export const PAYMENT_METHODS = ['BANK_TRANSFER', 'MOBILE_MONEY', 'CASH', 'CARD_TERMINAL', 'OTHER'] as const;
export const PAYMENT_STATUSES = ['UNPAID', 'PARTLY_PAID', 'PAID', 'WAIVED', 'REFUNDED'] as const;

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
/** Generated when the form opens (crypto.randomUUID): a double submit records once. */
export const idempotencyKey = z.string().regex(/^[A-Za-z0-9-]{16,64}$/, { error: msg.invalid });
/** A plain positive amount in major units ("25000", "12.50"); decimals are checked against the currency. */
const amount = z.string({ error: msg.required }).trim().regex(/^\d{1,12}([.,]\d{1,3})?$/, { error: 'money.amount' });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: msg.invalid }).refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), { error: msg.invalid });

export const recordPaymentSchema = z
  .object({
    registrationId: id,
    amount,
    currency: z.string().regex(/^[A-Z]{3}$/, { error: msg.invalid }),
    method: z.enum(PAYMENT_METHODS, { error: msg.required }),
    paidOn: day,
    payerReference: optionalText(120),
    note: optionalText(500, { multiline: true }),
    idempotencyKey,
  })
  .strict();
export type RecordPaymentInput = z.input<typeof recordPaymentSchema>;

/** Correction (REVERSAL) or money given back (REFUND): a new negative entry cancelling `entryId`. */
export const reversePaymentSchema = z
  .object({
    entryId: id,
    kind: z.enum(['REVERSAL', 'REFUND']),
    note: requiredText(500),
    idempotencyKey,
  })
  .strict();
export type ReversePaymentInput = z.input<typeof reversePaymentSchema>;

export const waiveFeeSchema = z.object({ registrationId: id, waived: z.boolean() }).strict();

/** The invoice's addressee, edited by the delegate. */
export const billingSchema = z
  .object({
    registrationId: id,
    billingName: optionalText(200),
    billingAddress: optionalText(500, { multiline: true }),
  })
  .strict();
export type BillingInput = z.input<typeof billingSchema>;

const localizedText = (max: number) => z.object({ fr: optionalText(max, { multiline: true }), en: optionalText(max, { multiline: true }), es: optionalText(max, { multiline: true }), pt: optionalText(max, { multiline: true }) }).strict();

/** The organiser's legal details and how to pay, per event (secretariat). */
export const moneySettingsSchema = z
  .object({
    eventId: id,
    legalDetails: optionalText(1000, { multiline: true }),
    paymentInstructions: localizedText(2000),
  })
  .strict();
export type MoneySettingsInput = z.input<typeof moneySettingsSchema>;
