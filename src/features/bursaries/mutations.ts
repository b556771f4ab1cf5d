import 'server-only';
import { recomputeBalance } from '@/features/money/balance';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { BursaryStatus, Continent, Tx } from '@/lib/db-types';
import { CONTINENTS } from '@/lib/geo';
import { localized } from '@/lib/i18n/localized';
import { isLocale, type AppLocale } from '@/lib/i18n/locales';
import { writeAudit } from '@/features/audit/mutations';
import { queueEmail } from '@/features/email/mutations';
import { assertEventWritable } from '@/features/events/guard';
import { minorDigits } from '@/features/registrations/form-values';
import { myRegistrationUrl } from '@/features/registrations/seats';
import { formatMoney } from './money';
import { hasTooManyDigits, toMinor, type DecideBursaryValues } from './schema';
import type { z } from 'zod';
import type { budgetSchema } from './schema';

const TX = { maxWait: 60_000, timeout: 60_000 };
const HOLDS_GRANT: readonly BursaryStatus[] = ['GRANTED', 'PARTIAL'];

async function eventCurrency(tx: Tx, eventId: string) {
  const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true, currency: true, slug: true, title: true, languages: true } });
  if (!event) throw new AppError('NOT_FOUND');
  return event;
}

/**
 * Sets the budget and the continent ceilings. Never below what is already
 * committed: the amount changes through a conditional UPDATE (committed <= new
 * amount), so a grant landing at the same moment cannot slip under it.
 */
export async function setBudget(actorId: string, input: z.output<typeof budgetSchema>): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId: input.eventId });
    const event = await eventCurrency(tx, input.eventId);
    const digits = minorDigits(event.currency);
    const errors: Record<string, string[]> = {};
    if (hasTooManyDigits(input.amount, digits)) errors.amount = ['amount'];
    for (const c of CONTINENTS) if (input.ceilings[c] && hasTooManyDigits(input.ceilings[c], digits)) errors[`ceilings.${c}`] = ['amount'];
    if (Object.keys(errors).length) throw new AppError('VALIDATION', errors);
    const amountMinor = toMinor(input.amount, digits);
    await tx.$executeRaw`INSERT INTO "BursaryBudget" ("eventId", "amountMinor", currency, "committedMinor", "updatedAt") VALUES (${event.id}, 0, ${event.currency}, 0, now()) ON CONFLICT ("eventId") DO NOTHING`;
    const set = await tx.$queryRaw<{ eventId: string }[]>`
      UPDATE "BursaryBudget" SET "amountMinor" = ${amountMinor}, currency = ${event.currency}, "updatedAt" = now()
      WHERE "eventId" = ${event.id} AND "committedMinor" <= ${amountMinor} RETURNING "eventId"`;
    if (set.length === 0) throw new AppError('VALIDATION', { amount: ['bursaries.belowCommitted'] });
    const ceilings: Record<string, number | null> = {};
    for (const c of CONTINENTS) {
      const ceiling = input.ceilings[c] ? toMinor(input.ceilings[c], digits) : null;
      ceilings[c] = ceiling;
      await tx.$executeRaw`INSERT INTO "BursaryCeiling" ("eventId", continent, "ceilingMinor", "committedMinor") VALUES (${event.id}, ${c}::"Continent", NULL, 0) ON CONFLICT ("eventId", continent) DO NOTHING`;
      const ok = await tx.$queryRaw<{ eventId: string }[]>`
        UPDATE "BursaryCeiling" SET "ceilingMinor" = ${ceiling}
        WHERE "eventId" = ${event.id} AND continent = ${c}::"Continent" AND (${ceiling}::int IS NULL OR "committedMinor" <= ${ceiling}::int) RETURNING "eventId"`;
      if (ok.length === 0) errors[`ceilings.${c}`] = ['bursaries.belowCommitted'];
    }
    if (Object.keys(errors).length) throw new AppError('VALIDATION', errors);
    await writeAudit(tx, { actorId, action: 'bursary.budget', entityType: 'Event', entityId: event.id, eventId: event.id, data: { amountMinor, currency: event.currency, ceilings } });
  }, TX);
}

