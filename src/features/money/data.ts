import 'server-only';
import { db } from '@/lib/db';
import type { Prisma, Role } from '@/generated/prisma/client';

const STAFF: Role[] = ['ORGANIZER', 'SECRETARIAT'];
const isStaff = (role: Role) => STAFF.includes(role);

export const balanceSelect = { amountDueMinor: true, amountPaidMinor: true, paymentStatus: true, feeWaivedAt: true } as const satisfies Prisma.RegistrationSelect;

/** The registration's event (id, currency) for a money action, by registration id. */
export function findRegistrationEvent(registrationId: string) {
  return db.registration.findUnique({ where: { id: registrationId }, select: { id: true, eventId: true, event: { select: { currency: true, slug: true } } } });
}

/** A ledger entry's event, for a correction. */
export function findEntryEvent(entryId: string) {
  return db.paymentEntry.findUnique({ where: { id: entryId }, select: { id: true, eventId: true, registrationId: true, event: { select: { slug: true } } } });
}

/** Balance and ledger of one registration of `eventId`, for staff pages. */
export function registrationMoney(eventId: string, registrationId: string) {
  return db.registration.findFirst({
    where: { id: registrationId, eventId },
    select: {
      id: true,
      ...balanceSelect,
      event: { select: { currency: true } },
      paymentEntries: { orderBy: { createdAt: 'asc' }, select: { id: true, kind: true, amountMinor: true, currency: true, method: true, paidOn: true, payerReference: true, note: true, receiptNumber: true, reversesId: true, createdAt: true, reversedBy: { select: { id: true } } } },
    },
  });
}
export type RegistrationMoney = NonNullable<Awaited<ReturnType<typeof registrationMoney>>>;

/** The delegate's own balance and receipts for one event. */
export function ownMoney(userId: string, eventId: string) {
  return db.registration.findUnique({
    where: { eventId_userId: { eventId, userId } },
    select: {
      id: true,
      referenceNumber: true,
      billingName: true,
      billingAddress: true,
      ...balanceSelect,
      paymentEntries: { where: { kind: 'PAYMENT' }, orderBy: { createdAt: 'asc' }, select: { id: true, amountMinor: true, currency: true, method: true, paidOn: true, receiptNumber: true, reversedBy: { select: { kind: true } } } },
    },
  });
}

export function moneySettings(eventId: string) {
  return db.eventMoneySettings.findUnique({ where: { eventId }, select: { legalDetails: true, paymentInstructions: true, receiptCounter: true } });
}

const pdfRegistrationSelect = {
  id: true,
  referenceNumber: true,
  firstName: true,
  lastName: true,
  email: true,
  organization: true,
  billingName: true,
  billingAddress: true,
  status: true,
  ...balanceSelect,
  feeCategory: { select: { label: true, code: true, amountMinor: true } },
  bursaryStatus: true,
  bursaryFeeCoverMinor: true,
  user: { select: { locale: true } },
  event: { select: { id: true, code: true, title: true, languages: true, city: true, country: true, currency: true, timeZone: true, startDate: true, endDate: true, moneySettings: { select: { legalDetails: true, paymentInstructions: true } } } },
} as const satisfies Prisma.RegistrationSelect;

/** A registration for its invoice: the owner's own, or any for staff. */
export function invoiceRegistration(actor: { id: string; role: Role }, registrationId: string) {
  return db.registration.findFirst({ where: isStaff(actor.role) ? { id: registrationId } : { id: registrationId, userId: actor.id }, select: pdfRegistrationSelect });
}
export type InvoiceRegistration = NonNullable<Awaited<ReturnType<typeof invoiceRegistration>>>;

const receiptSelect = {
  id: true,
  amountMinor: true,
  currency: true,
  method: true,
  paidOn: true,
  payerReference: true,
  receiptNumber: true,
  createdAt: true,
  reversedBy: { select: { kind: true, createdAt: true } },
  registration: { select: pdfRegistrationSelect },
} as const satisfies Prisma.PaymentEntrySelect;

/** One payment for its receipt: the payer's own, or any for staff. */
export function receiptEntry(actor: { id: string; role: Role }, entryId: string) {
  const registration: Prisma.RegistrationWhereInput | undefined = isStaff(actor.role) ? undefined : { userId: actor.id };
  return db.paymentEntry.findFirst({ where: { id: entryId, kind: 'PAYMENT', ...(registration ? { registration } : {}) }, select: receiptSelect });
}
export type ReceiptEntry = NonNullable<Awaited<ReturnType<typeof receiptEntry>>>;

/** Every receipt of an event in number order, in batches (bulk PDF for the secretariat). */
export async function* iterateReceipts(eventId: string, batchSize = 200): AsyncGenerator<ReceiptEntry[]> {
  let after = 0;
  for (;;) {
    const rows = await db.paymentEntry.findMany({ where: { eventId, kind: 'PAYMENT', receiptNumber: { gt: after } }, orderBy: { receiptNumber: 'asc' }, take: batchSize, select: receiptSelect });
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1].receiptNumber ?? after;
  }
}

/** Invoices of every registration still owing (bulk PDF), in reference order. */
export async function* iterateInvoices(eventId: string, batchSize = 200): AsyncGenerator<InvoiceRegistration[]> {
  let after = '';
  for (;;) {
    const rows = await db.registration.findMany({ where: { eventId, referenceNumber: { gt: after }, status: { in: ['SUBMITTED', 'APPROVED'] }, paymentStatus: { in: ['UNPAID', 'PARTLY_PAID'] } }, orderBy: { referenceNumber: 'asc' }, take: batchSize, select: pdfRegistrationSelect });
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1].referenceNumber;
  }
}

/** Expected, collected and outstanding per fee category (live registrations), in the event's currency. */
export async function moneySummary(eventId: string) {
  return db.$queryRaw<{ feeCategoryId: string | null; currency: string; registrations: number; expected: bigint; collected: bigint; outstanding: bigint; waived: number }[]>`
    SELECT r."feeCategoryId", e.currency, count(*)::int AS registrations,
      COALESCE(SUM(CASE WHEN r."paymentStatus" = 'WAIVED' THEN 0 ELSE r."amountDueMinor" END), 0) AS expected,
      COALESCE(SUM(r."amountPaidMinor"), 0) AS collected,
      COALESCE(SUM(CASE WHEN r."paymentStatus" = 'WAIVED' THEN 0 ELSE GREATEST(0, r."amountDueMinor" - r."amountPaidMinor") END), 0) AS outstanding,
      (count(*) FILTER (WHERE r."paymentStatus" = 'WAIVED'))::int AS waived
    FROM "Registration" r JOIN "Event" e ON e.id = r."eventId"
    WHERE r."eventId" = ${eventId} AND r.status IN ('SUBMITTED', 'APPROVED')
    GROUP BY r."feeCategoryId", e.currency`;
}

/** The event's fee categories (labels for the dashboard). */
export function feeCategoriesOf(eventId: string) {
  return db.feeCategory.findMany({ where: { eventId }, orderBy: { sortOrder: 'asc' }, select: { id: true, code: true, label: true } });
}
