import 'server-only';
import { cache } from 'react';
import { db, dbRead } from '@/lib/db';
import { publicCached } from '@/lib/public-cache';
import { knownEventSlugs } from '@/features/events/data';
import type { Prisma } from '@/generated/prisma/client';
import type { Role } from '@/generated/prisma/enums';
import { canSeeEvent } from '@/features/events/policy';
import { allConflicts, type Conflict } from './conflicts';
import type { ProgrammeFilters } from './schema';
import { zonedDay } from '@/lib/zoned-time';

const eventSelect = { id: true, slug: true, title: true, status: true, timeZone: true, startDate: true, endDate: true, languages: true } as const;

// Public reads come from the data cache (src/lib/public-cache.ts), on the read pool.
const programmeEventBySlug = publicCached('programme-event', (slug: string) => dbRead.event.findUnique({ where: { slug }, select: eventSelect }));

/** The event whose programme a visitor may see (drafts: staff only). */
export async function findProgrammeEvent(slug: string, role: Role | null) {
  if (!(await knownEventSlugs()).includes(slug)) return null;
  const event = await programmeEventBySlug(slug);
  return event && canSeeEvent(event.status, role) ? event : null;
}
export type ProgrammeEvent = NonNullable<Awaited<ReturnType<typeof findProgrammeEvent>>>;

export const sessionListSelect = {
  id: true,
  kind: true,
  title: true,
  startsAt: true,
  endsAt: true,
  capacity: true,
  enrolledCount: true,
  workingLanguages: true,
  interpretationLanguages: true,
  eligibility: true,
  room: { select: { id: true, name: true, capacity: true } },
  track: { select: { id: true, name: true, color: true } },
} as const satisfies Prisma.SessionSelect;

/** Sessions of the programme, filtered (day in the event's zone, track, kind, language offered). */
export async function listProgramme(event: { id: string; timeZone: string }, filters: ProgrammeFilters = {}) {
  return programmeOf(event.id, event.timeZone, filters);
}

const programmeOf = publicCached('programme', async (eventId: string, timeZone: string, filters: ProgrammeFilters) => {
  const event = { id: eventId, timeZone };
  const where: Prisma.SessionWhereInput = { eventId: event.id };
  if (filters.track) where.trackId = filters.track;
  if (filters.kind) where.kind = filters.kind;
  if (filters.lang) where.OR = [{ workingLanguages: { has: filters.lang } }, { interpretationLanguages: { has: filters.lang } }];
  const sessions = await dbRead.session.findMany({ where, orderBy: [{ startsAt: 'asc' }, { endsAt: 'asc' }, { id: 'asc' }], select: sessionListSelect });
  return filters.day ? sessions.filter((s) => zonedDay(s.startsAt, event.timeZone) === filters.day) : sessions;
});
export type ProgrammeSession = Awaited<ReturnType<typeof listProgramme>>[number];

export const listTracks = publicCached('tracks', async (eventId: string) => {
  return dbRead.track.findMany({ where: { eventId }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { id: true, name: true, color: true, sortOrder: true, _count: { select: { sessions: true } } } });
});

export async function listRooms(eventId: string) {
  return db.room.findMany({ where: { eventId }, orderBy: [{ capacity: 'desc' }, { name: 'asc' }], select: { id: true, name: true, capacity: true, interpretationBooths: true, location: true, _count: { select: { sessions: true } } } });
}

export async function findRoom(eventId: string, id: string) {
  return db.room.findFirst({ where: { eventId, id }, select: { id: true, name: true, capacity: true, interpretationBooths: true, location: true } });
}

export async function findTrack(eventId: string, id: string) {
  return db.track.findFirst({ where: { eventId, id }, select: { id: true, name: true, color: true } });
}

/** One session with everything its public page shows (cached: public-cache.ts). */
export const findSession = publicCached('session', async (eventId: string, sessionId: string) => {
  return dbRead.session.findFirst({
    where: { id: sessionId, eventId },
    select: {
      ...sessionListSelect,
      description: true,
      waitlistCounter: true,
      updatedAt: true,
      room: { select: { id: true, name: true, capacity: true, location: true } },
      speakers: { orderBy: [{ role: 'desc' }, { sortOrder: 'asc' }], select: { id: true, name: true, organization: true, country: true, role: true } },
      _count: { select: { enrollments: { where: { status: 'WAITLISTED' } } } },
    },
  });
});

