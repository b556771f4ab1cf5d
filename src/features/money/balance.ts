import 'server-only';
import type { BursaryStatus, PaymentStatus, Tx } from '@/lib/db-types';
import { amountDue, paymentStatusOf } from './rules';

// The derived money columns of a registration (amountDueMinor, amountPaidMinor,
// paymentStatus) are stored, so lists, exports and the dashboard can filter and
// sum them with an index; they change only here, inside the transaction that
// changes what they derive from (fee category, bursary grant, ledger, waiver).

export type LockedBalance = {
  id: string;
  eventId: string;
  currency: string;
  dueMinor: number;
  paidMinor: number;
  waived: boolean;
  status: PaymentStatus;
};

type Row = {
  id: string;
  eventId: string;
  currency: string;
  fee: number | null;
  bursaryStatus: BursaryStatus | null;
  cover: number | null;
  waived: boolean;
  paid: bigint | number;
  refunded: boolean;
  status: PaymentStatus;
};

/**
 * Locks the registration row (FOR UPDATE: payments to one registration queue on
 * PostgreSQL; PGlite is serial) and reads what its balance derives from.
 */
async function lockAndRead(tx: Tx, registrationId: string): Promise<Row | null> {
  const rows = await tx.$queryRaw<Row[]>`
    SELECT r.id, r."eventId", e.currency, f."amountMinor" AS fee, r."bursaryStatus"::text AS "bursaryStatus",
           r."bursaryFeeCoverMinor" AS cover, (r."feeWaivedAt" IS NOT NULL) AS waived, r."paymentStatus"::text AS status,
           COALESCE((SELECT SUM(p."amountMinor") FROM "PaymentEntry" p WHERE p."registrationId" = r.id), 0) AS paid,
           EXISTS (SELECT 1 FROM "PaymentEntry" p WHERE p."registrationId" = r.id AND p.kind = 'REFUND') AS refunded
    FROM "Registration" r
    JOIN "Event" e ON e.id = r."eventId"
    LEFT JOIN "FeeCategory" f ON f.id = r."feeCategoryId"
    WHERE r.id = ${registrationId}
    FOR UPDATE OF r`;
  return rows[0] ?? null;
}

/**
 * Recomputes and stores what a registration owes and its payment status from
 * its fee category, its bursary grant (fee cover), its waiver and its ledger.
 * Call it in the same transaction as any change to those (the bursary decision
 * code included). Returns the new balance, or null when there is no such registration.
 */
export async function recomputeBalance(tx: Tx, registrationId: string): Promise<LockedBalance | null> {
  const row = await lockAndRead(tx, registrationId);
  if (!row) return null;
  const dueMinor = amountDue({ feeMinor: row.fee, bursaryStatus: row.bursaryStatus, bursaryFeeCoverMinor: row.cover });
  const paidMinor = Number(row.paid);
  const status = paymentStatusOf({ dueMinor, paidMinor, waived: row.waived, refunded: row.refunded });
  await tx.$executeRaw`
    UPDATE "Registration" SET "amountDueMinor" = ${dueMinor}, "amountPaidMinor" = ${paidMinor},
      "paymentStatus" = ${status}::"PaymentStatus"
    WHERE id = ${registrationId}`;
  return { id: row.id, eventId: row.eventId, currency: row.currency, dueMinor, paidMinor, waived: row.waived, status };
}

/**
 * Recomputes every registration of a fee category (its amount changed) in one
 * set-based UPDATE: the same rules as `amountDue` and `paymentStatusOf`
 * (tests/integration/money-payments.test.ts checks they agree).
 */
export async function recomputeFeeCategory(tx: Tx, feeCategoryId: string): Promise<void> {
  await tx.$executeRaw`
    WITH d AS (
      SELECT r.id, GREATEST(0, f."amountMinor" - CASE WHEN r."bursaryStatus" IN ('GRANTED', 'PARTIAL') THEN GREATEST(0, COALESCE(r."bursaryFeeCoverMinor", 0)) ELSE 0 END) AS due,
             EXISTS (SELECT 1 FROM "PaymentEntry" p WHERE p."registrationId" = r.id AND p.kind = 'REFUND') AS refunded
      FROM "Registration" r JOIN "FeeCategory" f ON f.id = r."feeCategoryId"
      WHERE r."feeCategoryId" = ${feeCategoryId}
    )
    UPDATE "Registration" r SET "amountDueMinor" = d.due,
      "paymentStatus" = (CASE
        WHEN r."feeWaivedAt" IS NOT NULL THEN 'WAIVED'
        WHEN d.refunded AND r."amountPaidMinor" <= 0 THEN 'REFUNDED'
        WHEN r."amountPaidMinor" >= d.due THEN 'PAID'
        WHEN r."amountPaidMinor" > 0 THEN 'PARTLY_PAID'
        ELSE 'UNPAID' END)::"PaymentStatus"
    FROM d WHERE d.id = r.id`;
}
