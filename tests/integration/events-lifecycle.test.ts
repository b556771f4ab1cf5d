import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createEvent, setEventStatus, updateEvent } from '@/features/events/actions';
import { findVisibleEvent } from '@/features/events/data';
import { eventFormValues } from '@/features/events/form-values';
import type { EventFormInput } from '@/features/events/schema';
import { saveFeeCategory } from '@/features/event-settings/actions';
import { saveRoomAction } from '@/features/programme/actions';
import { cancelRegistration, saveRegistrationDraft } from '@/features/registrations/actions';
import { submitRegistration } from './helpers/commands';
import { setDelegationQuota } from '@/features/delegations/actions';
import { checkInAction } from '@/features/checkin/actions';
import { enrol } from './helpers/commands';
import { actAs } from './helpers/session';
import { createRoleUsers, createUser } from '../factories';
import { createRegistrationEvent, validValues } from '../factories/registration';
import { createRegistration, createRoom, createSession } from '../factories/programme';
import { createDelegation } from '../factories/delegations';
import { createMoneyEvent, createOwingRegistration, key, today } from '../factories/money';
import { recordPaymentAction, saveMoneySettingsAction } from '@/features/money/actions';
import { sendMessageAction } from '@/features/announcements/actions';
import { issueVisaLetters } from '@/features/visa-letters/actions';

const blank = { fr: '', en: '', es: '', pt: '' };

function form(over: Partial<EventFormInput> = {}): EventFormInput {
  const suffix = randomUUID().replace(/-/g, '').slice(0, 8);
  return {
    slug: `quebec-${suffix}`, code: `QC${suffix.toUpperCase().slice(0, 6)}`,
    title: { fr: 'Rencontre de Québec 2027', en: 'Québec 2027 gathering', es: 'Encuentro de Quebec 2027', pt: 'Encontro do Quebec 2027' },
    description: { ...blank, fr: 'La prochaine rencontre.' },
    city: 'Québec', country: 'CA', timeZone: 'America/Toronto', startDate: '2027-10-12', endDate: '2027-10-15',
    opensAt: '2026-12-01T09:00', closesAt: '2027-09-01T23:59', capacity: '800', languages: ['fr', 'en', 'es', 'pt'],
    requiresApproval: true, participantTypes: ['DELEGATE', 'SPEAKER'], currency: 'cad', copyFromId: '',
    ...over,
  };
}

const auditCount = (entityId: string, action: string) => db.auditLog.count({ where: { entityId, action } });

