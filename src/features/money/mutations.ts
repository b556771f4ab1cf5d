import 'server-only';
import { assertEventWritable } from '@/features/events/guard';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { PaymentMethod, Prisma } from '@/generated/prisma/client';
import { writeAudit } from '@/features/audit/mutations';
import { recomputeBalance } from './balance';
import { refusePayment, type PaymentRefusal } from './rules';

/** Payments to one registration, and receipt numbers of one event, queue on a row lock. */
const TX_OPTIONS = { maxWait: 60_000, timeout: 60_000 } as const;

const REFUSAL_FIELD: Record<PaymentRefusal, string> = { currency: 'currency', overpayment: 'amount', waived: 'amount', nothingDue: 'amount' };

export type RecordedEntry = { id: string; receiptNumber: number | null; duplicate: boolean };

/**
 * Records a payment: under the registration's row lock, refuses a currency
 * other than the event's and anything above the balance; takes the next
 * receipt number of the event from its counter row in the same transaction (a
 * rolled-back payment rolls its number back too: the sequence has no gaps);
 * recomputes the balance; audits. The same idempotency key records once.
 */
export async function recordPayment(actorId: string, input: { eventId: string; registrationId: string; amountMinor: number; currency: string; method: PaymentMethod; paidOn: Date; payerReference?: string; note?: string; idempotencyKey: string; provider?: string; providerRef?: string }): Promise<RecordedEntry> {
  try {
    return await db.$transaction(async (tx) => {
      await assertEventWritable(tx, { eventId: input.eventId });
      const balance = await recomputeBalance(tx, input.registrationId);
      if (!balance || balance.eventId !== input.eventId) throw new AppError('NOT_FOUND');
      const existing = await tx.paymentEntry.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true, registrationId: true, receiptNumber: true } });
      if (existing) {
        if (existing.registrationId !== input.registrationId) throw new AppError('CONFLICT');
        return { id: existing.id, receiptNumber: existing.receiptNumber, duplicate: true };
      }
      const refusal = refusePayment({ amountMinor: input.amountMinor, currency: input.currency, eventCurrency: balance.currency, dueMinor: balance.dueMinor, paidMinor: balance.paidMinor, waived: balance.waived });
      if (refusal) throw new AppError('CONFLICT', { [REFUSAL_FIELD[refusal]]: [`money.${refusal}`] });
      const [counter] = await tx.$queryRaw<{ receiptCounter: number }[]>`
        INSERT INTO "EventMoneySettings" ("eventId", "receiptCounter") VALUES (${input.eventId}, 1)
        ON CONFLICT ("eventId") DO UPDATE SET "receiptCounter" = "EventMoneySettings"."receiptCounter" + 1
        RETURNING "receiptCounter"`;
      const receiptNumber = Number(counter.receiptCounter);
      const entry = await tx.paymentEntry.create({
        data: {
          eventId: input.eventId,
          registrationId: input.registrationId,
          kind: 'PAYMENT',
          amountMinor: input.amountMinor,
          currency: input.currency,
          method: input.method,
          paidOn: input.paidOn,
          payerReference: input.payerReference ?? null,
          note: input.note ?? null,
          provider: input.provider ?? null,
          providerRef: input.providerRef ?? null,
          receiptNumber,
          idempotencyKey: input.idempotencyKey,
          recordedById: actorId,
        },
        select: { id: true },
      });
      const after = await recomputeBalance(tx, input.registrationId);
      await writeAudit(tx, { actorId, eventId: input.eventId, action: 'payment.record', entityType: 'Registration', entityId: input.registrationId, data: { entryId: entry.id, amountMinor: input.amountMinor, currency: input.currency, method: input.method, receiptNumber, status: after?.status ?? null } });
      return { id: entry.id, receiptNumber, duplicate: false };
    }, TX_OPTIONS);
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== 'P2002') throw error;
    // The same key committed by a concurrent request between our check and insert.
    const existing = await db.paymentEntry.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true, registrationId: true, receiptNumber: true } });
    if (!existing || existing.registrationId !== input.registrationId) throw error;
    return { id: existing.id, receiptNumber: existing.receiptNumber, duplicate: true };
  }
}

/**
 * A correction (REVERSAL) or money given back (REFUND): a new entry of the
 * opposite amount pointing at the one it cancels (unique: once only). Entries
 * are never edited. Recomputes the balance; audits.
 */
