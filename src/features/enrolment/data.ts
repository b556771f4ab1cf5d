import 'server-only';
import { db } from '@/lib/db';
import type { RegistrationStatus } from '@/lib/db-types';

/**
 * The user's registration to the event of `sessionId` (the scope of every enrolment), in one
 * query: an enrolment race runs it hundreds of times.
 */
export async function findOwnRegistrationForSession(userId: string, sessionId: string): Promise<{ id: string; status: RegistrationStatus; eventId: string } | null> {
  // Through the session's event to the unique (event, user) index.
  const [row] = await db.$queryRaw<{ id: string; status: RegistrationStatus; eventId: string }[]>`
    SELECT r.id, r.status::text AS status, r."eventId" FROM "Session" s
    JOIN "Registration" r ON r."eventId" = s."eventId" AND r."userId" = ${userId} WHERE s.id = ${sessionId}`;
  return row ?? null;
}

export async function findOwnRegistration(userId: string, eventId: string) {
  return db.registration.findUnique({
    where: { eventId_userId: { eventId, userId } },
    select: { id: true, status: true, calendarToken: true, continent: true, delegationId: true, participantType: true, organizationKind: true, gender: true },
  });
}

/** The user's enrolments in an event, by session id (for the programme's buttons). */
export async function ownEnrolmentsBySession(registrationId: string) {
  const rows = await db.sessionEnrollment.findMany({
    where: { registrationId, status: { in: ['ENROLLED', 'WAITLISTED'] } },
    select: { sessionId: true, status: true, waitlistPosition: true },
  });
  const ranks = await waitlistRanks(rows.filter((r) => r.status === 'WAITLISTED' && r.waitlistPosition !== null).map((r) => ({ sessionId: r.sessionId, position: r.waitlistPosition! })));
  return new Map(rows.map((r) => [r.sessionId, { status: r.status, rank: ranks.get(r.sessionId) ?? null }]));
}

/** Rank among those still waiting, per session ("you are 3rd"): positions never shift, ranks do. One query. */
async function waitlistRanks(entries: { sessionId: string; position: number }[]) {
  if (entries.length === 0) return new Map<string, number>();
  const rows = await db.$queryRaw<{ sessionId: string; rank: number }[]>`
    SELECT x.sid AS "sessionId", count(w.id)::int AS rank
    FROM unnest(${entries.map((e) => e.sessionId)}::text[], ${entries.map((e) => e.position)}::int[]) AS x(sid, pos)
    JOIN "SessionEnrollment" w ON w."sessionId" = x.sid AND w.status = 'WAITLISTED' AND w."waitlistPosition" <= x.pos
    GROUP BY x.sid`;
  return new Map(rows.map((r) => [r.sessionId, r.rank]));
}

/** Events the user is registered to (agenda index). */
export async function listOwnRegistrations(userId: string) {
  return db.registration.findMany({
    where: { userId },
    orderBy: { event: { startDate: 'desc' } },
    select: { id: true, status: true, referenceNumber: true, event: { select: { slug: true, title: true, languages: true, startDate: true, endDate: true, city: true } } },
  });
}

const agendaSessionSelect = {
  id: true,
  kind: true,
  title: true,
  description: true,
  startsAt: true,
  endsAt: true,
  updatedAt: true,
  workingLanguages: true,
  interpretationLanguages: true,
  room: { select: { name: true, location: true } },
  track: { select: { name: true, color: true } },
} as const;

/** A delegate's sessions in an event (enrolled and waiting), in time order. */
export async function listAgenda(registrationId: string) {
  const rows = await db.sessionEnrollment.findMany({
    where: { registrationId, status: { in: ['ENROLLED', 'WAITLISTED'] } },
    orderBy: [{ session: { startsAt: 'asc' } }, { session: { id: 'asc' } }],
    select: { status: true, waitlistPosition: true, session: { select: agendaSessionSelect } },
  });
  const ranks = await waitlistRanks(rows.filter((r) => r.waitlistPosition !== null).map((r) => ({ sessionId: r.session.id, position: r.waitlistPosition! })));
  return rows.map((r) => ({ status: r.status, rank: ranks.get(r.session.id) ?? null, session: r.session }));
}

/** The calendar feed behind a secret URL: the registration and its event, or null. */
export async function findByCalendarToken(token: string) {
  if (token.length < 16 || token.length > 128) return null;
  return db.registration.findUnique({
    where: { calendarToken: token },
    select: { id: true, status: true, user: { select: { locale: true } }, event: { select: { slug: true, title: true, timeZone: true, languages: true, status: true } } },
  });
}

/** A session for its single "add to calendar" download (public programme). */
export async function findSessionForIcs(sessionId: string) {
  return db.session.findUnique({ where: { id: sessionId }, select: { ...agendaSessionSelect, event: { select: { slug: true, title: true, status: true, timeZone: true, languages: true } } } });
}

export async function findSessionTitle(sessionId: string) {
  return db.session.findUnique({ where: { id: sessionId }, select: { title: true, event: { select: { languages: true } } } });
}