describe('creating events (secretariat)', () => {
  it('refuses every other role with nothing written; the secretariat creates a DRAFT, audited, times in the event zone', async () => {
    const { delegate, organizer, secretariat } = await createRoleUsers();
    const input = form();
    for (const actor of [delegate, organizer, null]) {
      actAs(actor);
      expect(await createEvent(input)).toMatchObject({ ok: false, code: actor ? 'NOT_FOUND' : 'UNAUTHENTICATED' });
    }
    expect(await db.event.count({ where: { slug: input.slug } })).toBe(0);
    actAs(secretariat);
    const created = await createEvent(input);
    expect(created).toMatchObject({ ok: true, data: { slug: input.slug } });
    const event = await db.event.findUniqueOrThrow({ where: { slug: input.slug } });
    expect(event).toMatchObject({ status: 'DRAFT', code: input.code, currency: 'CAD', capacity: 800, participantTypes: ['DELEGATE', 'SPEAKER'] });
    expect(event.registrationOpensAt.toISOString()).toBe('2026-12-01T14:00:00.000Z'); // 09:00 in Toronto (EST)
    expect(event.startDate.toISOString().slice(0, 10)).toBe('2027-10-12');
    expect(await db.auditLog.count({ where: { entityId: event.id, action: 'event.create', actorId: secretariat.id } })).toBe(1);
  });

  it('refuses at the field: taken slug and code, end before start, closes before opens, unknown zone, missing title', async () => {
    const secretariat = await createUser({ role: 'SECRETARIAT' });
    actAs(secretariat);
    const first = form();
    expect((await createEvent(first)).ok).toBe(true);
    expect(await createEvent(form({ slug: first.slug, code: first.code }))).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { slug: ['events.slugTaken'], code: ['events.codeTaken'] } });
    const bad = await createEvent(form({ endDate: '2027-10-01', closesAt: '2026-11-01T00:00', timeZone: 'Mars/Olympus', title: { ...blank, fr: 'Seulement en français' } }));
    expect(bad).toMatchObject({ ok: false, code: 'VALIDATION' });
    const errors = (bad as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(errors.endDate).toEqual(['events.endBeforeStart']);
    expect(errors.closesAt).toEqual(['closesBeforeOpens']);
    expect(errors.timeZone).toEqual(['events.timeZone']);
    expect(errors['title.en']).toEqual(['events.titleRequired']);
    expect(await createEvent(form({ slug: 'Not a slug!' }))).toMatchObject({ ok: false, fieldErrors: { slug: ['events.slug'] } });
  });

  it('"start from an earlier rencontre" copies settings and never people', async () => {
    const source = await createRegistrationEvent();
    await db.event.update({ where: { id: source.id }, data: { privacyNotice: { fr: 'Notice de Dakar' }, privacyNoticeVersion: 'DKR-3' } });
    const room = await createRoom(source.id, { name: 'Salle Gorée', capacity: 40 });
    await db.track.create({ data: { eventId: source.id, name: { fr: 'Finance solidaire' }, color: '#123456' } });
    const { user } = await createRegistration(source.id);
    await createDelegation({ eventId: source.id, headId: user.id, name: 'Délégation du Mali' });
    await createSession(source, { roomId: room.id });
    await db.visaLetterSettings.create({ data: { eventId: source.id, templates: { fr: 'Nous invitons {name}.' }, signatoryName: 'Awa Diop', signatoryTitle: 'Coordinatrice', letterCounter: 42 } });
    const secretariat = await createUser({ role: 'SECRETARIAT' });
    actAs(secretariat);
    const input = form({ copyFromId: source.id });
    const result = await createEvent(input);
    expect(result.ok).toBe(true);
    const copy = await db.event.findUniqueOrThrow({
      where: { slug: input.slug },
      include: { rooms: true, tracks: true, feeCategories: true, questions: true, _count: { select: { registrations: true, delegations: true, sessions: true, drafts: true } } },
    });
    expect(copy.rooms.map((r) => [r.name, r.capacity])).toEqual([['Salle Gorée', 40]]);
    expect(copy.tracks.map((t) => t.name)).toEqual([{ fr: 'Finance solidaire' }]);
    expect(copy.feeCategories.map((f) => f.code).sort()).toEqual(['NORTH', 'SOUTH']);
    expect(copy.questions.map((q) => q.key).sort()).toEqual(['first_rencontre', 'heard_from', 'heard_from_other']);
    expect(copy.questions.find((q) => q.key === 'heard_from_other')).toMatchObject({ showIfKey: 'heard_from', showIfValue: 'other' });
    expect(copy).toMatchObject({ privacyNotice: { fr: 'Notice de Dakar' }, privacyNoticeVersion: 'DKR-3', status: 'DRAFT', seatsTaken: 0, referenceCounter: 0 });
    expect(copy._count).toEqual({ registrations: 0, delegations: 0, sessions: 0, drafts: 0 });
    // The letter template comes along; the letter numbering starts again.
    expect(await db.visaLetterSettings.findUnique({ where: { eventId: copy.id } })).toMatchObject({ templates: { fr: 'Nous invitons {name}.' }, signatoryName: 'Awa Diop', letterCounter: 0 });
    // The source is untouched.
    expect(await db.registration.count({ where: { eventId: source.id } })).toBe(1);
  });
});

