import 'server-only';
import { randomUUID } from 'node:crypto';
import { Prisma } from '@/generated/prisma/client';
import type { Tx } from '@/lib/db-types';
// Enrolment in sessions. Invariants (see ARCHITECTURE.md, "Capacity"):
// - Session.enrolledCount = number of ENROLLED rows, never above the effective capacity
//   (capacity ?? room.capacity ?? unlimited, computed inside the UPDATE itself so a room
//   change applies at once); it only moves through the conditional UPDATEs below.
// - Session.waitlistCounter hands out wait-list positions 1, 2, 3… with no gap or
//   duplicate (a unique index backs it); a position is taken only while the session is full.
// - A delegate holds at most one ENROLLED-or-WAITLISTED enrolment per time slot: a
//   wait-list place counts, because promotion is automatic and must never create a
//   double booking. Touching sessions (10:00-11:00 then 11:00-12:00) are fine.
// - Cancelling an ENROLLED seat hands it to the first on the wait list in the same
//   transaction (the seat moves, it is never lost nor doubled).
// Each transaction first locks the delegate's registration row: one delegate's enrolments
// are serialised (the overlap check is exact), different delegates run in parallel and
// meet only on the session row, which the conditional UPDATE locks.
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { appUrl } from '@/lib/env';
import type { RegistrationStatus } from '@/generated/prisma/enums';
import { localized } from '@/lib/i18n/localized';
import { isLocale } from '@/lib/i18n/locales';
import { formatInstant } from '@/lib/dates';
import { queueEmail } from '@/features/email/mutations';
import { isEligible, parseEligibility } from '@/features/programme/eligibility';
import { canEnrol, enrolmentOpen } from './rules';
import { assertEventWritable } from '@/features/events/guard';
import { isEventWritable } from '@/features/events/policy';
import type { EventStatus } from '@/generated/prisma/enums';


/** Long enough for a burst of hundreds of enrolments queued on one session (PGlite has one connection). */
export const ENROL_TX = { maxWait: 60_000, timeout: 30_000 } as const;

export type EnrolOutcome = { status: 'ENROLLED' } | { status: 'WAITLISTED'; position: number; rank: number };

type LockedRegistration = {
  id: string;
  eventId: string;
  status: RegistrationStatus;
  continent: 'AFRICA' | 'AMERICAS' | 'ASIA' | 'EUROPE' | 'OCEANIA';
  delegationId: string | null;
  participantType: 'DELEGATE' | 'SPEAKER' | 'OBSERVER' | 'PRESS' | 'VOLUNTEER';
  organizationKind: 'COOPERATIVE' | 'UNION' | 'WOMENS_GROUP' | 'YOUTH_GROUP' | 'NGO' | 'RESEARCH' | 'LOCAL_GOVERNMENT' | 'OTHER';
  gender: 'FEMALE' | 'MALE' | 'OTHER' | 'UNDISCLOSED' | null;
};

async function lockRegistration(tx: Tx, registrationId: string): Promise<LockedRegistration | null> {
  const rows = await tx.$queryRaw<LockedRegistration[]>`
    SELECT id, "eventId", status::text AS status, continent::text AS continent, "delegationId",
           "participantType"::text AS "participantType", "organizationKind"::text AS "organizationKind", gender::text AS gender
    FROM "Registration" WHERE id = ${registrationId} FOR UPDATE`;
  return rows[0] ?? null;
}

type EnrolTarget = LockedRegistration & {
  eventStatus: string;
  /** Null when the session is not one of the registration's event. */
  sessionId: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  eligibility: unknown;
};

/**
 * The registration locked (as lockRegistration), with its event's status and the session if it
 * belongs to that event: one round trip where an enrolment race used to spend three.
 */
async function lockForEnrolment(tx: Tx, registrationId: string, sessionId: string): Promise<EnrolTarget | null> {
  const rows = await tx.$queryRaw<EnrolTarget[]>`
    SELECT r.id, r."eventId", r.status::text AS status, r.continent::text AS continent, r."delegationId",
           r."participantType"::text AS "participantType", r."organizationKind"::text AS "organizationKind", r.gender::text AS gender,
           ev.status::text AS "eventStatus", s.id AS "sessionId", s."startsAt", s."endsAt", s.eligibility
    FROM "Registration" r JOIN "Event" ev ON ev.id = r."eventId"
    LEFT JOIN "Session" s ON s.id = ${sessionId} AND s."eventId" = r."eventId"
    WHERE r.id = ${registrationId} FOR UPDATE OF r`;
  return rows[0] ?? null;
}

/** Rank among those still waiting ("you are 3rd"), from a wait-list position. */
export async function waitlistRank(tx: Tx, sessionId: string, position: number): Promise<number> {
  return tx.sessionEnrollment.count({ where: { sessionId, status: 'WAITLISTED', waitlistPosition: { lte: position } } });
}

