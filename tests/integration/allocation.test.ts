import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { publishRunAction, runAllocationAction, saveRankingAction, saveRoundAction, sendRemindersAction } from '@/features/allocation/actions';
import type { RunResult } from '@/features/allocation/summary';
import { GET as exportRun } from '@/app/api/allocation/[roundId]/runs/[runId]/route';
import { createRoleUsers, createUser } from '@tests/factories';
import { createEvent, createRegistration, createSession } from '@tests/factories/programme';
import { closeRound, createRanking, createRound } from '@tests/factories/allocation';
import { actAs } from './helpers/session';

async function setup() {
  const event = await createEvent();
  const a1 = await createSession(event, { from: 9, to: 10, capacity: 2 });
  const a2 = await createSession(event, { from: 9, to: 10, capacity: 2 });
  const africaOnly = await createSession(event, { from: 9, to: 10, capacity: 5, kind: 'CONTINENTAL', eligibility: { continents: ['AFRICA'] } });
  const b1 = await createSession(event, { from: 11, to: 12, capacity: 1 });
  const b2 = await createSession(event, { from: 11, to: 12, capacity: 3 });
  const roles = await createRoleUsers();
  return { event, a1, a2, africaOnly, b1, b2, ...roles };
}

const runInput = (roundId: string) => ({ roundId, balanceWeight: '1', tolerancePct: '10', capacities: [] as { sessionId: string; capacity: string }[] });

describe('saveRoundAction', () => {
  it('lets organizers and the secretariat create rounds (audited); refuses delegates and anonymous callers, writing nothing', async () => {
    const { event, a1, b1, organizer, secretariat, delegate } = await setup();
    const input = { eventId: event.id, name: 'Ateliers du jeudi', sessionIds: [a1.id, b1.id], opensAt: '2026-01-10T09:00', closesAt: '2026-01-12T18:00', choices: '3', balanceWeight: '1', tolerancePct: '10' };
    actAs(delegate);
    expect(await saveRoundAction(input)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    actAs(null);
    expect(await saveRoundAction(input)).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await db.preferenceRound.count({ where: { eventId: event.id } })).toBe(0);
    for (const user of [organizer, secretariat]) {
      actAs(user);
      const res = await saveRoundAction(input);
      expect(res.ok).toBe(true);
    }
    const rounds = await db.preferenceRound.findMany({ where: { eventId: event.id } });
    expect(rounds).toHaveLength(2);
    // Wall-clock 09:00 in Africa/Dakar (UTC+0).
    expect(rounds[0].opensAt.toISOString()).toBe('2026-01-10T09:00:00.000Z');
    expect(await db.auditLog.count({ where: { action: 'allocation.round.create', eventId: event.id } })).toBe(2);
    actAs(organizer);
    const other = await createEvent();
    const foreign = await createSession(other);
    expect(await saveRoundAction({ ...input, sessionIds: [foreign.id] })).toMatchObject({ ok: false, code: 'VALIDATION' });
  });
});

