import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { cancelRegistration, decideRegistrations } from '@/features/registrations/actions';
import { findEventForRegistration, registrationContext } from '@/features/registrations/data';
import { submitRegistration } from '@/features/registrations/mutations';
import { registrationSchema } from '@/features/registrations/schema';
import { actAs } from './helpers/session';
import { createUser } from '../factories';
import { createRegistrationEvent, validValues } from '../factories/registration';

async function createDelegates(n: number) {
  const data = Array.from({ length: n }, (_, i) => ({ email: `cap-${randomUUID().slice(0, 12)}-${i}@test.rencontre.example`, name: `Délégué ${i}`, passwordHash: 'x', emailVerifiedAt: new Date() }));
  await db.user.createMany({ data });
  return db.user.findMany({ where: { email: { in: data.map((d) => d.email) } }, select: { id: true, email: true } });
}

async function registerMany(eventSlug: string, users: { id: string; email: string }[]) {
  const event = (await findEventForRegistration(eventSlug, 'DELEGATE'))!;
  const schema = registrationSchema(registrationContext(event));
  return Promise.all(
    users.map((u) => submitRegistration({ userId: u.id, event, locale: 'fr', answers: schema.parse(validValues({ ...event, feeCategories: event.feeCategories }, { email: u.email })) })),
  );
}

const statusOf = async (id: string) => (await db.registration.findUniqueOrThrow({ where: { id } })).status;

describe('capacity and wait list', () => {
  it('200 concurrent submissions for 50 places: 50 hold a seat, 150 wait, no duplicate reference', async () => {
    const event = await createRegistrationEvent({ capacity: 50 });
    const users = await createDelegates(200);
    const results = await registerMany(event.slug, users);
    const rows = await db.registration.findMany({ where: { eventId: event.id }, select: { status: true, referenceNumber: true, referenceSeq: true } });
    expect(rows).toHaveLength(200);
    expect(rows.filter((r) => r.status === 'SUBMITTED' || r.status === 'APPROVED')).toHaveLength(50);
    expect(rows.filter((r) => r.status === 'WAITLISTED')).toHaveLength(150);
    expect(new Set(rows.map((r) => r.referenceNumber)).size).toBe(200);
    expect(rows.map((r) => r.referenceSeq).sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    // Seats went to the first 50 sequence numbers: the wait list is in arrival order.
    expect(Math.max(...rows.filter((r) => r.status === 'SUBMITTED').map((r) => r.referenceSeq))).toBe(50);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).seatsTaken).toBe(50);
    expect(results.every((r) => r.created)).toBe(true);
    expect(await db.emailOutbox.count({ where: { template: 'registration.waitlisted', to: { in: users.map((u) => u.email) } } })).toBe(150);
  });

  it('cancellations promote the wait list in reference order, one seat each, atomically', async () => {
    const event = await createRegistrationEvent({ capacity: 2, requiresApproval: false });
    const users = await createDelegates(5);
    const results = [];
    for (const u of users) results.push((await registerMany(event.slug, [u]))[0]!);
    expect(results.map((r) => r.status)).toEqual(['APPROVED', 'APPROVED', 'WAITLISTED', 'WAITLISTED', 'WAITLISTED']);
    // The 4th cancels while waiting: no seat moves.
    actAs(users[3]!);
    expect((await cancelRegistration({ registrationId: results[3]!.id })).ok).toBe(true);
    // The 2nd and the 1st cancel at the same time: the 3rd then the 5th are promoted.
    actAs(users[1]!);
    const a = cancelRegistration({ registrationId: results[1]!.id });
    actAs(users[0]!);
    const b = cancelRegistration({ registrationId: results[0]!.id });
    expect((await Promise.all([a, b])).every((r) => r.ok)).toBe(true);
    expect(await Promise.all(results.map((r) => statusOf(r.id)))).toEqual(['CANCELLED', 'CANCELLED', 'APPROVED', 'CANCELLED', 'APPROVED']);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).seatsTaken).toBe(2);
    expect(await db.emailOutbox.count({ where: { template: 'registration.promoted', to: { in: users.map((u) => u.email) } } })).toBe(2);
  });

  it('moving to the wait list frees a seat and promotes nobody; the next release promotes in reference order, the person moved first', async () => {
    const event = await createRegistrationEvent({ capacity: 2 });
    const secretariat = await createUser({ role: 'SECRETARIAT' });
    const users = await createDelegates(4);
    const results = [];
    for (const u of users) results.push((await registerMany(event.slug, [u]))[0]!);
    expect(results.map((r) => r.status)).toEqual(['SUBMITTED', 'SUBMITTED', 'WAITLISTED', 'WAITLISTED']);
    actAs(secretariat);
    expect(await decideRegistrations({ registrationIds: [results[0]!.id], decision: 'WAITLIST' })).toMatchObject({ ok: true, data: { done: 1 } });
    // Nobody promoted: #3 and #4 still wait, a seat is free.
    expect(await Promise.all(results.map((r) => statusOf(r.id)))).toEqual(['WAITLISTED', 'SUBMITTED', 'WAITLISTED', 'WAITLISTED']);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).seatsTaken).toBe(1);
    // The seat is free again: a newcomer may take it (first come, first served).
    const [late] = await createDelegates(1);
    const [lateResult] = await registerMany(event.slug, [late!]);
    expect(lateResult!.status).toBe('SUBMITTED');
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).seatsTaken).toBe(2);
    // Rejecting #2 releases a seat: it goes to #1, first by reference (the person moved), not to #3.
    expect(await decideRegistrations({ registrationIds: [results[1]!.id], decision: 'REJECT', reason: 'Doublon' })).toMatchObject({ ok: true });
    expect(await Promise.all(results.map((r) => statusOf(r.id)))).toEqual(['SUBMITTED', 'REJECTED', 'WAITLISTED', 'WAITLISTED']);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).seatsTaken).toBe(2);
    // Approving from a full wait list is refused (CAPACITY_FULL), nothing changes.
    expect(await decideRegistrations({ registrationIds: [results[3]!.id], decision: 'APPROVE' })).toMatchObject({ ok: true, data: { done: 0, capacityFull: 1 } });
    expect(await statusOf(results[3]!.id)).toBe('WAITLISTED');
    // Bulk approve: #1 and the newcomer hold seats and are approved; #3 is refused (no seat).
    expect(await decideRegistrations({ registrationIds: [results[0]!.id, lateResult!.id, results[2]!.id], decision: 'APPROVE' })).toMatchObject({ ok: true, data: { done: 2, skipped: 1, capacityFull: 1 } });
  });
});
