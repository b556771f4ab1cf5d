// Zod schemas of the allocation forms: the client form and the server action use the same one.
import { z } from 'zod';
import { msg, requiredText } from '@/lib/validation';

const id = z.string({ error: msg.invalid }).min(1, { error: msg.invalid }).max(64, { error: msg.invalid });
const WALL_RE = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/;
const wallTime = z.string({ error: msg.required }).regex(WALL_RE, { error: msg.required });

/** A whole number typed in a text box (no hex, exponent, sign tricks or arrays). */
function intField(min: number, max: number) {
  return z
    .union([z.number(), z.string()], { error: msg.invalid })
    .transform((v) => (typeof v === 'string' ? (/^\d{1,10}$/.test(v.trim()) ? Number(v.trim()) : Number.NaN) : v))
    .pipe(z.number({ error: msg.invalid }).int({ error: msg.invalid }).min(min, { error: `min:${min}` }).max(max, { error: `max:${max}` }));
}
/** A decimal typed in a text box ("1", "0.5", "2,5"). */
function decimalField(min: number, max: number) {
  return z
    .union([z.number(), z.string()], { error: msg.invalid })
    .transform((v) => (typeof v === 'string' ? (/^\d{1,6}([.,]\d{1,4})?$/.test(v.trim()) ? Number(v.trim().replace(',', '.')) : Number.NaN) : v))
    .pipe(z.number({ error: msg.invalid }).min(min, { error: `min:${min}` }).max(max, { error: `max:${max}` }));
}

export const roundSchema = z
  .object({
    eventId: id,
    id: id.optional(),
    name: requiredText(120),
    sessionIds: z.array(id, { error: msg.invalid }).min(1, { error: 'allocation.pickSessions' }).max(300, { error: msg.invalid }),
    opensAt: wallTime,
    closesAt: wallTime,
    choices: intField(1, 10),
    /** Points per person beyond the tolerance; 0 switches balance off. */
    balanceWeight: decimalField(0, 1000),
    /** Percentage points, 0–100. */
    tolerancePct: intField(0, 100),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (WALL_RE.test(v.opensAt) && WALL_RE.test(v.closesAt) && v.closesAt <= v.opensAt) {
      ctx.addIssue({ code: 'custom', message: 'allocation.closeAfterOpen', path: ['closesAt'] });
    }
  });
export type RoundInput = z.input<typeof roundSchema>;

export const rankingSchema = z
  .object({
    roundId: id,
    choices: z
      .array(z.object({ sessionId: id, rank: intField(1, 10) }).strict(), { error: msg.invalid })
      .max(300, { error: msg.invalid }),
  })
  .strict();
export type RankingInput = z.input<typeof rankingSchema>;

export const runSchema = z
  .object({
    roundId: id,
    balanceWeight: decimalField(0, 1000),
    tolerancePct: intField(0, 100),
    /** Seats per session for the allocation (the session's capacity is set to it). */
    capacities: z.array(z.object({ sessionId: id, capacity: intField(0, 100_000) }).strict(), { error: msg.invalid }).max(300, { error: msg.invalid }),
    /** Blank: a fresh random seed; a number: reproduce a run. */
    seed: z
      .union([z.string(), z.number()], { error: msg.invalid })
      .optional()
      .transform((v) => (v === undefined || v === '' ? undefined : v))
      .pipe(intField(0, 2_147_483_647).optional()),
  })
  .strict();
export type RunInput = z.input<typeof runSchema>;

export const runRefSchema = z.object({ roundId: id, runId: id }).strict();
export const roundRefSchema = z.object({ roundId: id }).strict();