/** One seat, if the session is not full. */
async function takeSeat(tx: Tx, sessionId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "Session" AS s SET "enrolledCount" = s."enrolledCount" + 1
    WHERE s.id = ${sessionId}
      AND s."enrolledCount" < COALESCE(s."capacity", (SELECT r."capacity" FROM "Room" r WHERE r.id = s."roomId"), 2147483647)
    RETURNING s.id`;
  return rows.length === 1;
}

export async function enrolInSession(registrationId: string, sessionId: string, now: Date = new Date()): Promise<EnrolOutcome> {
  // The event's writability is checked inside enrolWithin, from the same read as the registration's lock.
  const outcome = await db.$transaction((tx) => enrolWithin(tx, registrationId, sessionId, now), ENROL_TX);
  // The rank is read after COMMIT, outside the session row's lock (it is informative: "you are 3rd").
  if (outcome.status !== 'WAITLISTED') return outcome;
  return { ...outcome, rank: await waitlistRank(db, sessionId, outcome.position) };
}

export type EnrolWithinOutcome = { status: 'ENROLLED' } | { status: 'WAITLISTED'; position: number };

/**
 * The enrolment rules inside the caller's transaction (the allocation's publish enrols
 * hundreds of delegates in one transaction through this very function). The seat or
 * wait-list position is taken last: the session row stays locked for one write and the COMMIT.
 * Three statements between BEGIN and COMMIT: lock the registration (with its event's status and
 * the session), read the existing enrolment and any clash, take the seat or place.
 */
export async function enrolWithin(tx: Tx, registrationId: string, sessionId: string, now: Date = new Date()): Promise<EnrolWithinOutcome> {
  const target = await lockForEnrolment(tx, registrationId, sessionId);
  if (!target) throw new AppError('NOT_FOUND');
  if (!isEventWritable(target.eventStatus as EventStatus)) throw new AppError('EVENT_ARCHIVED');
  if (!canEnrol(target.status)) throw new AppError('FORBIDDEN', { reason: ['NO_REGISTRATION'] });
  if (!target.sessionId || !target.startsAt || !target.endsAt || target.eventStatus === 'DRAFT') throw new AppError('NOT_FOUND');
  const session = { startsAt: target.startsAt, endsAt: target.endsAt };
  if (!enrolmentOpen(session, now)) throw new AppError('DEADLINE_PASSED');
  if (!isEligible(parseEligibility(target.eligibility), target)) throw new AppError('FORBIDDEN', { reason: ['NOT_ELIGIBLE'] });

  // This session's enrolment, and the first of the delegate's other held sessions overlapping it.
  const [state] = await tx.$queryRaw<{ id: string | null; status: string | null; position: number | null; clash: string | null }[]>`
    SELECT e.id, e.status::text AS status, e."waitlistPosition" AS position,
      (SELECT o."sessionId" FROM "SessionEnrollment" o JOIN "Session" x ON x.id = o."sessionId"
        WHERE o."registrationId" = ${registrationId} AND o.status IN ('ENROLLED', 'WAITLISTED') AND o."sessionId" <> me.id
          AND x."startsAt" < me."endsAt" AND x."endsAt" > me."startsAt"
        ORDER BY x."startsAt" LIMIT 1) AS clash
    FROM "Session" me LEFT JOIN "SessionEnrollment" e ON e."sessionId" = me.id AND e."registrationId" = ${registrationId}
    WHERE me.id = ${sessionId}`;
  if (state?.status === 'ENROLLED') return { status: 'ENROLLED' }; // a double submit changes nothing
  if (state?.status === 'WAITLISTED' && state.position !== null) return { status: 'WAITLISTED', position: Number(state.position) };
  if (state?.clash) throw new AppError('CONFLICT', { clash: [state.clash] });

  return takeSeatOrPlace(tx, sessionId, registrationId, state?.id ?? null);
}

/**
 * The seat, or else the next wait-list place, and the enrolment row written — in ONE statement,
 * the last before COMMIT: the session row is locked for that statement and the COMMIT only
 * (not for further round trips to this process, which a burst of enrolments would wait behind).
 */
async function takeSeatOrPlace(tx: Tx, sessionId: string, registrationId: string, existingId: string | null): Promise<EnrolWithinOutcome> {
  const counters = Prisma.sql`
    WITH s AS (
      SELECT x.id, x."enrolledCount" < COALESCE(x."capacity", (SELECT r."capacity" FROM "Room" r WHERE r.id = x."roomId"), 2147483647) AS seat
      FROM "Session" x WHERE x.id = ${sessionId} FOR NO KEY UPDATE
    ), u AS (
      UPDATE "Session" x SET "enrolledCount" = x."enrolledCount" + CASE WHEN s.seat THEN 1 ELSE 0 END,
        "waitlistCounter" = x."waitlistCounter" + CASE WHEN s.seat THEN 0 ELSE 1 END
      FROM s WHERE x.id = s.id
      RETURNING s.seat, CASE WHEN s.seat THEN NULL ELSE x."waitlistCounter" END AS position
    )`;
  const rows = existingId
    ? await tx.$queryRaw<{ seat: boolean; position: number | null }[]>`${counters}, e AS (
        UPDATE "SessionEnrollment" SET status = (CASE WHEN u.seat THEN 'ENROLLED' ELSE 'WAITLISTED' END)::"EnrollmentStatus",
          "waitlistPosition" = u.position, "promotedAt" = NULL, "updatedAt" = now()
        FROM u WHERE "SessionEnrollment".id = ${existingId}
      ) SELECT seat, position FROM u`
    : await tx.$queryRaw<{ seat: boolean; position: number | null }[]>`${counters}, e AS (
        INSERT INTO "SessionEnrollment" (id, "sessionId", "registrationId", status, "waitlistPosition", "updatedAt")
        SELECT ${randomUUID()}, ${sessionId}, ${registrationId}, (CASE WHEN u.seat THEN 'ENROLLED' ELSE 'WAITLISTED' END)::"EnrollmentStatus", u.position, now() FROM u
      ) SELECT seat, position FROM u`;
  const row = rows[0];
  if (!row) throw new AppError('NOT_FOUND');
  return row.seat ? { status: 'ENROLLED' } : { status: 'WAITLISTED', position: Number(row.position) };
}

export type CancelOutcome = { cancelled: 'ENROLLED' | 'WAITLISTED' | null; promotedRegistrationIds: string[] };

export async function cancelEnrolment(registrationId: string, sessionId: string): Promise<CancelOutcome> {
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { sessionId });
    const registration = await lockRegistration(tx, registrationId);
    if (!registration) throw new AppError('NOT_FOUND');
    // Lock our row: a concurrent promotion may be turning WAITLISTED into ENROLLED.
    const rows = await tx.$queryRaw<{ id: string; status: string }[]>`
      SELECT id, status::text AS status FROM "SessionEnrollment"
      WHERE "sessionId" = ${sessionId} AND "registrationId" = ${registrationId} FOR UPDATE`;
    const row = rows[0];
    if (!row || (row.status !== 'ENROLLED' && row.status !== 'WAITLISTED')) return { cancelled: null, promotedRegistrationIds: [] };
    await tx.sessionEnrollment.update({ where: { id: row.id }, data: { status: 'CANCELLED', waitlistPosition: null } });
    if (row.status === 'WAITLISTED') return { cancelled: 'WAITLISTED', promotedRegistrationIds: [] };
    await tx.$executeRaw`UPDATE "Session" SET "enrolledCount" = "enrolledCount" - 1 WHERE id = ${sessionId} AND "enrolledCount" > 0`;
    const promotedRegistrationIds = await promoteFromWaitlist(tx, sessionId);
    return { cancelled: 'ENROLLED', promotedRegistrationIds };
  }, ENROL_TX);
}

/**
 * Fills free seats from the wait list, lowest position first, and e-mails each person
 * promoted (in their language). Called after a cancellation and after staff raise a
 * capacity; the caller's transaction holds everything.
 */
export async function promoteFromWaitlist(tx: Tx, sessionId: string, limit = 10_000): Promise<string[]> {
  const promoted: string[] = [];
  let misses = 0;
  while (promoted.length < limit && misses < 3) {
    // Lowest waiting position of a registration still holding its place at the event.
    const next = await tx.$queryRaw<{ id: string; registrationId: string }[]>`
      SELECT e.id, e."registrationId" FROM "SessionEnrollment" e
      JOIN "Registration" r ON r.id = e."registrationId"
      WHERE e."sessionId" = ${sessionId} AND e.status = 'WAITLISTED' AND r.status IN ('SUBMITTED', 'APPROVED')
      ORDER BY e."waitlistPosition" ASC LIMIT 1 FOR UPDATE OF e`;
    if (next.length === 0) {
      // FOR UPDATE + LIMIT returns nothing when the row it waited for stopped matching: look again.
      const waiting = await tx.sessionEnrollment.count({ where: { sessionId, status: 'WAITLISTED', registration: { status: { in: ['SUBMITTED', 'APPROVED'] } } } });
      if (waiting === 0) break;
      misses++;
      continue;
    }
    if (!(await takeSeat(tx, sessionId))) break; // still full (capacity lowered by staff): nobody moves
    const enrolment = await tx.sessionEnrollment.update({
      where: { id: next[0].id },
      data: { status: 'ENROLLED', waitlistPosition: null, promotedAt: new Date() },
      select: { id: true, promotedAt: true, session: { select: { id: true, title: true, startsAt: true, event: { select: { slug: true, timeZone: true, languages: true } } } }, registration: { select: { firstName: true, email: true, userId: true, user: { select: { locale: true } } } } },
    });
    promoted.push(next[0].registrationId);
    const locale = isLocale(enrolment.registration.user.locale) ? enrolment.registration.user.locale : 'fr';
    const { session } = enrolment;
    await queueEmail(tx, {
      to: enrolment.registration.email,
      userId: enrolment.registration.userId,
      locale,
      template: 'programme.promoted',
      params: {
        name: enrolment.registration.firstName,
        session: localized(session.title, locale, session.event.languages),
        when: formatInstant(session.startsAt, locale, session.event.timeZone),
        url: `${appUrl()}/${locale}/my/agenda/${session.event.slug}`,
      },
      dedupeKey: `programme.promoted:${enrolment.id}:${enrolment.promotedAt?.getTime()}`,
    });
  }
  return promoted;
}
