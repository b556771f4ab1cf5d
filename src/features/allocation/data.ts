import 'server-only';
import { db } from '@/lib/db';
import type { Tx } from '@/lib/db-types';
import { effectiveCapacity } from '@/features/enrolment/rules';
import { isEligible, parseEligibility } from '@/features/programme/eligibility';
import type { AllocationInput, AllocPerson } from './model';
import { groupSlots } from './rules';

type Reader = Tx | typeof db;

const roundSelect = {
  id: true,
  eventId: true,
  name: true,
  sessionIds: true,
  opensAt: true,
  closesAt: true,
  choices: true,
  balanceWeight: true,
  tolerance: true,
  publishedRunId: true,
  publishedAt: true,
  remindersSentAt: true,
} as const;

export async function listRounds(eventId: string) {
  const rounds = await db.preferenceRound.findMany({ where: { eventId }, orderBy: { opensAt: 'asc' }, select: { ...roundSelect, _count: { select: { rankings: true } } } });
  return rounds;
}

/** A round within the event (staff scope: the event comes from the URL). */
export async function findRound(eventId: string, roundId: string) {
  return db.preferenceRound.findFirst({ where: { id: roundId, eventId }, select: roundSelect });
}
export type Round = NonNullable<Awaited<ReturnType<typeof findRound>>>;

export async function findRoundById(tx: Reader | null, roundId: string) {
  return (tx ?? db).preferenceRound.findUnique({ where: { id: roundId }, select: roundSelect });
}

export async function findEventById(eventId: string) {
  return db.event.findUnique({ where: { id: eventId }, select: { id: true, slug: true, timeZone: true } });
}

export async function listRuns(roundId: string) {
  return db.allocationRun.findMany({ where: { roundId }, orderBy: { createdAt: 'desc' }, take: 10, select: { id: true, seed: true, createdAt: true, createdById: true } });
}

export async function findRun(roundId: string, runId: string) {
  return db.allocationRun.findFirst({ where: { id: runId, roundId }, select: { id: true, seed: true, createdAt: true, input: true, result: true, createdById: true, roundId: true } });
}

const sessionSelect = {
  id: true,
  title: true,
  startsAt: true,
  endsAt: true,
  capacity: true,
  enrolledCount: true,
  eligibility: true,
  room: { select: { capacity: true, name: true } },
} as const;

/** Sessions of the event offered to rounds (any kind; workshops first in the picker). */
export async function listEventSessions(eventId: string) {
  return db.session.findMany({ where: { eventId }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], select: { ...sessionSelect, kind: true } });
}

export async function roundSessions(tx: Reader | null, eventId: string, sessionIds: string[]) {
  return (tx ?? db).session.findMany({ where: { eventId, id: { in: sessionIds } }, orderBy: [{ startsAt: 'asc' }, { id: 'asc' }], select: sessionSelect });
}
export type RoundSession = Awaited<ReturnType<typeof roundSessions>>[number];

export type RankedChoice = { sessionId: string; rank: number };
export function parseChoices(value: unknown): RankedChoice[] {
  if (!Array.isArray(value)) return [];
  return value.filter((c): c is RankedChoice => typeof c?.sessionId === 'string' && Number.isInteger(c?.rank));
}

/**
 * The solver's input, read from the database: the rankings of approved delegates, each
 * session's free seats (capacity minus seats already taken), and per delegate the sessions
 * they may not get (not eligible, or overlapping a session they hold or wait for).
 */
export async function buildInput(tx: Reader, round: Round, seed: number): Promise<AllocationInput> {
  const sessions = await roundSessions(tx, round.eventId, round.sessionIds);
  const slotOf = groupSlots(sessions);
  const rankings = await tx.preferenceRanking.findMany({ where: { roundId: round.id }, orderBy: { registrationId: 'asc' }, select: { registrationId: true, choices: true, submittedAt: true } });
  const registrations = await tx.registration.findMany({
    where: { id: { in: rankings.map((r) => r.registrationId) }, eventId: round.eventId, status: 'APPROVED' },
    select: { id: true, continent: true, delegationId: true, participantType: true, organizationKind: true, gender: true },
  });
  const held = await tx.sessionEnrollment.findMany({
    where: { registrationId: { in: registrations.map((r) => r.id) }, status: { in: ['ENROLLED', 'WAITLISTED'] } },
    select: { registrationId: true, session: { select: { startsAt: true, endsAt: true } } },
  });
  const heldBy = new Map<string, { startsAt: Date; endsAt: Date }[]>();
  for (const h of held) heldBy.set(h.registrationId, [...(heldBy.get(h.registrationId) ?? []), h.session]);
  const byId = new Map(registrations.map((r) => [r.id, r]));
  const people: AllocPerson[] = [];
  for (const ranking of rankings) {
    const reg = byId.get(ranking.registrationId);
    if (!reg) continue;
    const mine = heldBy.get(reg.id) ?? [];
    const excluded = sessions
      .filter((s) => !isEligible(parseEligibility(s.eligibility), reg) || mine.some((h) => h.startsAt < s.endsAt && h.endsAt > s.startsAt))
      .map((s) => s.id);
    people.push({ id: reg.id, continent: reg.continent, order: ranking.submittedAt.getTime(), prefs: parseChoices(ranking.choices), excluded });
  }
  return {
    sessions: sessions.map((s) => {
      const cap = effectiveCapacity(s);
      return { id: s.id, slot: slotOf.get(s.id) ?? 0, capacity: cap === null ? null : Math.max(0, cap - s.enrolledCount) };
    }),
    people,
    choices: round.choices,
    balanceWeight: round.balanceWeight,
    tolerance: round.tolerance,
    seed,
  };
}

/* Delegate side */

/** The user's approved registration for the round's event, with what eligibility needs. */
export async function findRoundForDelegate(roundId: string, userId: string) {
  const round = await db.preferenceRound.findUnique({ where: { id: roundId }, select: roundSelect });
  if (!round) return null;
  const registration = await db.registration.findFirst({
    where: { eventId: round.eventId, userId, status: 'APPROVED' },
    select: { id: true, continent: true, delegationId: true, participantType: true, organizationKind: true, gender: true },
  });
  if (!registration) return null;
  const event = await db.event.findFirst({ where: { id: round.eventId, status: { not: 'DRAFT' } }, select: { id: true, slug: true, title: true, timeZone: true, languages: true } });
  return event ? { round, registration, event } : null;
}

export async function findOwnRanking(roundId: string, registrationId: string) {
  const row = await db.preferenceRanking.findUnique({ where: { roundId_registrationId: { roundId, registrationId } }, select: { choices: true, submittedAt: true, updatedAt: true } });
  return row ? { ...row, choices: parseChoices(row.choices) } : null;
}

/** Rounds of an event a delegate sees (every round once it has opened). */
export async function listRoundsForDelegate(eventId: string, now: Date = new Date()) {
  return db.preferenceRound.findMany({ where: { eventId, opensAt: { lte: now } }, orderBy: { opensAt: 'asc' }, select: roundSelect });
}

export async function findApprovedRegistration(eventId: string, userId: string) {
  return db.registration.findFirst({ where: { eventId, userId, status: 'APPROVED' }, select: { id: true } });
}

/** Names and references of the people of a run (its export). */
export async function registrationsFor(eventId: string, ids: string[]) {
  return db.registration.findMany({ where: { eventId, id: { in: ids } }, select: { id: true, referenceNumber: true, firstName: true, lastName: true, continent: true } });
}

export async function eventLanguages(eventId: string) {
  return (await db.event.findUniqueOrThrow({ where: { id: eventId }, select: { languages: true } })).languages;
}
