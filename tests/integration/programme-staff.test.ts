import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { deleteRoomAction, deleteSessionAction, saveRoomAction, saveSessionAction, saveTrackAction } from '@/features/programme/actions';
import { interpretationNeeds, listConflicts } from '@/features/programme/data';
import { enrolInSession } from '@/features/enrolment/mutations';
import type { SessionInput } from '@/features/programme/schema';
import { createRoleUsers } from '@tests/factories';
import { createEvent, createRegistration, createRoom, createSession } from '@tests/factories/programme';
import { actAs } from './helpers/session';

function sessionInput(event: { id: string; startDate: Date }, overrides: Partial<SessionInput> = {}): SessionInput {
  return {
    eventId: event.id,
    kind: 'WORKSHOP',
    trackId: '',
    roomId: '',
    title: { fr: 'Finance solidaire', en: '', es: 'Finanzas solidarias', pt: '' },
    description: { fr: '', en: '', es: '', pt: '' },
    date: event.startDate.toISOString().slice(0, 10),
    startTime: '09:00',
    endTime: '10:30',
    capacity: '',
    workingLanguages: ['fr'],
    interpretationLanguages: ['es'],
    eligibility: {},
    speakers: [],
    confirmConflicts: false,
    ...overrides,
  };
}

describe('programme management (organizer, secretariat)', () => {
  it('refuses delegates and anonymous callers, writing nothing', async () => {
    const { delegate } = await createRoleUsers();
    const event = await createEvent();
    for (const who of [null, delegate]) {
      actAs(who);
      const code = who ? 'NOT_FOUND' : 'UNAUTHENTICATED';
      expect(await saveRoomAction({ eventId: event.id, name: 'Salle X', capacity: 10, interpretationBooths: 0 })).toEqual({ ok: false, code });
      expect(await saveTrackAction({ eventId: event.id, name: { fr: 'Piste', en: '', es: '', pt: '' }, color: '#123456' })).toEqual({ ok: false, code });
      expect(await saveSessionAction(sessionInput(event))).toEqual({ ok: false, code });
    }
    expect(await db.room.count({ where: { eventId: event.id } })).toBe(0);
    expect(await db.session.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('creates rooms and sessions in the event time zone, audited; refuses crafted input', async () => {
    const { organizer, secretariat } = await createRoleUsers();
    const event = await createEvent({ timeZone: 'America/Toronto' });
    actAs(organizer);
    const room = await saveRoomAction({ eventId: event.id, name: '  Salle Gorée ', capacity: '40', interpretationBooths: 2, location: '' } as never);
    expect(room.ok).toBe(true);
    expect(await db.room.findFirstOrThrow({ where: { eventId: event.id } })).toMatchObject({ name: 'Salle Gorée', capacity: 40, location: null });
    expect(await saveRoomAction({ eventId: event.id, name: 'Salle Gorée', capacity: 10, interpretationBooths: 0 })).toEqual({ ok: false, code: 'VALIDATION', fieldErrors: { name: ['programme.nameTaken'] } });
    expect(await saveRoomAction({ eventId: event.id, name: 'Salle', capacity: 0, interpretationBooths: 0 })).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { capacity: ['min:1'] } });
    expect(await saveRoomAction({ eventId: event.id, name: 'Salle', capacity: 5, interpretationBooths: 0, admin: true } as never)).toMatchObject({ ok: false, code: 'VALIDATION' });
    const roomId = room.ok ? room.data.id : '';
    actAs(secretariat);
    const saved = await saveSessionAction(sessionInput(event, { roomId, speakers: [{ name: 'Nancy Neamtan', organization: 'Chantier', country: 'ca', role: 'MODERATOR' }] }));
    expect(saved).toMatchObject({ ok: true, data: { saved: true, conflicts: [] } });
    const session = await db.session.findFirstOrThrow({ where: { eventId: event.id }, include: { speakers: true } });
    // 09:00 in Toronto in winter or summer: the instant depends on the date's offset.
    const offsetHours = Number(new Intl.DateTimeFormat('en-US', { timeZone: 'America/Toronto', timeZoneName: 'shortOffset' }).formatToParts(event.startDate).find((p) => p.type === 'timeZoneName')!.value.replace('GMT', ''));
    expect(session.startsAt.toISOString()).toBe(new Date(event.startDate.getTime() + (9 - offsetHours) * 3_600_000).toISOString());
    expect(session.title).toEqual({ fr: 'Finance solidaire', es: 'Finanzas solidarias' });
    expect(session.speakers).toMatchObject([{ name: 'Nancy Neamtan', country: 'CA', role: 'MODERATOR' }]);
    expect(await db.auditLog.count({ where: { entityId: session.id, action: 'session.create', actorId: secretariat.id } })).toBe(1);
    expect(await saveSessionAction(sessionInput(event, { title: { fr: ' ', en: '', es: '', pt: '' } }))).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { 'title.fr': ['programme.oneLanguage'] } });
    expect(await saveSessionAction(sessionInput(event, { endTime: '09:00' }))).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { endTime: ['programme.endAfterStart'] } });
    expect(await saveSessionAction(sessionInput(event, { workingLanguages: [] }))).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await saveSessionAction(sessionInput(event, { eligibility: { continents: ['ATLANTIS'] } as never }))).toMatchObject({ ok: false, code: 'VALIDATION' });
    const otherEvent = await createEvent();
    const foreignRoom = await createRoom(otherEvent.id);
    expect(await saveSessionAction(sessionInput(event, { roomId: foreignRoom.id }))).toEqual({ ok: false, code: 'VALIDATION', fieldErrors: { roomId: ['invalid'] } });
    expect(await saveSessionAction(sessionInput(event, { id: (await createSession(otherEvent)).id }))).toEqual({ ok: false, code: 'NOT_FOUND' });
  });

  it('shows conflicts where they are made and saves only when confirmed', async () => {
    const { organizer } = await createRoleUsers();
    const event = await createEvent();
    const room = await createRoom(event.id, { capacity: 50 });
    actAs(organizer);
    const first = await saveSessionAction(sessionInput(event, { roomId: room.id, speakers: [{ name: 'Aminata Traoré', role: 'SPEAKER' }] }));
    const firstId = first.ok && first.data.saved ? first.data.id : '';
    const clash = sessionInput(event, { roomId: room.id, startTime: '10:00', endTime: '11:00', capacity: 80, speakers: [{ name: 'aminata traore', role: 'SPEAKER' }] });
    const warned = await saveSessionAction(clash);
    expect(warned).toEqual({
      ok: true,
      data: {
        saved: false,
        conflicts: [
          { kind: 'CAPACITY_ABOVE_ROOM', sessionId: '', capacity: 80, roomCapacity: 50 },
          { kind: 'ROOM_DOUBLE_BOOKED', sessionId: '', otherSessionId: firstId },
          { kind: 'SPEAKER_CLASH', sessionId: '', otherSessionId: firstId, speaker: 'aminata traore' },
        ],
      },
    });
    expect(await db.session.count({ where: { eventId: event.id } })).toBe(1);
    // Touching the first one (10:30) is fine; outside the dates is a conflict.
    expect(await saveSessionAction({ ...clash, startTime: '10:30', capacity: '', speakers: [] })).toMatchObject({ ok: true, data: { saved: true, conflicts: [] } });
    const outside = { ...clash, date: '2001-01-01', capacity: '', speakers: [] };
    expect(await saveSessionAction(outside)).toMatchObject({ ok: true, data: { saved: false, conflicts: [{ kind: 'OUTSIDE_EVENT_DATES' }] } });
    const confirmed = await saveSessionAction({ ...clash, confirmConflicts: true });
    expect(confirmed).toMatchObject({ ok: true, data: { saved: true } });
    const { conflicts } = await listConflicts(event);
    expect(conflicts.map((c) => c.kind).sort()).toEqual(['CAPACITY_ABOVE_ROOM', 'ROOM_DOUBLE_BOOKED', 'ROOM_DOUBLE_BOOKED', 'SPEAKER_CLASH']);
  });

  it('raising a capacity seats the wait list in order; deleting refuses what would lose data', async () => {
    const { organizer } = await createRoleUsers();
    const event = await createEvent();
    const room = await createRoom(event.id, { capacity: 1 });
    const session = await createSession(event, { roomId: room.id });
    const people = await Promise.all([0, 1, 2].map(() => createRegistration(event.id, { locale: 'es' })));
    for (const p of people) await enrolInSession(p.registration.id, session.id);
    actAs(organizer);
    expect(await saveRoomAction({ eventId: event.id, id: room.id, name: room.name, capacity: 2, interpretationBooths: 0 })).toMatchObject({ ok: true });
    const rows = await db.sessionEnrollment.findMany({ where: { sessionId: session.id }, orderBy: { createdAt: 'asc' } });
    expect(rows.map((r) => r.status)).toEqual(['ENROLLED', 'ENROLLED', 'WAITLISTED']);
    expect((await db.emailOutbox.findFirstOrThrow({ where: { to: people[1].user.email, template: 'programme.promoted' } })).subject).toContain('Se liberó');
    expect(await deleteRoomAction({ eventId: event.id, id: room.id })).toEqual({ ok: false, code: 'CONFLICT', fieldErrors: { _form: ['programme.roomInUse'] } });
    expect(await deleteSessionAction({ eventId: event.id, id: session.id })).toEqual({ ok: false, code: 'CONFLICT', fieldErrors: { _form: ['programme.sessionHasEnrolments'] } });
    const empty = await createSession(event, { day: 1 });
    expect(await deleteSessionAction({ eventId: event.id, id: empty.id })).toEqual({ ok: true, data: { id: empty.id } });
    expect(await deleteSessionAction({ eventId: (await createEvent()).id, id: session.id })).toEqual({ ok: false, code: 'NOT_FOUND' });
  });

  it('warns before moving a session onto the time of another session its people hold', async () => {
    const { organizer } = await createRoleUsers();
    const event = await createEvent();
    const moving = await createSession(event, { from: 9, to: 10 });
    const other = await createSession(event, { from: 11, to: 12 });
    const both = await Promise.all([0, 1].map(() => createRegistration(event.id)));
    for (const p of both) {
      await enrolInSession(p.registration.id, moving.id);
      await enrolInSession(p.registration.id, other.id);
    }
    actAs(organizer);
    const input = sessionInput(event, { id: moving.id, startTime: '11:30', endTime: '12:30' });
    expect(await saveSessionAction(input)).toEqual({ ok: true, data: { saved: false, conflicts: [{ kind: 'DELEGATES_CLASH', sessionId: moving.id, count: 2 }] } });
    expect(await saveSessionAction({ ...input, startTime: '12:00', endTime: '13:00' })).toMatchObject({ ok: true, data: { saved: true, conflicts: [] } });
  });

  it('counts interpretation needs per session', async () => {
    const event = await createEvent();
    const session = await createSession(event, { workingLanguages: ['fr'], interpretationLanguages: ['en'] });
    const [fr, es, pt] = await Promise.all([
      createRegistration(event.id, { languages: ['fr', 'wo'] }),
      createRegistration(event.id, { languages: ['es'], interpretationNeeds: ['es'] }),
      createRegistration(event.id, { languages: ['pt', 'en'], interpretationNeeds: [] }),
    ]);
    for (const p of [fr, es, pt]) await enrolInSession(p.registration.id, session.id);
    expect((await interpretationNeeds(event.id)).get(session.id)).toEqual([
      { lang: 'en', count: 1 },
      { lang: 'es', count: 1 },
      { lang: 'pt', count: 1 },
    ]);
  });
});
