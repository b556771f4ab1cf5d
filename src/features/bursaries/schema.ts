// Bursaries and travel grants (secretariat). Pure: forms, actions and pages share it.
import { z } from 'zod';
import { CONTINENTS } from '@/lib/geo-codes';
import { msg, optionalText } from '@/lib/validation';
import type { Continent } from '@/lib/db-types';

const id = z.string().min(1).max(64);
/** A decimal amount typed by a person ("1500", "1500.50"); converted to minor units with the event's currency. */
const amount = z.string({ error: msg.invalid }).transform((v) => v.trim()).pipe(z.string().regex(/^\d{1,9}(\.\d{1,3})?$/, { error: 'amount' }));
const optionalAmount = z.string({ error: msg.invalid }).transform((v) => v.trim()).pipe(z.string().regex(/^(\d{1,9}(\.\d{1,3})?)?$/, { error: 'amount' }));

export const budgetSchema = z.strictObject({
  eventId: id,
  amount,
  /** Per continent: '' = no ceiling. */
  ceilings: z.strictObject(Object.fromEntries(CONTINENTS.map((c) => [c, optionalAmount])) as Record<Continent, typeof optionalAmount>),
});
export type BudgetInput = z.input<typeof budgetSchema>;

export const DECISIONS = ['GRANT_FULL', 'GRANT_PARTIAL', 'WAITLIST', 'DECLINE'] as const;
export type BursaryDecision = (typeof DECISIONS)[number];

export const decideBursarySchema = z
  .strictObject({
    eventId: id,
    registrationId: id,
    decision: z.enum(DECISIONS, { error: msg.invalid }),
    /** GRANT_PARTIAL: the amount granted. */
    amount: optionalAmount,
    /** Part of the grant that pays the registration fee ('' = none). */
    feeCover: optionalAmount,
    reason: optionalText(1000, { multiline: true }),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'GRANT_PARTIAL' && !v.amount) ctx.addIssue({ code: 'custom', path: ['amount'], message: msg.required });
    if (v.decision === 'DECLINE' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'bursaries.reasonRequired' });
    if ((v.decision === 'WAITLIST' || v.decision === 'DECLINE') && v.feeCover && Number(v.feeCover) > 0) ctx.addIssue({ code: 'custom', path: ['feeCover'], message: 'bursaries.feeCoverTooHigh' });
  });
export type DecideBursaryInput = z.input<typeof decideBursarySchema>;
export type DecideBursaryValues = z.output<typeof decideBursarySchema>;

export const BURSARY_STATUSES = ['PENDING', 'GRANTED', 'PARTIAL', 'WAITLISTED', 'DECLINED'] as const;
export const QUEUE_SORTS = ['submitted', 'amount', 'name', 'country'] as const;

/** The queue's GET parameters: lenient (a bad value is ignored, never an error page). */
export const queueFilterSchema = z.object({
  status: z.enum(BURSARY_STATUSES).optional().catch(undefined),
  continent: z.enum(CONTINENTS as unknown as [Continent, ...Continent[]]).optional().catch(undefined),
  country: z.string().regex(/^[A-Z]{2}$/).optional().catch(undefined),
  sort: z.enum(QUEUE_SORTS).optional().catch(undefined),
  dir: z.enum(['asc', 'desc']).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
export type QueueFilter = z.output<typeof queueFilterSchema>;

/** "1500.5" in a currency with `digits` minor digits -> 150050 (no floating-point drift). */
export function toMinor(value: string, digits: number): number {
  const [whole, frac = ''] = value.split('.');
  return Number(whole) * 10 ** digits + Number((frac + '000').slice(0, digits) || '0');
}

/** Too many fraction digits for the currency (e.g. 10.5 XOF). */
export function hasTooManyDigits(value: string, digits: number): boolean {
  return (value.split('.')[1] ?? '').length > digits;
}
