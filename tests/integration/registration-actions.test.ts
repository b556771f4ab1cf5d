import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { cancelRegistration, decideRegistrations, saveRegistrationDraft, updateRegistration } from '@/features/registrations/actions';
import { submitRegistration } from './helpers/commands';
import { findRegistrationForStaff, listRegistrationsForStaff } from '@/features/registrations/data';
import { actAs } from './helpers/session';
import { createRoleUsers, createUser } from '../factories';
import { createRegistrationEvent, validValues } from '../factories/registration';
import { openSensitive } from '@/features/registrations/sensitive';

async function setup(options: Parameters<typeof createRegistrationEvent>[0] = {}) {
  const event = await createRegistrationEvent(options);
  const users = await createRoleUsers();
  const other = await createUser();
  return { event, ...users, other };
}

async function submitAs(user: { id: string } | null, slug: string, values: Record<string, unknown>) {
  actAs(user);
  return submitRegistration({ slug, values, locale: 'pt' });
}

describe('submitRegistration', () => {
  it('creates one SUBMITTED registration with a reference, a confirmation e-mail in the chosen language and no draft left', async () => {
    const { event, delegate } = await setup();
    actAs(delegate);
    const values = validValues(event, { firstName: 'محمد', lastName: '<script>alert(1)</script>', city: '达喀尔' });
    expect((await saveRegistrationDraft({ slug: event.slug, step: 'identity', values: { firstName: 'x' } })).ok).toBe(false);
    const result = await submitAs(delegate, event.slug, values);
    expect(result).toEqual({ ok: true, data: { referenceNumber: `${event.code}-00001`, status: 'SUBMITTED' } });
    const row = await db.registration.findUniqueOrThrow({ where: { eventId_userId: { eventId: event.id, userId: delegate.id } } });
    expect(row.firstName).toBe('محمد');
    expect(row.lastName).toBe('<script>alert(1)</script>');
    expect(row.city).toBe('达喀尔');
    expect(row.continent).toBe('AFRICA');
    expect(row.searchText).toBe(`محمد <script>alert(1)</script> ${values.email} ${event.code.toLowerCase()}-00001`);
    expect(row.arrivalAt?.toISOString()).toBe(`${values.arrivalAt}:00.000Z`); // Dakar is UTC+0
    expect(row.consentVersion).toBe('2026-1');
    const mails = await db.emailOutbox.findMany({ where: { to: values.email } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.locale).toBe('pt');
    expect(mails[0]!.subject).toBe(`Inscrição recebida — ${event.code}-00001`);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).seatsTaken).toBe(1);
  });

  it('is APPROVED at once when the event needs no approval', async () => {
    const { event, delegate } = await setup({ requiresApproval: false });
    const result = await submitAs(delegate, event.slug, validValues(event));
    expect(result.ok && result.data.status).toBe('APPROVED');
  });

  it('a tenfold concurrent submit creates one row and one e-mail', async () => {
    const { event, delegate } = await setup();
    const values = validValues(event);
    actAs(delegate);
    const results = await Promise.all(Array.from({ length: 10 }, () => submitRegistration({ slug: event.slug, values, locale: 'fr' })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(new Set(results.map((r) => r.ok && r.data.referenceNumber)).size).toBe(1);
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { to: values.email } })).toBe(1);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).seatsTaken).toBe(1);
  });

  it('refuses anonymous visitors, closed events and drafts of staff-only events, writing nothing', async () => {
    const { event } = await setup();
    expect(await submitAs(null, event.slug, validValues(event))).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    const closed = await createRegistrationEvent({ closesInDays: -1 });
    const late = await createUser();
    expect(await submitAs(late, closed.slug, validValues(closed))).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
    const hidden = await createRegistrationEvent({ status: 'DRAFT' });
    expect(await submitAs(late, hidden.slug, validValues(hidden))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await db.registration.count({ where: { eventId: { in: [event.id, closed.id, hidden.id] } } })).toBe(0);
  });

  it('refuses crafted input (extra fields, wrong types, another user id, unknown question, foreign fee) with field errors and nothing written', async () => {
    const { event, delegate, other } = await setup();
    const base = validValues(event);
    const cases: Record<string, unknown>[] = [
      { ...base, userId: other.id },
      { ...base, firstName: 42 },
      { ...base, languages: 'fr' },
      { ...base, customAnswers: { first_rencontre: 'yes', isAdmin: 'yes' } },
      { ...base, feeCategoryId: 'c-not-a-fee-of-this-event' },
      { ...base, participantType: 'ORGANIZER' },
      { ...base, consent: false },
      { ...base, firstName: 'a'.repeat(101) },
      { ...base, firstName: '   ' },
      { ...base, email: 'not-an-email' },
      { ...base, country: 'ZZ' },
      { ...base, arrivalAt: '2001-01-01T10:00' },
      { ...base, departureAt: base.arrivalAt },
      { ...base, visaLetterRequested: true, nationality: 'ML', passportNumber: 'AB123456', passportExpiry: event.startDate.toISOString().slice(0, 10), dateOfBirth: '1980-02-29' },
      { ...base, bursaryRequested: true, bursaryAmount: '-5', bursaryReason: 'x' },
      { ...base, customAnswers: { first_rencontre: 'yes', heard_from: 'other' } },
    ];
    for (const values of cases) {
      const result = await submitAs(delegate, event.slug, values);
      expect(result, JSON.stringify(values).slice(0, 120)).toMatchObject({ ok: false, code: 'VALIDATION' });
    }
    const r = await submitAs(delegate, event.slug, { ...base, arrivalAt: '2001-01-01T10:00', bursaryRequested: true, bursaryAmount: '', bursaryReason: '' });
    expect(!r.ok && r.fieldErrors).toMatchObject({ arrivalAt: ['dateInPast'], bursaryAmount: ['required'], bursaryReason: ['required'] });
    const stale = await submitAs(delegate, event.slug, { ...base, consentVersion: '0' });
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(0);
    expect(await db.registrationDraft.count({ where: { eventId: event.id } })).toBe(0);
  });
});

