import 'server-only';
import { db } from '@/lib/db';
import type { Prisma } from '@/generated/prisma/client';
import type { BursaryStatus, Continent } from '@/generated/prisma/enums';
import type { QueueFilter } from './schema';

export const QUEUE_PAGE_SIZE = 50;

const queueSelect = {
  id: true, referenceNumber: true, firstName: true, lastName: true, email: true, country: true, continent: true, status: true, submittedAt: true,
  bursaryAmountMinor: true, bursaryReason: true, bursaryStatus: true, bursaryGrantedMinor: true, bursaryFeeCoverMinor: true,
  bursaryDecisionReason: true, bursaryDecidedAt: true,
  feeCategory: { select: { code: true, label: true, amountMinor: true, currency: true } },
  delegation: { select: { name: true } },
} as const satisfies Prisma.RegistrationSelect;
export type QueueRow = Prisma.RegistrationGetPayload<{ select: typeof queueSelect }>;

function whereOf(eventId: string, f: QueueFilter): Prisma.RegistrationWhereInput {
  return {
    eventId, bursaryRequested: true,
    ...(f.status ? { bursaryStatus: f.status } : {}),
    ...(f.continent ? { continent: f.continent } : {}),
    ...(f.country ? { country: f.country } : {}),
  };
}

function orderOf(f: QueueFilter): Prisma.RegistrationOrderByWithRelationInput[] {
  const dir = f.dir ?? (f.sort === 'amount' ? 'desc' : 'asc');
  switch (f.sort) {
    case 'amount': return [{ bursaryAmountMinor: dir }, { id: 'asc' }];
    case 'name': return [{ lastName: dir }, { firstName: dir }, { id: 'asc' }];
    case 'country': return [{ country: dir }, { lastName: 'asc' }, { id: 'asc' }];
    default: return [{ submittedAt: dir }, { id: 'asc' }];
  }
}

/** The secretariat's queue (the page checks the role): one page of requests and the total. */
export async function listBursaryQueue(eventId: string, f: QueueFilter) {
  const where = whereOf(eventId, f);
  const [rows, total] = await Promise.all([
    db.registration.findMany({ where, orderBy: orderOf(f), select: queueSelect, take: QUEUE_PAGE_SIZE, skip: ((f.page ?? 1) - 1) * QUEUE_PAGE_SIZE }),
    db.registration.count({ where }),
  ]);
  return { rows, total };
}

export type BudgetSummary = {
  budget: { amountMinor: number; committedMinor: number; currency: string } | null;
  continents: { continent: Continent; ceilingMinor: number | null; committedMinor: number; requests: number; askedMinor: number }[];
  byStatus: Partial<Record<BursaryStatus, number>>;
  askedMinor: number;
};

/** Budget, committed and remaining, by continent; request counts by decision. Three small queries. */
export async function bursarySummary(eventId: string): Promise<BudgetSummary> {
  const [budget, byStatus, byContinent] = await Promise.all([
    db.bursaryBudget.findUnique({ where: { eventId }, select: { amountMinor: true, committedMinor: true, currency: true, ceilings: { select: { continent: true, ceilingMinor: true, committedMinor: true } } } }),
    db.registration.groupBy({ by: ['bursaryStatus'], where: { eventId, bursaryRequested: true }, _count: { _all: true }, _sum: { bursaryAmountMinor: true } }),
    db.registration.groupBy({ by: ['continent'], where: { eventId, bursaryRequested: true }, _count: { _all: true }, _sum: { bursaryAmountMinor: true } }),
  ]);
  const continents = (['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA'] as const).map((continent) => {
    const c = budget?.ceilings.find((x) => x.continent === continent);
    const g = byContinent.find((x) => x.continent === continent);
    return { continent, ceilingMinor: c?.ceilingMinor ?? null, committedMinor: c?.committedMinor ?? 0, requests: g?._count._all ?? 0, askedMinor: g?._sum.bursaryAmountMinor ?? 0 };
  });
  return {
    budget: budget ? { amountMinor: budget.amountMinor, committedMinor: budget.committedMinor, currency: budget.currency } : null,
    continents,
    byStatus: Object.fromEntries(byStatus.filter((s) => s.bursaryStatus).map((s) => [s.bursaryStatus!, s._count._all])),
    askedMinor: byStatus.reduce((sum, s) => sum + (s._sum.bursaryAmountMinor ?? 0), 0),
  };
}

/** The event for the bursary pages and export (staff pages check the role). */
export function findBursaryEvent(slug: string) {
  return db.event.findUnique({ where: { slug }, select: { id: true, slug: true, code: true, title: true, languages: true, currency: true, timeZone: true, status: true } });
}

/** Every decision (not PENDING), 1,000 at a time by id: the export never holds the list. */
export async function* iterateDecisions(eventId: string): AsyncGenerator<QueueRow[]> {
  let after = '';
  for (;;) {
    const batch = await db.registration.findMany({ where: { eventId, bursaryRequested: true, id: { gt: after } }, orderBy: { id: 'asc' }, take: 1000, select: queueSelect });
    if (batch.length === 0) return;
    yield batch;
    after = batch[batch.length - 1]!.id;
  }
}

/** The signed-in delegate's own bursary decision for an event (scoped by user). */
export function findOwnBursary(userId: string, slug: string) {
  return db.registration.findFirst({
    where: { userId, event: { slug, status: { not: 'DRAFT' } }, bursaryRequested: true },
    select: { bursaryAmountMinor: true, bursaryStatus: true, bursaryGrantedMinor: true, bursaryFeeCoverMinor: true, bursaryDecisionReason: true, bursaryDecidedAt: true, event: { select: { currency: true, timeZone: true } } },
  });
}