/** A session as the staff form edits it. */
export async function findSessionForEdit(eventId: string, sessionId: string) {
  return db.session.findFirst({
    where: { id: sessionId, eventId },
    select: {
      id: true,
      kind: true,
      trackId: true,
      roomId: true,
      title: true,
      description: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      workingLanguages: true,
      interpretationLanguages: true,
      eligibility: true,
      enrolledCount: true,
      speakers: { orderBy: { sortOrder: 'asc' }, select: { name: true, organization: true, country: true, role: true } },
    },
  });
}

export async function listDelegationOptions(eventId: string) {
  return db.delegation.findMany({ where: { eventId }, orderBy: { name: 'asc' }, select: { id: true, name: true } });
}

/** The shapes the conflict rules need, for the whole event. */
export async function conflictInputs(eventId: string) {
  const [sessions, rooms] = await Promise.all([
    db.session.findMany({ where: { eventId }, select: { id: true, title: true, startsAt: true, endsAt: true, roomId: true, capacity: true, speakers: { select: { name: true } } } }),
    db.room.findMany({ where: { eventId }, select: { id: true, capacity: true } }),
  ]);
  return { sessions, rooms };
}

/** Open conflicts of the programme, with the titles needed to show them (computed once per request). */
export async function listConflicts(event: { id: string; startDate: Date; endDate: Date; timeZone: string }): Promise<{ conflicts: Conflict[]; titles: Map<string, unknown> }> {
  return conflictsOnce(event.id, event.startDate.getTime(), event.endDate.getTime(), event.timeZone);
}

// The staff programme page and its "open conflicts" banner both ask: cache() answers the second from the first.
const conflictsOnce = cache(async (id: string, start: number, end: number, timeZone: string) => {
  const { sessions, rooms } = await conflictInputs(id);
  return { conflicts: allConflicts(sessions, rooms, { startDate: new Date(start), endDate: new Date(end), timeZone }), titles: new Map<string, unknown>(sessions.map((s) => [s.id, s.title])) };
});

/** Staff list: every session with its counts (fill rate) and wait list. */
export async function listSessionsForStaff(eventId: string) {
  const [sessions, waiting] = await Promise.all([
    db.session.findMany({ where: { eventId }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], select: { ...sessionListSelect, waitlistCounter: true } }),
    db.sessionEnrollment.groupBy({ by: ['sessionId'], where: { status: 'WAITLISTED', session: { eventId } }, _count: { _all: true } }),
  ]);
  const waitingBy = new Map(waiting.map((w) => [w.sessionId, w._count._all]));
  return sessions.map((s) => ({ ...s, waiting: waitingBy.get(s.id) ?? 0 }));
}

/**
 * Interpretation needs per session: enrolled delegates who speak none of the session's
 * working languages, counted by the language they need (their stated interpretation
 * needs, else the languages they speak). One grouped query for the whole event.
 */
export async function interpretationNeeds(eventId: string) {
  const rows = await db.$queryRaw<{ sessionId: string; lang: string; count: number }[]>`
    SELECT e."sessionId", need.lang, count(*)::int AS count
    FROM "SessionEnrollment" e
    JOIN "Registration" r ON r.id = e."registrationId"
    JOIN "Session" s ON s.id = e."sessionId"
    CROSS JOIN LATERAL unnest(CASE WHEN cardinality(r."interpretationNeeds") > 0 THEN r."interpretationNeeds" ELSE r.languages END) AS need(lang)
    WHERE s."eventId" = ${eventId} AND e.status = 'ENROLLED' AND NOT (r.languages && s."workingLanguages")
    GROUP BY e."sessionId", need.lang
    ORDER BY e."sessionId", count DESC, need.lang`;
  const out = new Map<string, { lang: string; count: number }[]>();
  for (const row of rows) out.set(row.sessionId, [...(out.get(row.sessionId) ?? []), { lang: row.lang, count: row.count }]);
  return out;
}
