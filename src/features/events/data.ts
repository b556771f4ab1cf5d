import 'server-only';
import { db, dbRead } from '@/lib/db';
import { publicCached } from '@/lib/public-cache';
import type { EventStatus, Role, Tx } from '@/lib/db-types';
import { isStaff } from '@/features/auth/policy';
import { canSeeEvent } from './policy';

const publicSelect = {
  id: true,
  slug: true,
  code: true,
  title: true,
  description: true,
  city: true,
  country: true,
  timeZone: true,
  startDate: true,
  endDate: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
  capacity: true,
  seatsTaken: true,
  languages: true,
  status: true,
} as const;

// Public reads come from the data cache (src/lib/public-cache.ts), on the read pool.
const eventsFor = publicCached('events', (staff: boolean) =>
  dbRead.event.findMany({ where: staff ? {} : { status: { not: 'DRAFT' } }, orderBy: { startDate: 'desc' }, select: publicSelect }),
);
const eventBySlug = publicCached('event', (slug: string) =>
  dbRead.event.findUnique({
    where: { slug },
    select: { ...publicSelect, _count: { select: { sessions: true, delegations: { where: { status: 'APPROVED' } } } } },
  }),
);
/** Every slug (one cached entry): an unknown slug is a 404 without a query, and adds nothing to the cache. */
export const knownEventSlugs = publicCached('slugs', async () => (await dbRead.event.findMany({ select: { slug: true } })).map((e) => e.slug));

/** Events a visitor may see, upcoming first then the past ones. */
export async function listVisibleEvents(role: Role | null) {
  const events = await eventsFor(!!role && isStaff(role));
  const today = new Date(new Date().toISOString().slice(0, 10));
  const upcoming = events.filter((e) => e.endDate >= today).reverse();
  const past = events.filter((e) => e.endDate < today);
  return { upcoming, past };
}

/** One event by slug, or null when it does not exist or the viewer may not see it. */
export async function findVisibleEvent(slug: string, role: Role | null) {
  if (!(await knownEventSlugs()).includes(slug)) return null;
  const event = await eventBySlug(slug);
  return event && canSeeEvent(event.status, role) ? event : null;
}

/** Per-event figures for the staff dashboard; one grouped query, whatever the data size. */
export async function staffEventSummaries() {
  const [events, byStatus] = await Promise.all([
    db.event.findMany({ orderBy: { startDate: 'desc' }, select: { id: true, slug: true, title: true, status: true, startDate: true, endDate: true, timeZone: true, capacity: true, seatsTaken: true, languages: true } }),
    db.registration.groupBy({ by: ['eventId', 'status'], _count: { _all: true } }),
  ]);
  return events.map((event) => ({
    ...event,
    counts: Object.fromEntries(byStatus.filter((row) => row.eventId === event.id).map((row) => [row.status, row._count._all])) as Record<string, number>,
  }));
}

/** An event for staff pages (drafts included), or null. */
export async function findEventForStaff(slug: string) {
  return db.event.findUnique({ where: { slug }, select: { ...publicSelect, requiresApproval: true, participantTypes: true, privacyNoticeVersion: true } });
}

/** Everything the edit form shows (secretariat pages check the role). */
export async function findEventForEdit(slug: string) {
  return db.event.findUnique({
    where: { slug },
    select: {
      id: true, slug: true, code: true, title: true, description: true, city: true, country: true, timeZone: true, startDate: true, endDate: true,
      registrationOpensAt: true, registrationClosesAt: true, capacity: true, languages: true, requiresApproval: true, participantTypes: true,
      currency: true, status: true, referenceCounter: true, _count: { select: { registrations: true } },
    },
  });
}

/** Events whose settings a new one can start from, newest first. */
export async function listCopySources() {
  return db.event.findMany({ orderBy: { startDate: 'desc' }, select: { id: true, slug: true, code: true, title: true, languages: true } });
}

/** What a mutation knows about its target; the event is found through it. */
export type EventRef =
  | { eventId: string }
  | { registrationId: string }
  | { sessionId: string }
  | { delegationId: string }
  | { slug: string };

/** The status of the event behind `ref`, read in the caller's transaction (null: no such target). */
export async function eventStatusOf(tx: Tx, ref: EventRef): Promise<EventStatus | null> {
  let rows: { status: EventStatus }[];
  if ('eventId' in ref) rows = await tx.$queryRaw`SELECT status FROM "Event" WHERE id = ${ref.eventId}`;
  else if ('slug' in ref) rows = await tx.$queryRaw`SELECT status FROM "Event" WHERE slug = ${ref.slug}`;
  else if ('registrationId' in ref) rows = await tx.$queryRaw`SELECT e.status FROM "Event" e JOIN "Registration" r ON r."eventId" = e.id WHERE r.id = ${ref.registrationId}`;
  else if ('sessionId' in ref) rows = await tx.$queryRaw`SELECT e.status FROM "Event" e JOIN "Session" s ON s."eventId" = e.id WHERE s.id = ${ref.sessionId}`;
  else rows = await tx.$queryRaw`SELECT e.status FROM "Event" e JOIN "Delegation" d ON d."eventId" = e.id WHERE d.id = ${ref.delegationId}`;
  return rows[0]?.status ?? null;
}