describe('saveRegistrationDraft', () => {
  it('saves a valid step for its owner only, merges steps and refuses other fields', async () => {
    const { event, delegate, other } = await setup();
    const v = validValues(event);
    actAs(delegate);
    const identity = { firstName: v.firstName, lastName: v.lastName, gender: '', email: v.email, phone: '+221 77 000 00 00', organization: v.organization, organizationKind: v.organizationKind, organizationRole: '', country: 'SN', city: 'Thiès' };
    expect(await saveRegistrationDraft({ slug: event.slug, step: 'identity', values: identity })).toEqual({ ok: true, data: { saved: true } });
    expect(await saveRegistrationDraft({ slug: event.slug, step: 'identity', values: { ...identity, participantType: 'DELEGATE' } })).toMatchObject({ ok: false, code: 'VALIDATION' });
    const participation = { participantType: 'DELEGATE', feeCategoryId: v.feeCategoryId, languages: ['pt'], interpretationNeeds: [], customAnswers: { first_rencontre: 'no' } };
    expect((await saveRegistrationDraft({ slug: event.slug, step: 'participation', values: participation })).ok).toBe(true);
    const draft = await db.registrationDraft.findUniqueOrThrow({ where: { userId_eventId: { userId: delegate.id, eventId: event.id } } });
    expect(draft.step).toBe(2);
    expect(draft.data).toMatchObject({ city: 'Thiès', languages: ['pt'] });
    expect(await db.registrationDraft.count({ where: { userId: other.id } })).toBe(0);
    actAs(null);
    expect(await saveRegistrationDraft({ slug: event.slug, step: 'identity', values: identity })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
  });
});

describe('update, cancel and decisions by role', () => {
  it('the owner edits (re-validated, audited without passport values); others cannot', async () => {
    const { event, delegate, other, organizer, secretariat } = await setup();
    const values = validValues(event);
    const created = await submitAs(delegate, event.slug, values);
    const reg = await db.registration.findFirstOrThrow({ where: { eventId: event.id, userId: delegate.id } });
    const edited = { ...values, visaLetterRequested: true, nationality: 'SN', passportNumber: 'a 1234567', passportExpiry: '2040-01-31', dateOfBirth: '1975-05-20', organization: 'Coopérative Ñandutí' };
    for (const actor of [other, organizer, secretariat, null]) {
      actAs(actor);
      expect(await updateRegistration({ registrationId: reg.id, values: edited })).toMatchObject({ ok: false, code: actor ? 'NOT_FOUND' : 'UNAUTHENTICATED' });
    }
    actAs(delegate);
    expect(await updateRegistration({ registrationId: reg.id, values: { ...edited, departureAt: values.arrivalAt } })).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await updateRegistration({ registrationId: reg.id, values: edited })).toMatchObject({ ok: true });
    const after = openSensitive(await db.registration.findUniqueOrThrow({ where: { id: reg.id } }));
    expect(after.passportNumber).toBe('A1234567');
    expect(after.organization).toBe('Coopérative Ñandutí');
    expect(after.referenceNumber).toBe(created.ok && created.data.referenceNumber);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: reg.id, action: 'registration.update' } });
    const text = JSON.stringify(audit.data);
    expect(text).toContain('passportNumber');
    expect(text).not.toContain('A1234567');
    expect(text).not.toContain('1975-05-20');
    expect(text).toContain('Ñandutí');
  });

  it('organizers never receive passport or date of birth; the secretariat does', async () => {
    const { event, delegate, organizer, secretariat } = await setup();
    await submitAs(delegate, event.slug, validValues(event, { visaLetterRequested: true, nationality: 'SN', passportNumber: 'A7654321', passportExpiry: '2040-01-31', dateOfBirth: '1975-05-20' }));
    const reg = await db.registration.findFirstOrThrow({ where: { eventId: event.id } });
    const forOrganizer = await findRegistrationForStaff(organizer, reg.id);
    expect(forOrganizer).not.toHaveProperty('passportNumber');
    expect(forOrganizer).not.toHaveProperty('dateOfBirth');
    expect(JSON.stringify(forOrganizer)).not.toContain('A7654321');
    expect(await findRegistrationForStaff(secretariat, reg.id)).toMatchObject({ passportNumber: 'A7654321' });
    expect(await findRegistrationForStaff(delegate, reg.id)).toBeNull();
    const list = await listRegistrationsForStaff(event.id, {});
    expect(JSON.stringify(list)).not.toContain('A7654321');
  });

  it('only the secretariat decides; each decision is audited and e-mailed; reject needs a reason', async () => {
    const { event, delegate, other, organizer, secretariat } = await setup();
    const values = validValues(event);
    await submitAs(delegate, event.slug, values);
    const reg = await db.registration.findFirstOrThrow({ where: { eventId: event.id } });
    for (const actor of [delegate, other, organizer]) {
      actAs(actor);
      expect(await decideRegistrations({ registrationIds: [reg.id], decision: 'APPROVE' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
    actAs(null);
    expect(await decideRegistrations({ registrationIds: [reg.id], decision: 'APPROVE' })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect((await db.registration.findUniqueOrThrow({ where: { id: reg.id } })).status).toBe('SUBMITTED');
    actAs(secretariat);
    expect(await decideRegistrations({ registrationIds: [reg.id], decision: 'REJECT' })).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { reason: ['required'] } });
    expect(await decideRegistrations({ registrationIds: [reg.id], decision: 'APPROVE', extra: 1 } as never)).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await decideRegistrations({ registrationIds: [reg.id], decision: 'APPROVE' })).toEqual({ ok: true, data: { done: 1, skipped: 0, capacityFull: 0 } });
    const approved = await db.registration.findUniqueOrThrow({ where: { id: reg.id } });
    expect(approved).toMatchObject({ status: 'APPROVED', decidedById: secretariat.id });
    expect(await db.auditLog.count({ where: { entityId: reg.id, action: 'registration.approve', actorId: secretariat.id } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { to: values.email, template: 'registration.approved' } })).toBe(1);
    expect(await decideRegistrations({ registrationIds: [reg.id], decision: 'REJECT', reason: 'Dossier incomplet <b>' })).toMatchObject({ ok: true, data: { done: 1 } });
    const rejected = await db.registration.findUniqueOrThrow({ where: { id: reg.id } });
    expect(rejected).toMatchObject({ status: 'REJECTED', decisionReason: 'Dossier incomplet <b>' });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).seatsTaken).toBe(0);
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: values.email, template: 'registration.rejected' } });
    expect(mail.text).toContain('Dossier incomplet <b>');
    expect(mail.html).toContain('Dossier incomplet &lt;b&gt;');
  });

  it('the owner cancels (seat freed); others cannot; a cancelled registration cannot be edited', async () => {
    const { event, delegate, other, organizer, secretariat } = await setup();
    const values = validValues(event);
    await submitAs(delegate, event.slug, values);
    const reg = await db.registration.findFirstOrThrow({ where: { eventId: event.id } });
    for (const actor of [other, organizer, secretariat]) {
      actAs(actor);
      expect(await cancelRegistration({ registrationId: reg.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
    actAs(delegate);
    expect(await cancelRegistration({ registrationId: reg.id })).toEqual({ ok: true, data: { cancelled: true } });
    expect(await cancelRegistration({ registrationId: reg.id })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await updateRegistration({ registrationId: reg.id, values })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).seatsTaken).toBe(0);
    expect(await db.emailOutbox.count({ where: { to: values.email, template: 'registration.cancelled' } })).toBe(1);
  });
});

describe('after the deadline', () => {
  it('the owner can no longer edit or cancel; nothing changes', async () => {
    const { event, delegate } = await setup();
    const values = validValues(event);
    await submitAs(delegate, event.slug, values);
    const reg = await db.registration.findFirstOrThrow({ where: { eventId: event.id } });
    await db.event.update({ where: { id: event.id }, data: { registrationClosesAt: new Date(Date.now() - 60_000) } });
    actAs(delegate);
    expect(await updateRegistration({ registrationId: reg.id, values: { ...values, organization: 'Changée' } })).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
    expect(await cancelRegistration({ registrationId: reg.id })).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
    expect(await db.registration.findUniqueOrThrow({ where: { id: reg.id } })).toMatchObject({ status: 'SUBMITTED', organization: values.organization });
    const other = await createUser();
    expect(await submitAs(other, event.slug, validValues(event))).toMatchObject({ ok: false, code: 'DEADLINE_PASSED' });
  });
});

describe('staff search', () => {
  it('finds by name without accents, by e-mail and by reference, and filters', async () => {
    const { event, delegate, other } = await setup();
    await submitAs(delegate, event.slug, validValues(event, { firstName: 'Ndèye Fatou', lastName: 'Sène', visaLetterRequested: true, nationality: 'SN', passportNumber: 'A1111111', passportExpiry: '2040-01-01', dateOfBirth: '1990-01-01' }));
    await submitAs(other, event.slug, validValues(event, { firstName: 'João', lastName: 'Conceição', country: 'BR' }));
    expect((await listRegistrationsForStaff(event.id, { q: 'ndeye sene' })).rows.map((r) => r.lastName)).toEqual(['Sène']);
    expect((await listRegistrationsForStaff(event.id, { q: 'CONCEICAO' })).rows.map((r) => r.firstName)).toEqual(['João']);
    expect((await listRegistrationsForStaff(event.id, { q: `${event.code}-00002` })).total).toBe(1);
    expect((await listRegistrationsForStaff(event.id, { country: 'BR' })).total).toBe(1);
    expect((await listRegistrationsForStaff(event.id, { visa: 'yes' })).rows.map((r) => r.lastName)).toEqual(['Sène']);
    expect((await listRegistrationsForStaff(event.id, { status: 'APPROVED' })).total).toBe(0);
  });
});