/**
 * Moves `delta` (positive: more granted; negative: released) on the budget and
 * the continent's ceiling, each a conditional UPDATE: the row lock makes
 * concurrent grants queue, and each re-checks the sum after the one before it
 * (PostgreSQL re-evaluates the WHERE on the locked row; PGlite serialises).
 * A refusal throws, and the transaction undoes the budget's part.
 */
async function commit(tx: Tx, eventId: string, continent: Continent, delta: number): Promise<void> {
  if (delta === 0) return;
  const budget = await tx.$queryRaw<{ eventId: string }[]>`
    UPDATE "BursaryBudget" SET "committedMinor" = "committedMinor" + ${delta}, "updatedAt" = now()
    WHERE "eventId" = ${eventId} AND "committedMinor" + ${delta} <= "amountMinor" AND "committedMinor" + ${delta} >= 0
    RETURNING "eventId"`;
  if (budget.length === 0) {
    const exists = await tx.bursaryBudget.findUnique({ where: { eventId }, select: { eventId: true } });
    throw exists ? new AppError('BUDGET_EXCEEDED') : new AppError('VALIDATION', { decision: ['bursaries.noBudget'] });
  }
  const ceiling = await tx.$queryRaw<{ eventId: string }[]>`
    UPDATE "BursaryCeiling" SET "committedMinor" = "committedMinor" + ${delta}
    WHERE "eventId" = ${eventId} AND continent = ${continent}::"Continent"
      AND ("ceilingMinor" IS NULL OR "committedMinor" + ${delta} <= "ceilingMinor")
    RETURNING "eventId"`;
  if (ceiling.length === 0) throw new AppError('BUDGET_EXCEEDED');
}

type Locked = { id: string; status: string; continent: Continent; bursaryRequested: boolean; bursaryAmountMinor: number | null; bursaryGrantedMinor: number | null; bursaryStatus: BursaryStatus | null };

/**
 * A secretariat decision on one bursary request: grant in full, grant a part,
 * wait-list or decline (with a reason). Re-deciding releases the previous
 * grant first (one delta). The registration row is locked so two decisions
 * on the same request are applied one after the other. The delegate is told
 * in their language; the decision is audited.
 */