describe('saveRankingAction', () => {
  it('saves and edits a ranking while the round is open, keeping the first submission time', async () => {
    const { event, a1, a2, b1, b2 } = await setup();
    const round = await createRound(event.id, [a1.id, a2.id, b1.id, b2.id]);
    const { user, registration } = await createRegistration(event.id);
    actAs(user);
    expect(await saveRankingAction({ roundId: round.id, choices: [{ sessionId: a2.id, rank: 1 }, { sessionId: a1.id, rank: 2 }, { sessionId: b1.id, rank: 1 }] })).toEqual({ ok: true, data: { saved: true } });
    const first = await db.preferenceRanking.findUniqueOrThrow({ where: { roundId_registrationId: { roundId: round.id, registrationId: registration.id } } });
    expect(await saveRankingAction({ roundId: round.id, choices: [{ sessionId: b2.id, rank: 1 }] })).toMatchObject({ ok: true });
    const second = await db.preferenceRanking.findUniqueOrThrow({ where: { id: first.id } });
    expect(second.choices).toEqual([{ sessionId: b2.id, rank: 1 }]);
    expect(second.submittedAt.getTime()).toBe(first.submittedAt.getTime());
    // Gaps and duplicates are refused at the field.
    expect(await saveRankingAction({ roundId: round.id, choices: [{ sessionId: a1.id, rank: 2 }] })).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { choices: ['allocation.BAD_RANKS'] } });
  });

  it('refuses outside the window, for sessions the delegate may not attend, and for other roles or statuses, writing nothing', async () => {
    const { event, a1, africaOnly, organizer, secretariat } = await setup();
    const upcoming = await createRound(event.id, [a1.id, africaOnly.id], { phase: 'UPCOMING' });
    const closed = await createRound(event.id, [a1.id, africaOnly.id], { phase: 'CLOSED' });
    const open = await createRound(event.id, [a1.id, africaOnly.id]);
    const { user } = await createRegistration(event.id, { continent: 'EUROPE', country: 'FR' });
    actAs(user);
    for (const round of [upcoming, closed]) {
      expect(await saveRankingAction({ roundId: round.id, choices: [{ sessionId: a1.id, rank: 1 }] })).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
    }
    expect(await saveRankingAction({ roundId: open.id, choices: [{ sessionId: africaOnly.id, rank: 1 }] })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    const stranger = await createSession(event, { from: 15, to: 16 });
    expect(await saveRankingAction({ roundId: open.id, choices: [{ sessionId: stranger.id, rank: 1 }] })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    for (const who of [organizer, secretariat, await createUser()]) {
      actAs(who);
      expect(await saveRankingAction({ roundId: open.id, choices: [{ sessionId: a1.id, rank: 1 }] })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
    const submitted = await createRegistration(event.id, { status: 'SUBMITTED' });
    actAs(submitted.user);
    expect(await saveRankingAction({ roundId: open.id, choices: [{ sessionId: a1.id, rank: 1 }] })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    actAs(null);
    expect(await saveRankingAction({ roundId: open.id, choices: [{ sessionId: a1.id, rank: 1 }] })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await db.preferenceRanking.count({ where: { roundId: { in: [upcoming.id, closed.id, open.id] } } })).toBe(0);
  });
});

describe('run, preview and publish', () => {
  it('runs after closing, publishes exactly the previewed enrolments, wait-lists the rest, and publishing twice creates nothing twice', async () => {
    const { event, a1, a2, b1, b2, organizer, secretariat, delegate } = await setup();
    const round = await createRound(event.id, [a1.id, a2.id, b1.id, b2.id], { phase: 'OPEN' });
    const people = await Promise.all([
      createRegistration(event.id, { locale: 'pt', continent: 'AFRICA' }),
      createRegistration(event.id, { locale: 'en', continent: 'EUROPE', country: 'FR' }),
      createRegistration(event.id, { continent: 'AMERICAS', country: 'CA' }),
      createRegistration(event.id, { continent: 'AFRICA' }),
      createRegistration(event.id, { continent: 'EUROPE', country: 'BE' }),
      createRegistration(event.id, { continent: 'AFRICA', locale: 'es' }),
    ]);
    // Everyone wants a1 first and b1 first: 2 + 1 seats for 6 people.
    for (const [i, p] of people.entries()) await createRanking(round.id, p.registration.id, i % 2 ? [a1.id, a2.id] : [a1.id], new Date(Date.now() - (10 - i) * 1000));
    for (const p of people) await db.preferenceRanking.update({ where: { roundId_registrationId: { roundId: round.id, registrationId: p.registration.id } }, data: { choices: [{ sessionId: a1.id, rank: 1 }, { sessionId: a2.id, rank: 2 }, { sessionId: b1.id, rank: 1 }, { sessionId: b2.id, rank: 2 }] } });

    actAs(organizer);
    expect(await runAllocationAction(runInput(round.id))).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
    await closeRound(round.id);
    actAs(delegate);
    expect(await runAllocationAction(runInput(round.id))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await db.allocationRun.count({ where: { roundId: round.id } })).toBe(0);

    actAs(organizer);
    const ran = await runAllocationAction({ ...runInput(round.id), capacities: [{ sessionId: b2.id, capacity: '2' }] });
    expect(ran.ok).toBe(true);
    if (!ran.ok) return;
    expect((await db.session.findUniqueOrThrow({ where: { id: b2.id } })).capacity).toBe(2);
    const run = await db.allocationRun.findUniqueOrThrow({ where: { id: ran.data.id } });
    const result = run.result as unknown as RunResult;
    expect(result.status).toBe('OPTIMAL');
    // Slot A: 4 seats for 6; slot B: 3 seats for 6. 1st choices: a1 2, b1 1.
    expect(result.optimal.byRank).toEqual([3, 4, 0]);
    expect(result.optimal.unassigned).toBe(5);
    expect(result.waitlist).toHaveLength(5);
    expect(result.fcfs.byRank[0]).toBe(3);

    // Same seed, same result.
    const again = await runAllocationAction({ ...runInput(round.id), seed: String(run.seed) });
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    const rerun = await db.allocationRun.findUniqueOrThrow({ where: { id: again.data.id } });
    expect((rerun.result as unknown as RunResult).enrol).toEqual(result.enrol);

    actAs(delegate);
    expect(await publishRunAction({ roundId: round.id, runId: run.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    actAs(secretariat);
    expect(await publishRunAction({ roundId: round.id, runId: run.id })).toEqual({ ok: true, data: { published: true, enrolled: 7, waitlisted: 5 } });
    const ids = people.map((p) => p.registration.id);
    const enrolled = await db.sessionEnrollment.findMany({ where: { registrationId: { in: ids }, status: 'ENROLLED' }, select: { registrationId: true, sessionId: true } });
    expect(enrolled.map((e) => `${e.registrationId}:${e.sessionId}`).sort()).toEqual(result.enrol.map(([p, s]) => `${p}:${s}`).sort());
    const waiting = await db.sessionEnrollment.findMany({ where: { registrationId: { in: ids }, status: 'WAITLISTED' }, orderBy: { waitlistPosition: 'asc' }, select: { registrationId: true, sessionId: true } });
    expect(waiting.map((e) => `${e.registrationId}:${e.sessionId}`).sort()).toEqual(result.waitlist.map(([p, s]) => `${p}:${s}`).sort());
    for (const s of [a1, a2, b1, b2]) {
      const row = await db.session.findUniqueOrThrow({ where: { id: s.id } });
      expect(row.enrolledCount).toBeLessThanOrEqual(row.capacity ?? Infinity);
    }
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: people[0].user.email, template: 'allocation.published' } });
    expect(mail.subject).toContain('Os seus workshops');
    expect(await db.auditLog.count({ where: { action: 'allocation.publish', entityId: run.id } })).toBe(1);

    // Twice: nothing twice (same run), and no other run can be published.
    expect(await publishRunAction({ roundId: round.id, runId: run.id })).toEqual({ ok: true, data: { published: false, enrolled: 0, waitlisted: 0 } });
    expect(await publishRunAction({ roundId: round.id, runId: rerun.id })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await db.sessionEnrollment.count({ where: { registrationId: { in: ids } } })).toBe(12);
    expect(await db.emailOutbox.count({ where: { template: 'allocation.published', to: { in: people.map((p) => p.user.email) } } })).toBe(6);
    expect(await runAllocationAction(runInput(round.id))).toMatchObject({ ok: false, code: 'CONFLICT' });

    // Exportable: CSV for staff, 404 for a delegate.
    const res = await exportRun(new Request(`http://localhost/api/allocation/${round.id}/runs/${run.id}`), { params: Promise.resolve({ roundId: round.id, runId: run.id }) });
    expect(res.status).toBe(200);
    const csv = await res.text();
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(1 + 12);
    expect(csv).toContain(`${run.seed}`);
    actAs(delegate);
    const refused = await exportRun(new Request(`http://localhost/api/allocation/${round.id}/runs/${run.id}`), { params: Promise.resolve({ roundId: round.id, runId: run.id }) });
    expect(refused.status).toBe(404);
  });

  it('publishes nothing when a previewed seat is gone (capacity lowered after the run)', async () => {
    const { event, a1, organizer } = await setup();
    const round = await createRound(event.id, [a1.id], { phase: 'CLOSED' });
    const people = await Promise.all([0, 1].map(() => createRegistration(event.id)));
    for (const p of people) await createRanking(round.id, p.registration.id, [a1.id]);
    actAs(organizer);
    const ran = await runAllocationAction(runInput(round.id));
    if (!ran.ok) throw new Error('run failed');
    await db.session.update({ where: { id: a1.id }, data: { capacity: 1 } });
    expect(await publishRunAction({ roundId: round.id, runId: ran.data.id })).toMatchObject({ ok: false, code: 'CAPACITY_FULL' });
    expect(await db.sessionEnrollment.count({ where: { sessionId: a1.id } })).toBe(0);
    expect((await db.preferenceRound.findUniqueOrThrow({ where: { id: round.id } })).publishedRunId).toBeNull();
  });
});

describe('sendRemindersAction', () => {
  it('e-mails approved delegates who have not ranked, once, in their language; refuses delegates', async () => {
    const { event, a1, organizer, delegate } = await setup();
    const round = await createRound(event.id, [a1.id]);
    const ranked = await createRegistration(event.id);
    const pending = await createRegistration(event.id, { locale: 'es' });
    await createRanking(round.id, ranked.registration.id, [a1.id]);
    actAs(delegate);
    expect(await sendRemindersAction({ roundId: round.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await db.emailOutbox.count({ where: { template: 'allocation.reminder', to: pending.user.email } })).toBe(0);
    actAs(organizer);
    expect(await sendRemindersAction({ roundId: round.id })).toEqual({ ok: true, data: { sent: 1 } });
    expect(await sendRemindersAction({ roundId: round.id })).toEqual({ ok: true, data: { sent: 1 } });
    const mails = await db.emailOutbox.findMany({ where: { template: 'allocation.reminder', to: { in: [pending.user.email, ranked.user.email] } } });
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toContain('Ordene sus talleres');
    expect(mails[0].text).toContain(`/es/my/preferences/${round.id}`);
  });
});

describe('role matrix of the staff actions', () => {
  it('refuses anonymous callers (UNAUTHENTICATED) and delegates (NOT_FOUND) writing nothing; both staff roles pass the gate', async () => {
    const { event, a1, organizer, secretariat, delegate } = await setup();
    const round = await createRound(event.id, [a1.id], { phase: 'OPEN' });
    const calls = {
      run: () => runAllocationAction(runInput(round.id)),
      publish: () => publishRunAction({ roundId: round.id, runId: 'none' }),
      remind: () => sendRemindersAction({ roundId: round.id }),
    };
    for (const [who, code] of [[null, 'UNAUTHENTICATED'], [delegate, 'NOT_FOUND']] as const) {
      actAs(who);
      for (const call of Object.values(calls)) expect(await call()).toMatchObject({ ok: false, code });
    }
    expect(await db.auditLog.count({ where: { eventId: event.id } })).toBe(0);
    // Past the gate, each role meets the round's own rules (open round: no run yet; no such run).
    for (const user of [organizer, secretariat]) {
      actAs(user);
      expect(await calls.run()).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
      expect(await calls.publish()).toMatchObject({ ok: false, code: 'NOT_FOUND' });
      expect(await calls.remind()).toEqual({ ok: true, data: { sent: 0 } });
    }
  });
});
