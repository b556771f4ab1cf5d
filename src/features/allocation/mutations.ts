import 'server-only';
import { assertEventWritable } from '@/features/events/guard';
import { randomInt } from 'node:crypto';
import { db } from '@/lib/db';
import type { Prisma, Tx } from '@/lib/db-types';
import { AppError } from '@/lib/errors';
import { appUrl } from '@/lib/env';
import { formatInstant } from '@/lib/dates';
import { localized } from '@/lib/i18n/localized';
import { isLocale } from '@/lib/i18n/locales';
import { fromWallTime } from '@/lib/zoned-time';
import { writeAudit } from '@/features/audit/mutations';
import { queueEmail } from '@/features/email/mutations';
import { enrolWithin } from '@/features/enrolment/mutations';
import { effectiveCapacity } from '@/features/enrolment/rules';
import { isEligible, parseEligibility } from '@/features/programme/eligibility';
import { buildInput, findRoundById, roundSessions, type Round } from './data';
import { firstComeFirstServed } from './model';
import { checkRanking, groupSlots, roundPhase } from './rules';
import { solveAllocation } from './solver';
import { finalize, summarize, type RunResult, type WaitlistEntry } from './summary';
import type { Assignment } from './model';

/** Publishing enrols hundreds of delegates in one transaction. */
const PUBLISH_TX = { maxWait: 60_000, timeout: 600_000 } as const;

export type RoundValues = { name: string; sessionIds: string[]; opensAt: string; closesAt: string; choices: number; balanceWeight: number; tolerancePct: number };

export async function saveRound(actorId: string, event: { id: string; timeZone: string }, id: string | undefined, v: RoundValues) {
  const sessions = await roundSessions(db, event.id, v.sessionIds);
  if (sessions.length !== new Set(v.sessionIds).size) throw new AppError('VALIDATION', { sessionIds: ['invalid'] });
  const data = {
    name: v.name,
    sessionIds: [...new Set(v.sessionIds)],
    opensAt: fromWallTime(v.opensAt, event.timeZone),
    closesAt: fromWallTime(v.closesAt, event.timeZone),
    choices: v.choices,
    balanceWeight: v.balanceWeight,
    tolerance: v.tolerancePct / 100,
  };
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId: event.id });
    let round;
    if (id) {
      const existing = await tx.preferenceRound.findFirst({ where: { id, eventId: event.id }, select: { id: true, publishedAt: true } });
      if (!existing) throw new AppError('NOT_FOUND');
      if (existing.publishedAt) throw new AppError('CONFLICT');
      round = await tx.preferenceRound.update({ where: { id }, data, select: { id: true } });
    } else {
      round = await tx.preferenceRound.create({ data: { ...data, eventId: event.id }, select: { id: true } });
    }
    await writeAudit(tx, { actorId, action: id ? 'allocation.round.update' : 'allocation.round.create', entityType: 'PreferenceRound', entityId: round.id, eventId: event.id, data: { ...data, opensAt: data.opensAt.toISOString(), closesAt: data.closesAt.toISOString() } });
    return round;
  });
}

/** A delegate's ranking: only while the round is open, only sessions they may attend. */
export async function saveRanking(round: Round, registration: { id: string } & Parameters<typeof isEligible>[1], choices: { sessionId: string; rank: number }[], now: Date = new Date()) {
  if (roundPhase(round, now) !== 'OPEN') throw new AppError('DEADLINE_PASSED');
  const sessions = await roundSessions(db, round.eventId, round.sessionIds);
  const eligible = new Set(sessions.filter((s) => isEligible(parseEligibility(s.eligibility), registration)).map((s) => s.id));
  const problem = checkRanking(choices, { slotOf: groupSlots(sessions), eligible, maxChoices: round.choices });
  if (problem === 'NOT_ELIGIBLE' || problem === 'UNKNOWN_SESSION') throw new AppError('FORBIDDEN', { reason: [problem] });
  if (problem) throw new AppError('VALIDATION', { choices: [`allocation.${problem}`] });
  const value = choices.map((c) => ({ sessionId: c.sessionId, rank: c.rank }));
  await db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId: round.eventId });
    await tx.preferenceRanking.upsert({
      where: { roundId_registrationId: { roundId: round.id, registrationId: registration.id } },
      create: { roundId: round.id, registrationId: registration.id, choices: value },
      update: { choices: value }, // submittedAt stays: the first-come-first-served order
    });
  });
}


