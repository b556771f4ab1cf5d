import 'server-only';
import { db } from '@/lib/db';
import type { Role } from '@/generated/prisma/enums';
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

/** Events a visitor may see, upcoming first then the past ones. */
export async function listVisibleEvents(role: Role | null) {
  const events = await db.event.findMany({
    where: role && isStaff(role) ? {} : { status: { not: 'DRAFT' } },
    orderBy: { startDate: 'desc' },
    select: publicSelect,
  });
  const today = new Date(new Date().toISOString().slice(0, 10));
  const upcoming = events.filter((e) => e.endDate >= today).reverse();
  const past = events.filter((e) => e.endDate < today);
  return { upcoming, past };
}

/** One event by slug, or null when it does not exist or the viewer may not see it. */
export async function findVisibleEvent(slug: string, role: Role | null) {
  const event = await db.event.findUnique({
    where: { slug },
    select: { ...publicSelect, _count: { select: { sessions: true, delegations: { where: { status: 'APPROVED' } } } } },
  });
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