export async function reversePayment(actorId: string, input: { eventId: string; entryId: string; kind: 'REVERSAL' | 'REFUND'; note: string; idempotencyKey: string }): Promise<RecordedEntry> {
  try {
    return await db.$transaction(async (tx) => {
      await assertEventWritable(tx, { eventId: input.eventId });
      const original = await tx.paymentEntry.findFirst({ where: { id: input.entryId, eventId: input.eventId, kind: 'PAYMENT' }, select: { id: true, registrationId: true, amountMinor: true, currency: true, method: true } });
      if (!original) throw new AppError('NOT_FOUND');
      await recomputeBalance(tx, original.registrationId);
      const existing = await tx.paymentEntry.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true, reversesId: true } });
      if (existing) {
        if (existing.reversesId !== original.id) throw new AppError('CONFLICT');
        return { id: existing.id, receiptNumber: null, duplicate: true };
      }
      if (await tx.paymentEntry.findUnique({ where: { reversesId: original.id }, select: { id: true } })) throw new AppError('CONFLICT');
      const entry = await tx.paymentEntry.create({
        data: {
          eventId: input.eventId,
          registrationId: original.registrationId,
          kind: input.kind,
          amountMinor: -original.amountMinor,
          currency: original.currency,
          method: original.method,
          paidOn: new Date(new Date().toISOString().slice(0, 10)),
          note: input.note,
          reversesId: original.id,
          idempotencyKey: input.idempotencyKey,
          recordedById: actorId,
        },
        select: { id: true },
      });
      const after = await recomputeBalance(tx, original.registrationId);
      await writeAudit(tx, { actorId, eventId: input.eventId, action: input.kind === 'REFUND' ? 'payment.refund' : 'payment.reverse', entityType: 'Registration', entityId: original.registrationId, data: { entryId: entry.id, reverses: original.id, amountMinor: -original.amountMinor, status: after?.status ?? null } });
      return { id: entry.id, receiptNumber: null, duplicate: false };
    }, TX_OPTIONS);
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code !== 'P2002') throw error;
    throw new AppError('CONFLICT');
  }
}

/** The secretariat waives (or restores) a registration's fee. */
export async function setFeeWaiver(actorId: string, eventId: string, registrationId: string, waived: boolean) {
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId });
    const r = await tx.registration.findFirst({ where: { id: registrationId, eventId }, select: { id: true, feeWaivedAt: true } });
    if (!r) throw new AppError('NOT_FOUND');
    if (waived === (r.feeWaivedAt !== null)) return recomputeBalance(tx, r.id);
    await tx.registration.update({ where: { id: r.id }, data: { feeWaivedAt: waived ? new Date() : null } });
    const after = await recomputeBalance(tx, r.id);
    await writeAudit(tx, { actorId, eventId, action: waived ? 'payment.waive' : 'payment.unwaive', entityType: 'Registration', entityId: r.id, data: { status: after?.status ?? null } });
    return after;
  });
}

/** The delegate's invoice addressee (their own registration only). */
export async function updateBilling(userId: string, registrationId: string, billing: { billingName?: string; billingAddress?: string }) {
  await db.$transaction(async (tx) => {
    await assertEventWritable(tx, { registrationId });
    const updated = await tx.registration.updateMany({ where: { id: registrationId, userId }, data: { billingName: billing.billingName ?? null, billingAddress: billing.billingAddress ?? null } });
    if (updated.count === 0) throw new AppError('NOT_FOUND');
  });
}

/** Legal details and payment instructions of an event (the receipt counter is never touched here). */
export async function saveMoneySettings(actorId: string, eventId: string, input: { legalDetails?: string; paymentInstructions: Record<string, string | undefined> }) {
  const instructions = Object.fromEntries(Object.entries(input.paymentInstructions).filter(([, v]) => v)) as Prisma.InputJsonObject;
  await db.$transaction(async (tx) => {
    if (!(await tx.event.findUnique({ where: { id: eventId }, select: { id: true } }))) throw new AppError('NOT_FOUND');
    await assertEventWritable(tx, { eventId });
    await tx.eventMoneySettings.upsert({
      where: { eventId },
      create: { eventId, legalDetails: input.legalDetails ?? '', paymentInstructions: instructions },
      update: { legalDetails: input.legalDetails ?? '', paymentInstructions: instructions },
    });
    await writeAudit(tx, { actorId, eventId, action: 'event.moneySettings', entityType: 'Event', entityId: eventId, data: { languages: Object.keys(instructions) } });
  });
}