/** Runs the solver on the round's current rankings (after it closed) and stores the run. */
export async function runAllocation(actorId: string, round: Round, opts: { balanceWeight: number; tolerance: number; capacities: { sessionId: string; capacity: number }[]; seed?: number }, now: Date = new Date()) {
  const phase = roundPhase(round, now);
  if (phase === 'PUBLISHED') throw new AppError('CONFLICT');
  if (phase !== 'CLOSED') throw new AppError('DEADLINE_PASSED');
  await db.$transaction(async (tx) => {
    const current = new Map((await roundSessions(tx, round.eventId, round.sessionIds)).map((s) => [s.id, s]));
    const changed: { sessionId: string; capacity: number }[] = [];
    for (const c of opts.capacities) {
      const s = current.get(c.sessionId);
      if (!s || effectiveCapacity(s) === c.capacity) continue;
      await tx.session.update({ where: { id: s.id }, data: { capacity: c.capacity } });
      changed.push(c);
    }
    await tx.preferenceRound.update({ where: { id: round.id }, data: { balanceWeight: opts.balanceWeight, tolerance: opts.tolerance } });
    await writeAudit(tx, { actorId, action: 'allocation.round.settings', entityType: 'PreferenceRound', entityId: round.id, eventId: round.eventId, data: { balanceWeight: opts.balanceWeight, tolerance: opts.tolerance, capacities: changed } });
  });
  const seed = opts.seed ?? randomInt(0, 2_147_483_647);
  const input = await buildInput(db, { ...round, balanceWeight: opts.balanceWeight, tolerance: opts.tolerance }, seed);
  const solved = await solveAllocation(input);
  const { enrol, waitlist } = finalize(input, solved.assignments);
  const fcfs = firstComeFirstServed(input);
  const result: RunResult = {
    status: solved.status,
    seconds: solved.seconds,
    objective: solved.objective,
    bound: solved.bound,
    gap: solved.gap,
    lpBound: solved.lpBound,
    assignments: solved.assignments.map((a) => [a.personId, a.sessionId, a.rank]),
    enrol: enrol.map((a) => [a.personId, a.sessionId, a.rank]),
    waitlist: waitlist.map((w) => [w.personId, w.sessionId]),
    optimal: summarize(input, enrol),
    fcfs: summarize(input, fcfs),
  };
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId: round.eventId });
    const run = await tx.allocationRun.create({ data: { roundId: round.id, seed, input: input as unknown as Prisma.InputJsonValue, result: result as unknown as Prisma.InputJsonValue, createdById: actorId }, select: { id: true } });
    await writeAudit(tx, { actorId, action: 'allocation.run', entityType: 'AllocationRun', entityId: run.id, eventId: round.eventId, data: { roundId: round.id, seed, status: solved.status, gap: solved.gap, people: input.people.length } });
    return { id: run.id, seed };
  });
}

type StoredRun = { id: string; result: unknown };
function decode(run: StoredRun): { enrol: Assignment[]; waitlist: WaitlistEntry[] } {
  const r = run.result as RunResult;
  return {
    enrol: r.enrol.map(([personId, sessionId, rank]) => ({ personId, sessionId, rank })),
    waitlist: r.waitlist.map(([personId, sessionId]) => ({ personId, sessionId })),
  };
}

/**
 * Publishes a run: one transaction claims the round (a conditional update: publishing twice
 * creates nothing twice), enrols every allocated delegate through the enrolment rules (the
 * conditional-UPDATE seat counters, eligibility, overlap), puts the unplaced on wait lists in
 * lottery order, e-mails each delegate in their language and writes the audit entry. Should
 * any previewed seat be gone (capacity lowered, a seat taken meanwhile), nothing is published.
 */
export async function publishRun(actorId: string, round: Round, run: StoredRun, now: Date = new Date()): Promise<{ published: boolean; enrolled: number; waitlisted: number }> {
  const { enrol, waitlist } = decode(run);
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId: round.eventId });
    const claimed = await tx.preferenceRound.updateMany({ where: { id: round.id, publishedRunId: null }, data: { publishedRunId: run.id, publishedAt: now, publishedById: actorId } });
    if (claimed.count === 0) {
      const current = await findRoundById(tx, round.id);
      if (current?.publishedRunId === run.id) return { published: false, enrolled: 0, waitlisted: 0 };
      throw new AppError('CONFLICT');
    }
    for (const a of enrol) {
      const outcome = await enrolWithin(tx, a.personId, a.sessionId, now);
      if (outcome.status !== 'ENROLLED') throw new AppError('CAPACITY_FULL', { sessionId: [a.sessionId] });
    }
    let waitlisted = 0;
    for (const w of waitlist) {
      const outcome = await enrolWithin(tx, w.personId, w.sessionId, now);
      if (outcome.status === 'WAITLISTED') waitlisted++;
    }
    await notifyDelegates(tx, round, enrol, waitlist);
    await writeAudit(tx, { actorId, action: 'allocation.publish', entityType: 'AllocationRun', entityId: run.id, eventId: round.eventId, data: { roundId: round.id, enrolled: enrol.length, waitlisted } });
    return { published: true, enrolled: enrol.length, waitlisted };
  }, PUBLISH_TX);
}