describe('editing events and their status', () => {
  it('edits are audited; slug locked once opened, code once someone registered; capacity not below seats', async () => {
    const { organizer, secretariat } = await createRoleUsers();
    actAs(secretariat);
    const input = form();
    await createEvent(input);
    const stored = await db.event.findUniqueOrThrow({ where: { slug: input.slug } });
    const values = eventFormValues({ ...stored, languages: stored.languages });
    actAs(organizer);
    expect(await updateEvent({ ...values, city: 'Montréal' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    actAs(secretariat);
    expect(await updateEvent({ ...values, city: 'Lévis' })).toMatchObject({ ok: true });
    expect((await db.event.findUniqueOrThrow({ where: { id: stored.id } })).city).toBe('Lévis');
    expect(await auditCount(stored.id, 'event.update')).toBe(1);
    expect(await setEventStatus({ eventId: stored.id, status: 'OPEN' })).toMatchObject({ ok: true, data: { from: 'DRAFT', to: 'OPEN' } });
    await createRegistration(stored.id);
    await db.event.update({ where: { id: stored.id }, data: { referenceCounter: 1, seatsTaken: 1 } });
    const locked = await updateEvent({ ...values, city: 'Lévis', slug: `${values.slug}-x`, code: `${values.code}X`.slice(0, 12), capacity: '0' });
    expect(locked).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { slug: ['events.slugLocked'], code: ['events.codeLocked'], capacity: ['capacityBelowTaken'] } });
  });

  it('DRAFT → OPEN → CLOSED → ARCHIVED; archived is final; back to draft only while empty; others refused', async () => {
    const { delegate, organizer, secretariat } = await createRoleUsers();
    const event = await createRegistrationEvent({ status: 'DRAFT' });
    for (const actor of [delegate, organizer]) {
      actAs(actor);
      expect(await setEventStatus({ eventId: event.id, status: 'OPEN' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).status).toBe('DRAFT');
    actAs(secretariat);
    expect(await setEventStatus({ eventId: event.id, status: 'CLOSED' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect((await setEventStatus({ eventId: event.id, status: 'OPEN' })).ok).toBe(true);
    await createRegistration(event.id);
    expect(await setEventStatus({ eventId: event.id, status: 'DRAFT' })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect((await setEventStatus({ eventId: event.id, status: 'CLOSED' })).ok).toBe(true);
    expect((await setEventStatus({ eventId: event.id, status: 'ARCHIVED' })).ok).toBe(true);
    expect(await setEventStatus({ eventId: event.id, status: 'OPEN' })).toMatchObject({ ok: false, code: 'EVENT_ARCHIVED' });
    expect(await auditCount(event.id, 'event.status')).toBe(3);
  });
});

describe('status rules everywhere', () => {
  it('a DRAFT is invisible to the public and to delegates, and refuses their actions', async () => {
    const event = await createRegistrationEvent({ status: 'DRAFT' });
    expect(await findVisibleEvent(event.slug, null)).toBeNull();
    expect(await findVisibleEvent(event.slug, 'DELEGATE')).toBeNull();
    expect(await findVisibleEvent(event.slug, 'ORGANIZER')).not.toBeNull();
    const delegate = await createUser();
    actAs(delegate);
    expect(await submitRegistration({ slug: event.slug, values: validValues(event, { email: delegate.email }), locale: 'fr' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await saveRegistrationDraft({ slug: event.slug, step: 'identity', values: { firstName: 'Awa' } })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(0);
    expect(await db.registrationDraft.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('a CLOSED event refuses new registrations', async () => {
    const event = await createRegistrationEvent({ status: 'CLOSED' });
    const delegate = await createUser();
    actAs(delegate);
    expect(await submitRegistration({ slug: event.slug, values: validValues(event, { email: delegate.email }), locale: 'fr' })).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(0);
  });

  it('an ARCHIVED event refuses every change: settings, programme, delegations, check-in, enrolment, own registration', async () => {
    const event = await createRegistrationEvent();
    const room = await createRoom(event.id, { name: 'Salle' });
    const session = await createSession(event, { roomId: room.id });
    const { user, registration } = await createRegistration(event.id);
    const delegation = await createDelegation({ eventId: event.id, headId: user.id, quota: 5 });
    await db.event.update({ where: { id: event.id }, data: { status: 'ARCHIVED' } });
    const { organizer, secretariat } = await createRoleUsers();
    const before = await db.auditLog.count({ where: { eventId: event.id } });
    actAs(secretariat);
    expect(await saveFeeCategory({ eventId: event.id, code: 'NEW', label: { ...blank, fr: 'Nouveau' }, amount: '1', currency: 'XOF', active: true })).toMatchObject({ ok: false, code: 'EVENT_ARCHIVED' });
    expect(await setDelegationQuota({ delegationId: delegation.id, quota: 9 })).toMatchObject({ ok: false, code: 'EVENT_ARCHIVED' });
    const stored = await db.event.findUniqueOrThrow({ where: { id: event.id } });
    expect(await updateEvent({ ...eventFormValues({ ...stored, languages: stored.languages }), city: 'Thiès', title: { fr: 'T', en: 'T', es: 'T', pt: 'T' } })).toMatchObject({ ok: false, code: 'EVENT_ARCHIVED' });
    actAs(organizer);
    expect(await saveRoomAction({ eventId: event.id, name: 'Salle B', capacity: 10, interpretationBooths: 0 })).toMatchObject({ ok: false, code: 'EVENT_ARCHIVED' });
    expect(await checkInAction({ eventSlug: event.slug, registrationId: registration.id })).toMatchObject({ ok: false });
    actAs(user);
    expect(await enrol({ sessionId: session.id })).toMatchObject({ ok: false, code: 'EVENT_ARCHIVED' });
    expect(await cancelRegistration({ registrationId: registration.id })).toMatchObject({ ok: false });
    expect(await db.feeCategory.count({ where: { eventId: event.id, code: 'NEW' } })).toBe(0);
    expect(await db.room.count({ where: { eventId: event.id } })).toBe(1);
    expect((await db.delegation.findUniqueOrThrow({ where: { id: delegation.id } })).quota).toBe(5);
    expect(await db.registration.findUniqueOrThrow({ where: { id: registration.id } })).toMatchObject({ status: 'APPROVED', checkedInAt: null });
    expect(await db.sessionEnrollment.count({ where: { sessionId: session.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { eventId: event.id } })).toBe(before);
  });

  it('an ARCHIVED event refuses payments, money settings, messages and visa letters too', async () => {
    const { event, fee } = await createMoneyEvent(50_000);
    const { registration } = await createOwingRegistration(event.id, fee.id, { visaLetterRequested: true, nationality: 'SN' });
    await db.event.update({ where: { id: event.id }, data: { status: 'ARCHIVED' } });
    const { secretariat } = await createRoleUsers();
    const before = await db.auditLog.count({ where: { eventId: event.id } });
    actAs(secretariat);
    expect(await recordPaymentAction({ registrationId: registration.id, amount: '20000', currency: 'XOF', method: 'CASH', paidOn: today(), idempotencyKey: key() })).toMatchObject({ ok: false, code: 'EVENT_ARCHIVED' });
    expect(await saveMoneySettingsAction({ eventId: event.id, legalDetails: 'GESQ', paymentInstructions: { fr: 'Virement' } })).toMatchObject({ ok: false, code: 'EVENT_ARCHIVED' });
    const message = { fr: 'Bonjour {givenName}', en: '', es: '', pt: '' };
    expect(await sendMessageAction({ eventId: event.id, filter: {}, kind: 'ANNOUNCEMENT', subject: message, body: message, idempotencyKey: key() })).toMatchObject({ ok: false, code: 'EVENT_ARCHIVED' });
    expect(await issueVisaLetters({ eventId: event.id, registrationIds: [registration.id] })).toMatchObject({ ok: false, code: 'EVENT_ARCHIVED' });
    expect(await db.paymentEntry.count({ where: { registrationId: registration.id } })).toBe(0);
    expect(await db.announcement.count({ where: { eventId: event.id } })).toBe(0);
    expect(await db.visaLetter.count({ where: { eventId: event.id } })).toBe(0);
    expect(await db.auditLog.count({ where: { eventId: event.id } })).toBe(before);
  });
});
