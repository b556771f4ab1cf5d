// Capacity under a burst: 500 delegates enrol in a 30-seat workshop at the same moment.
// Runs on PGlite (default) and PostgreSQL (TEST_DB=postgres).
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { db, dbKind } from '@/lib/db';
import { cancelEnrolment, enrolInSession } from '@/features/enrolment/mutations';
import { createEvent, createRegistrations, createRoom, createSession } from '@tests/factories/programme';

const SEATS = 30;
const PEOPLE = 500;

/**
 * The control: what a naive implementation would do — read the count, decide, then
 * write — inside a transaction, with a little work between read and write. Kept here
 * to prove that the workload below catches overbooking when the check is not atomic.
 */
async function naiveEnrol(registrationId: string, sessionId: string, { inTransaction }: { inTransaction: boolean }) {
  const work = async (client: Pick<typeof db, 'session' | 'sessionEnrollment'>) => {
    const session = await client.session.findUniqueOrThrow({ where: { id: sessionId }, select: { enrolledCount: true, capacity: true } });
    await sleep(2);
    if (session.enrolledCount < (session.capacity ?? Infinity)) {
      await client.session.update({ where: { id: sessionId }, data: { enrolledCount: { increment: 1 } } });
      await client.sessionEnrollment.create({ data: { sessionId, registrationId, status: 'ENROLLED' } });
    }
  };
  if (inTransaction) await db.$transaction((tx) => work(tx), { maxWait: 60_000, timeout: 30_000 });
  else await work(db);
}

async function workload(capacity: number) {
  const event = await createEvent();
  const room = await createRoom(event.id, { capacity: 1000 });
  const session = await createSession(event, { roomId: room.id, capacity });
  const people = await createRegistrations(event.id, PEOPLE);
  return { event, session, people };
}

describe(`enrolment burst on ${dbKind()}`, () => {
  it('500 concurrent enrolments for 30 seats: exactly 30 enrolled, 470 waiting at 1..470; 10 cancellations promote the first 10 in order', async () => {
    const { session, people } = await workload(SEATS);
    const outcomes = await Promise.all(people.map((p) => enrolInSession(p.registration.id, session.id)));

    expect(outcomes.filter((o) => o.status === 'ENROLLED')).toHaveLength(SEATS);
    const rows = await db.sessionEnrollment.findMany({ where: { sessionId: session.id } });
    expect(rows.filter((r) => r.status === 'ENROLLED')).toHaveLength(SEATS);
    const waiting = rows.filter((r) => r.status === 'WAITLISTED').map((r) => r.waitlistPosition!).sort((a, b) => a - b);
    expect(waiting).toEqual(Array.from({ length: PEOPLE - SEATS }, (_, i) => i + 1));
    const after = await db.session.findUniqueOrThrow({ where: { id: session.id } });
    expect(after.enrolledCount).toBe(SEATS);
    expect(after.waitlistCounter).toBe(PEOPLE - SEATS);
    // Each caller was told its own place.
    const told = outcomes.flatMap((o) => (o.status === 'WAITLISTED' ? [o.position] : [])).sort((a, b) => a - b);
    expect(told).toEqual(waiting);

    // 10 enrolled delegates cancel at the same moment.
    const enrolledIds = rows.filter((r) => r.status === 'ENROLLED').slice(0, 10).map((r) => r.registrationId);
    const firstTen = rows.filter((r) => r.status === 'WAITLISTED' && r.waitlistPosition! <= 10).sort((a, b) => a.waitlistPosition! - b.waitlistPosition!);
    const cancels = await Promise.all(enrolledIds.map((id) => cancelEnrolment(id, session.id)));
    expect(cancels.every((c) => c.cancelled === 'ENROLLED' && c.promotedRegistrationIds.length === 1)).toBe(true);
    expect(new Set(cancels.flatMap((c) => c.promotedRegistrationIds))).toEqual(new Set(firstTen.map((r) => r.registrationId)));

    const final = await db.sessionEnrollment.findMany({ where: { sessionId: session.id } });
    expect(final.filter((r) => r.status === 'ENROLLED')).toHaveLength(SEATS);
    expect(final.filter((r) => r.status === 'CANCELLED').map((r) => r.registrationId).sort()).toEqual([...enrolledIds].sort());
    const promoted = final.filter((r) => r.promotedAt !== null);
    expect(promoted.map((r) => r.registrationId).sort()).toEqual(firstTen.map((r) => r.registrationId).sort());
    expect(promoted.every((r) => r.status === 'ENROLLED' && r.waitlistPosition === null)).toBe(true);
    // In order: a lower position was never promoted after a higher one.
    const byPosition = new Map(firstTen.map((r) => [r.registrationId, r.waitlistPosition!]));
    const promotionOrder = [...promoted].sort((a, b) => a.promotedAt!.getTime() - b.promotedAt!.getTime() || byPosition.get(a.registrationId)! - byPosition.get(b.registrationId)!);
    expect(promotionOrder.map((r) => byPosition.get(r.registrationId))).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    expect(final.filter((r) => r.status === 'WAITLISTED').map((r) => r.waitlistPosition).sort((a, b) => a! - b!)).toEqual(Array.from({ length: PEOPLE - SEATS - 10 }, (_, i) => i + 11));
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).enrolledCount).toBe(SEATS);
    // Each promoted delegate is told by e-mail.
    const regs = await db.registration.findMany({ where: { id: { in: firstTen.map((r) => r.registrationId) } }, select: { email: true } });
    expect(await db.emailOutbox.count({ where: { template: 'programme.promoted', to: { in: regs.map((r) => r.email) } } })).toBe(10);
  });

  it('control: the same burst through a naive read-then-write implementation overbooks (so the test above can fail)', async () => {
    const { session, people } = await workload(SEATS);
    if (dbKind() === 'postgres') {
      // Real connections run the transactions side by side: reads see stale counts.
      await Promise.all(people.map((p) => naiveEnrol(p.registration.id, session.id, { inTransaction: true })));
      const enrolled = await db.sessionEnrollment.count({ where: { sessionId: session.id, status: 'ENROLLED' } });
      expect(enrolled).toBeGreaterThan(SEATS);
    } else {
      // PGlite has one connection: whole transactions are serialised, so even the naive
      // transaction cannot overbook there — that is the honest result, asserted as such.
      await Promise.all(people.slice(0, 100).map((p) => naiveEnrol(p.registration.id, session.id, { inTransaction: true })));
      expect(await db.sessionEnrollment.count({ where: { sessionId: session.id, status: 'ENROLLED' } })).toBe(SEATS);
      // Without a transaction, its statements interleave even on PGlite and it overbooks.
      const second = await createSession({ id: session.eventId, startDate: (await db.event.findUniqueOrThrow({ where: { id: session.eventId } })).startDate }, { capacity: SEATS, day: 1 });
      await Promise.all(people.map((p) => naiveEnrol(p.registration.id, second.id, { inTransaction: false })));
      expect(await db.sessionEnrollment.count({ where: { sessionId: second.id, status: 'ENROLLED' } })).toBeGreaterThan(SEATS);
    }
  });
});