async function notifyDelegates(tx: Tx, round: Round, enrol: Assignment[], waitlist: WaitlistEntry[]) {
  const people = [...new Set([...enrol.map((a) => a.personId), ...waitlist.map((w) => w.personId)])];
  const event = await tx.event.findUniqueOrThrow({ where: { id: round.eventId }, select: { slug: true, timeZone: true, languages: true } });
  const sessions = new Map((await roundSessions(tx, round.eventId, round.sessionIds)).map((s) => [s.id, s]));
  const regs = await tx.registration.findMany({ where: { id: { in: people } }, select: { id: true, firstName: true, email: true, userId: true, user: { select: { locale: true } } } });
  for (const reg of regs) {
    const locale = isLocale(reg.user.locale) ? reg.user.locale : 'fr';
    const line = (sessionId: string) => {
      const s = sessions.get(sessionId);
      return s ? `- ${localized(s.title, locale, event.languages)} (${formatInstant(s.startsAt, locale, event.timeZone)})` : '';
    };
    const mine = enrol.filter((a) => a.personId === reg.id).map((a) => line(a.sessionId));
    const waiting = waitlist.filter((w) => w.personId === reg.id).map((w) => line(w.sessionId));
    await queueEmail(tx, {
      to: reg.email,
      userId: reg.userId,
      locale,
      template: 'allocation.published',
      params: { name: reg.firstName, round: round.name, workshops: mine.join('\n') || '-', waiting: waiting.join('\n') || '-', url: `${appUrl()}/${locale}/my/agenda/${event.slug}` },
      dedupeKey: `allocation.published:${round.id}:${reg.id}`,
    });
  }
}

/** E-mails approved delegates who have not ranked yet (once per round and delegate). */
export async function sendReminders(actorId: string, round: Round, now: Date = new Date()): Promise<number> {
  if (roundPhase(round, now) !== 'OPEN') throw new AppError('DEADLINE_PASSED');
  const event = await db.event.findUniqueOrThrow({ where: { id: round.eventId }, select: { slug: true, timeZone: true } });
  const ranked = await db.preferenceRanking.findMany({ where: { roundId: round.id }, select: { registrationId: true } });
  const pending = await db.registration.findMany({
    where: { eventId: round.eventId, status: 'APPROVED', id: { notIn: ranked.map((r) => r.registrationId) } },
    select: { id: true, firstName: true, email: true, userId: true, user: { select: { locale: true } } },
  });
  return db.$transaction(async (tx) => {
    await assertEventWritable(tx, { eventId: round.eventId });
    for (const reg of pending) {
      const locale = isLocale(reg.user.locale) ? reg.user.locale : 'fr';
      await queueEmail(tx, {
        to: reg.email,
        userId: reg.userId,
        locale,
        template: 'allocation.reminder',
        params: { name: reg.firstName, round: round.name, closes: formatInstant(round.closesAt, locale, event.timeZone), url: `${appUrl()}/${locale}/my/preferences/${round.id}` },
        dedupeKey: `allocation.reminder:${round.id}:${reg.id}`,
      });
    }
    await tx.preferenceRound.update({ where: { id: round.id }, data: { remindersSentAt: now } });
    await writeAudit(tx, { actorId, action: 'allocation.remind', entityType: 'PreferenceRound', entityId: round.id, eventId: round.eventId, data: { recipients: pending.length } });
    return pending.length;
  }, PUBLISH_TX);
}

export async function auditRunExport(actorId: string, round: Round, runId: string, rows: number) {
  await db.$transaction((tx) => writeAudit(tx, { actorId, action: 'allocation.export', entityType: 'AllocationRun', entityId: runId, eventId: round.eventId, data: { roundId: round.id, rows } }));
}