export async function decideBursary(actorId: string, v: DecideBursaryValues): Promise<{ status: BursaryStatus; grantedMinor: number }> {
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId: v.eventId });
    const event = await eventCurrency(tx, v.eventId);
    const rows = await tx.$queryRaw<Locked[]>`
      SELECT id, status::text AS status, continent, "bursaryRequested", "bursaryAmountMinor", "bursaryGrantedMinor", "bursaryStatus"
      FROM "Registration" WHERE id = ${v.registrationId} AND "eventId" = ${v.eventId} FOR UPDATE`;
    const r = rows[0];
    if (!r || !r.bursaryRequested) throw new AppError('NOT_FOUND');
    const digits = minorDigits(event.currency);
    const asked = r.bursaryAmountMinor ?? 0;
    const granting = v.decision === 'GRANT_FULL' || v.decision === 'GRANT_PARTIAL';
    if (granting && (r.status === 'CANCELLED' || r.status === 'REJECTED')) throw new AppError('CONFLICT');
    let granted = 0;
    if (v.decision === 'GRANT_FULL') granted = asked;
    if (v.decision === 'GRANT_PARTIAL') {
      if (hasTooManyDigits(v.amount, digits)) throw new AppError('VALIDATION', { amount: ['amount'] });
      granted = toMinor(v.amount, digits);
      if (granted <= 0 || granted >= asked) throw new AppError('VALIDATION', { amount: ['bursaries.partialRange'] });
    }
    if (v.feeCover && hasTooManyDigits(v.feeCover, digits)) throw new AppError('VALIDATION', { feeCover: ['amount'] });
    const feeCover = granting && v.feeCover ? toMinor(v.feeCover, digits) : null;
    if (feeCover !== null && feeCover > granted) throw new AppError('VALIDATION', { feeCover: ['bursaries.feeCoverTooHigh'] });
    const status: BursaryStatus = v.decision === 'GRANT_FULL' ? 'GRANTED' : v.decision === 'GRANT_PARTIAL' ? 'PARTIAL' : v.decision === 'WAITLIST' ? 'WAITLISTED' : 'DECLINED';
    const previous = r.bursaryStatus && HOLDS_GRANT.includes(r.bursaryStatus) ? (r.bursaryGrantedMinor ?? 0) : 0;
    await commit(tx, event.id, r.continent, granted - previous);
    const now = new Date();
    const reg = await tx.registration.update({
      where: { id: r.id },
      data: { bursaryStatus: status, bursaryGrantedMinor: granting ? granted : null, bursaryFeeCoverMinor: feeCover, bursaryDecisionReason: v.reason ?? null, bursaryDecidedAt: now, bursaryDecidedById: actorId },
      select: { email: true, firstName: true, referenceNumber: true, userId: true, user: { select: { locale: true } } },
    });
    // A grant that covers the fee changes what the delegate owes (money: amount due = fee - fee cover).
    await recomputeBalance(tx, r.id);
    await writeAudit(tx, {
      actorId, action: 'bursary.decide', entityType: 'Registration', entityId: r.id, eventId: event.id,
      data: { from: r.bursaryStatus, to: status, askedMinor: asked, grantedMinor: granted, previousMinor: previous, feeCoverMinor: feeCover, currency: event.currency, reason: v.reason ?? null },
    });
    const locale: AppLocale = isLocale(reg.user.locale) ? reg.user.locale : 'fr';
    await queueEmail(tx, {
      to: reg.email, userId: reg.userId, locale, template: `bursaries.${status}`,
      params: {
        name: reg.firstName, reference: reg.referenceNumber, event: localized(event.title, locale, event.languages),
        amount: formatMoney(granted, event.currency, locale), asked: formatMoney(asked, event.currency, locale),
        reason: v.reason ?? '-', url: myRegistrationUrl(locale, event.slug),
      },
    });
    return { status, grantedMinor: granted };
  }, TX);
}

/**
 * A registration that is cancelled or rejected gives its grant back to the
 * budget (in the caller's transaction): the decision becomes DECLINED with no
 * amount, so the money can go to someone else and re-deciding never releases twice.
 */
export async function releaseGrantInTx(tx: Tx, registrationId: string, actorId: string | null): Promise<void> {
  const rows = await tx.$queryRaw<Locked[]>`
    SELECT id, status::text AS status, continent, "bursaryRequested", "bursaryAmountMinor", "bursaryGrantedMinor", "bursaryStatus", "eventId"
    FROM "Registration" WHERE id = ${registrationId} FOR UPDATE`;
  const r = rows[0] as (Locked & { eventId: string }) | undefined;
  if (!r?.bursaryStatus || !HOLDS_GRANT.includes(r.bursaryStatus)) return;
  const granted = r.bursaryGrantedMinor ?? 0;
  // Grants recorded without a budget (imported data) have no counter to give back to.
  if (await tx.bursaryBudget.findUnique({ where: { eventId: r.eventId }, select: { eventId: true } })) await commit(tx, r.eventId, r.continent, -granted);
  await tx.registration.update({ where: { id: r.id }, data: { bursaryStatus: 'DECLINED', bursaryGrantedMinor: null, bursaryFeeCoverMinor: null, bursaryDecidedAt: new Date(), bursaryDecidedById: actorId } });
  await writeAudit(tx, { actorId, action: 'bursary.release', entityType: 'Registration', entityId: r.id, eventId: r.eventId, data: { releasedMinor: granted, registrationStatus: r.status } });
  await recomputeBalance(tx, r.id);
}
