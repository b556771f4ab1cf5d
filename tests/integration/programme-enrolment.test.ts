import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { cancelEnrolmentAction } from '@/features/enrolment/actions';
import { POST as enrolRoute } from '@/app/api/sessions/[id]/enrolment/route';
import { commandRequest, enrol } from './helpers/commands';
import { listAgenda, ownEnrolmentsBySession } from '@/features/enrolment/data';
import { createUser } from '@tests/factories';
import { createEvent, createRegistration, createRoom, createSession } from '@tests/factories/programme';
import { actAs } from './helpers/session';

async function setup() {
  const event = await createEvent();
  const room = await createRoom(event.id, { capacity: 2 });
  return { event, room };
}

describe('enrol / cancelEnrolmentAction', () => {
  it('enrols, wait-lists with a rank, refuses overlaps naming the clash, allows touching sessions', async () => {
    const { event, room } = await setup();
    const a = await createSession(event, { roomId: room.id, from: 9, to: 11 });
    const overlapping = await createSession(event, { from: 10, to: 12 });
    const touching = await createSession(event, { from: 11, to: 12 });
    const { user } = await createRegistration(event.id);
    actAs(user);
    expect(await enrol({ sessionId: a.id })).toEqual({ ok: true, data: { status: 'ENROLLED' } });
    // Double submit: nothing twice.
    expect(await enrol({ sessionId: a.id })).toEqual({ ok: true, data: { status: 'ENROLLED' } });
    expect(await db.sessionEnrollment.count({ where: { sessionId: a.id } })).toBe(1);
    expect((await db.session.findUniqueOrThrow({ where: { id: a.id } })).enrolledCount).toBe(1);
    expect(await enrol({ sessionId: overlapping.id, locale: 'en' })).toEqual({ ok: false, code: 'CONFLICT', fieldErrors: { clash: [a.id], clashTitle: [(a.title as { en: string }).en] } });
    expect(await db.sessionEnrollment.count({ where: { sessionId: overlapping.id } })).toBe(0);
    expect(await enrol({ sessionId: touching.id })).toEqual({ ok: true, data: { status: 'ENROLLED' } });
  });

  it('enrols in the session named by the path, not one named in the body; refuses another site', async () => {
    const { event, room } = await setup();
    const named = await createSession(event, { roomId: room.id, from: 9, to: 10 });
    const smuggled = await createSession(event, { from: 13, to: 14 });
    const { user } = await createRegistration(event.id);
    actAs(user);
    const post = (headers: Record<string, string> = {}) =>
      enrolRoute(commandRequest(`/api/sessions/${named.id}/enrolment`, { sessionId: smuggled.id }, headers), { params: Promise.resolve({ id: named.id }) });
    expect((await post({ origin: 'https://evil.example' })).status).toBe(403);
    expect(await db.sessionEnrollment.count({ where: { registration: { userId: user.id } } })).toBe(0);
    const res = await post();
    expect([res.status, await res.json()]).toEqual([200, { ok: true, data: { status: 'ENROLLED' } }]);
    expect(await db.sessionEnrollment.findMany({ where: { registration: { userId: user.id } }, select: { sessionId: true } })).toEqual([{ sessionId: named.id }]);
  });

  it('a wait-list place holds the slot too (promotion must never double-book), and ranks move up', async () => {
    const { event, room } = await setup();
    const full = await createSession(event, { roomId: room.id, from: 14, to: 16 });
    const parallel = await createSession(event, { from: 15, to: 16 });
    const people = await Promise.all([0, 1, 2, 3, 4].map(() => createRegistration(event.id)));
    for (const p of people) {
      actAs(p.user);
      await enrol({ sessionId: full.id });
    }
    actAs(people[3].user);
    expect(await enrol({ sessionId: full.id })).toEqual({ ok: true, data: { status: 'WAITLISTED', position: 2, rank: 2 } });
    expect(await enrol({ sessionId: parallel.id })).toMatchObject({ ok: false, code: 'CONFLICT', fieldErrors: { clash: [full.id] } });
    // The first in line leaves the wait list: the next is now 1st, position unchanged.
    actAs(people[2].user);
    expect(await cancelEnrolmentAction({ sessionId: full.id })).toEqual({ ok: true, data: { cancelled: 'WAITLISTED' } });
    const mine = await ownEnrolmentsBySession(people[3].registration.id);
    expect(mine.get(full.id)).toEqual({ status: 'WAITLISTED', rank: 1 });
    // An enrolled person cancels: people[3] is promoted and e-mailed in their language.
    actAs(people[0].user);
    expect(await cancelEnrolmentAction({ sessionId: full.id })).toEqual({ ok: true, data: { cancelled: 'ENROLLED' } });
    expect((await ownEnrolmentsBySession(people[3].registration.id)).get(full.id)).toEqual({ status: 'ENROLLED', rank: null });
    expect((await ownEnrolmentsBySession(people[4].registration.id)).get(full.id)).toEqual({ status: 'WAITLISTED', rank: 1 });
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: people[3].user.email, template: 'programme.promoted' } });
    expect(mail.subject).toContain('Une place');
    expect(mail.text).toContain(`/fr/my/agenda/${event.slug}`);
    const s = await db.session.findUniqueOrThrow({ where: { id: full.id } });
    expect(s.enrolledCount).toBe(2);
    // Cancelling twice changes nothing; the person can enrol again later (at the back of the line).
    expect(await cancelEnrolmentAction({ sessionId: full.id })).toEqual({ ok: true, data: { cancelled: null } });
    expect(await enrol({ sessionId: full.id })).toEqual({ ok: true, data: { status: 'WAITLISTED', position: 4, rank: 2 } });
    expect((await listAgenda(people[0].registration.id)).map((r) => [r.session.id, r.status, r.rank])).toEqual([[full.id, 'WAITLISTED', 2]]);
  });

  it('enforces eligibility and registration status on the server', async () => {
    const { event } = await setup();
    const africa = await createSession(event, { kind: 'CONTINENTAL', eligibility: { continents: ['AFRICA'] } });
    const women = await createSession(event, { kind: 'CAUCUS', day: 1, eligibility: { genders: ['FEMALE'] } });
    const canadian = await createRegistration(event.id, { country: 'CA', continent: 'AMERICAS', gender: 'MALE' });
    actAs(canadian.user);
    expect(await enrol({ sessionId: africa.id })).toEqual({ ok: false, code: 'FORBIDDEN', fieldErrors: { reason: ['NOT_ELIGIBLE'] } });
    expect(await enrol({ sessionId: women.id })).toEqual({ ok: false, code: 'FORBIDDEN', fieldErrors: { reason: ['NOT_ELIGIBLE'] } });
    expect(await db.sessionEnrollment.count({ where: { registrationId: canadian.registration.id } })).toBe(0);
    const senegalese = await createRegistration(event.id);
    actAs(senegalese.user);
    expect(await enrol({ sessionId: africa.id })).toMatchObject({ ok: true });
    expect(await enrol({ sessionId: women.id })).toMatchObject({ ok: true });
    for (const status of ['REJECTED', 'CANCELLED', 'WAITLISTED'] as const) {
      const other = await createRegistration(event.id, { status });
      actAs(other.user);
      expect(await enrol({ sessionId: africa.id })).toEqual({ ok: false, code: 'FORBIDDEN', fieldErrors: { reason: ['NO_REGISTRATION'] } });
    }
    const submitted = await createRegistration(event.id, { status: 'SUBMITTED' });
    actAs(submitted.user);
    expect(await enrol({ sessionId: africa.id })).toMatchObject({ ok: true, data: { status: 'ENROLLED' } });
  });

  it('refuses anonymous callers, people not registered, past sessions, other events and crafted input', async () => {
    const { event } = await setup();
    const session = await createSession(event);
    actAs(null);
    expect(await enrol({ sessionId: session.id })).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    actAs(await createUser());
    expect(await enrol({ sessionId: session.id })).toEqual({ ok: false, code: 'FORBIDDEN', fieldErrors: { reason: ['NO_REGISTRATION'] } });
    // Registered to another event only.
    const other = await createEvent();
    const stranger = await createRegistration(other.id);
    actAs(stranger.user);
    expect(await enrol({ sessionId: session.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await cancelEnrolmentAction({ sessionId: session.id })).toEqual({ ok: false, code: 'NOT_FOUND' });
    const { user, registration } = await createRegistration(event.id);
    actAs(user);
    expect(await enrol({ sessionId: 'nope' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await enrol({ sessionId: session.id, registrationId: stranger.registration.id } as never)).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await enrol({ sessionId: 42 } as never)).toMatchObject({ ok: false, code: 'VALIDATION' });
    const past = await db.session.create({ data: { eventId: event.id, kind: 'WORKSHOP', title: { fr: 'Passée' }, startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() + 3_600_000), workingLanguages: ['fr'] } });
    expect(await enrol({ sessionId: past.id })).toEqual({ ok: false, code: 'DEADLINE_PASSED' });
    expect(await db.sessionEnrollment.count({ where: { registrationId: registration.id } })).toBe(0);
    // A cancellation only ever touches the caller's own enrolment.
    actAs(stranger.user);
    const mine = await createRegistration(event.id);
    actAs(mine.user);
    await enrol({ sessionId: session.id });
    actAs(user);
    expect(await cancelEnrolmentAction({ sessionId: session.id })).toEqual({ ok: true, data: { cancelled: null } });
    expect((await db.sessionEnrollment.findFirstOrThrow({ where: { registrationId: mine.registration.id } })).status).toBe('ENROLLED');
  });

  it('follows the room capacity when the session has none, and unlimited without a room', async () => {
    const { event, room } = await setup();
    const inRoom = await createSession(event, { roomId: room.id, day: 2, from: 8, to: 9 });
    const open = await createSession(event, { day: 2, from: 9, to: 10 });
    const people = await Promise.all([0, 1, 2].map(() => createRegistration(event.id)));
    const results = [];
    for (const p of people) {
      actAs(p.user);
      results.push(await enrol({ sessionId: inRoom.id }), await enrol({ sessionId: open.id }));
    }
    expect(results.map((r) => (r.ok ? r.data.status : r.code))).toEqual(['ENROLLED', 'ENROLLED', 'ENROLLED', 'ENROLLED', 'WAITLISTED', 'ENROLLED']);
  });
});
