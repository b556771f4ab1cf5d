import { sealSensitive } from '@/features/registrations/sensitive';
// "My data", account deletion, consent history and registering again after a
// cancellation (Loi 25, GDPR).
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { GET as myDataRoute } from '@/app/api/account/data/route';
import { GET as myDataPdfRoute } from '@/app/api/account/data/pdf/route';
import { deleteMyAccount, deleteUserAccount } from '@/features/personal-data/actions';
import { cancelRegistration } from '@/features/registrations/actions';
import { submitRegistration } from './helpers/commands';
import { createRoleUsers, createUser, DEFAULT_PASSWORD } from '@tests/factories';
import { createDelegation, registerUsers } from '@tests/factories/delegations';
import { createRegistrationEvent, validValues } from '@tests/factories/registration';
import { createSession } from '@tests/factories/programme';
import { actAs } from './helpers/session';

async function myData(user: { id: string; sessionVersion?: number } | null) {
  actAs(user);
  const response = await myDataRoute(new Request('http://localhost/api/account/data'), { params: Promise.resolve({}) });
  return { response, text: response.status === 200 ? await response.text() : '' };
}

/** Two delegates of one delegation (one is its head), each with a passport number, an e-mail and audit entries. */
async function twoDelegatesSharingADelegation() {
  const event = await createRegistrationEvent({ capacity: 10 });
  const head = await createUser({ name: 'Geneviève Lévesque' });
  const member = await createUser({ name: 'Kwame Mensah' });
  const delegation = await createDelegation({ eventId: event.id, headId: head.id, quota: 5 });
  const [rh, rm] = await registerUsers(event.slug, [head, member]);
  await db.registration.update({ where: { id: rh!.id }, data: { delegationId: delegation.id, firstName: 'Geneviève', lastName: 'Lévesque', ...sealSensitive({ passportNumber: 'HEADPASS01', dateOfBirth: null }), nationality: 'CA' } });
  await db.registration.update({ where: { id: rm!.id }, data: { delegationId: delegation.id, firstName: 'Kwame', lastName: 'Mensah', ...sealSensitive({ passportNumber: 'MEMBPASS02', dateOfBirth: null }), nationality: 'GH' } });
  await db.delegationInvite.create({ data: { delegationId: delegation.id, email: member.email, firstName: 'Kwame', lastName: 'Mensah', invitedById: head.id, userId: member.id, acceptedAt: new Date() } });
  return { event, head, member, delegation, regHead: rh!, regMember: rm! };
}

describe('my data (JSON download)', () => {
  it('refuses anonymous callers', async () => {
    expect((await myData(null)).response.status).toBe(401);
    actAs(null);
    expect((await myDataPdfRoute(new Request('http://localhost/api/account/data/pdf'), { params: Promise.resolve({}) })).status).toBe(401);
  });

  it('is also a readable PDF for the person', async () => {
    const { member } = await twoDelegatesSharingADelegation();
    actAs(member);
    const response = await myDataPdfRoute(new Request('http://localhost/api/account/data/pdf?locale=pt'), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('holds exactly the person’s data, their own sensitive fields included, and nothing about the other member', async () => {
    const { head, member, delegation, regHead, regMember } = await twoDelegatesSharingADelegation();
    const forMember = await myData(member);
    expect(forMember.response.headers.get('content-disposition')).toMatch(/attachment; filename="rencontre-my-data-/);
    const data = JSON.parse(forMember.text);
    expect(data.account).toMatchObject({ id: member.id, email: member.email, name: 'Kwame Mensah' });
    expect(data.registrations).toHaveLength(1);
    expect(data.registrations[0]).toMatchObject({ id: regMember.id, passportNumber: 'MEMBPASS02', nationality: 'GH', delegation: { name: delegation.name } });
    expect(data.registrations[0]).not.toHaveProperty('calendarToken');
    expect(data.invitations).toEqual([expect.objectContaining({ email: member.email, delegation: { name: delegation.name } })]);
    expect(data.consents).toEqual([expect.objectContaining({ noticeVersion: '2026-1', context: 'registration.submit' })]);
    expect(data.emails.length).toBeGreaterThanOrEqual(1);
    expect(data.emails.every((m: { to: string }) => m.to === member.email)).toBe(true);
    expect(data.auditAboutMe.map((a: { action: string }) => a.action)).toContain('registration.submit');
    // Nothing about the head: not their id, address, name, passport or registration.
    for (const secret of [head.id, head.email, 'Lévesque', 'HEADPASS01', regHead.id, regHead.referenceNumber]) expect(forMember.text).not.toContain(secret);

    const forHead = JSON.parse((await myData(head)).text);
    expect(forHead.delegationsHeaded).toEqual([expect.objectContaining({ name: delegation.name })]);
    expect(forHead.registrations[0]).toMatchObject({ id: regHead.id, passportNumber: 'HEADPASS01' });
    // The invitation the head sent is the member's data: only "delegation.invite"-like actions, no addresses.
    const headText = JSON.stringify(forHead);
    for (const secret of [member.id, member.email, 'Mensah', 'MEMBPASS02', regMember.id, regMember.referenceNumber]) expect(headText).not.toContain(secret);
  });
});

/** An event with 2 seats (A and C hold them, B waits) and a 1-seat session (A enrolled, C waiting). */
async function fullEventAndSession() {
  const secretariat = await createUser({ role: 'SECRETARIAT' });
  const event = await createRegistrationEvent({ capacity: 2 });
  const [a, c, b] = await Promise.all([createUser({ name: 'Aminata Sow' }), createUser(), createUser()]);
  const [ra, rc, rb] = await registerUsers(event.slug, [a, c, b], { passportNumber: 'A1234567', nationality: 'SN', visaLetterRequested: true, dateOfBirth: '1980-02-03', passportExpiry: event.startDate.toISOString().slice(0, 10).replace(/^\d{4}/, (y) => String(Number(y) + 2)) } as never);
  expect([ra!.status, rc!.status, rb!.status]).toEqual(['SUBMITTED', 'SUBMITTED', 'WAITLISTED']);
  const session = await createSession(event, { capacity: 1, enrolledCount: 1 });
  await db.sessionEnrollment.createMany({ data: [
    { sessionId: session.id, registrationId: ra!.id, status: 'ENROLLED' },
    { sessionId: session.id, registrationId: rc!.id, status: 'WAITLISTED', waitlistPosition: 1 },
  ] });
  return { secretariat, event, session, a, b, c, ra: ra!, rb: rb!, rc: rc! };
}

async function expectDeleted(s: Awaited<ReturnType<typeof fullEventAndSession>>) {
  const { event, session, a, ra, rb, rc } = s;
  // The event seat went to the first on the wait list; the session seat to the first waiting.
  expect((await db.registration.findUniqueOrThrow({ where: { id: rb.id } })).status).toBe('SUBMITTED');
  expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).seatsTaken).toBe(2);
  expect(await db.sessionEnrollment.findMany({ where: { sessionId: session.id }, orderBy: { registrationId: 'asc' }, select: { registrationId: true, status: true } })).toEqual(
    [{ registrationId: ra.id, status: 'CANCELLED' }, { registrationId: rc.id, status: 'ENROLLED' }].sort((x, y) => x.registrationId.localeCompare(y.registrationId)),
  );
  expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).enrolledCount).toBe(1);
  // The registration stays for the statistics, anonymised.
  const row = await db.registration.findUniqueOrThrow({ where: { id: ra.id } });
  expect(row).toMatchObject({ status: 'CANCELLED', firstName: '', lastName: '', email: '', phone: null, organization: '', passportNumberEnc: null, dateOfBirthEnc: null, nationality: null, passportExpiry: null, travelDetails: null, customAnswers: {}, country: 'SN', continent: 'AFRICA', organizationKind: 'WOMENS_GROUP' });
  expect(await db.registration.count({ where: { eventId: event.id } })).toBe(3);
  // The account: anonymous, unusable, every session ended.
  const user = await db.user.findUniqueOrThrow({ where: { id: a.id } });
  expect(user).toMatchObject({ name: '', email: `deleted-${a.id}@deleted.invalid`, sessionVersion: 1 });
  expect(user.deletedAt).not.toBeNull();
  expect(user.disabledAt).not.toBeNull();
  actAs(a);
  expect(await deleteMyAccount({ password: DEFAULT_PASSWORD })).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
  // No message to the person is kept; the secretariat is told, without personal values.
  expect(await db.emailOutbox.count({ where: { to: a.email } })).toBe(0);
  const notice = await db.emailOutbox.findFirstOrThrow({ where: { to: s.secretariat.email, template: 'accountDeleted', text: { contains: a.id } } });
  expect(notice.text).not.toContain(a.email);
  expect(notice.text).not.toContain('Aminata');
  const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'user.delete', entityId: a.id } });
  expect(JSON.stringify(audit.data)).not.toMatch(/Aminata|A1234567|@/);
  expect(await db.consentRecord.count({ where: { userId: a.id } })).toBe(1);
}

describe('deleteMyAccount (the person, with their password)', () => {
  it('refuses anonymous callers, a wrong password and staff accounts, writing nothing', async () => {
    const { organizer, secretariat } = await createRoleUsers();
    const s = await fullEventAndSession();
    actAs(null);
    expect(await deleteMyAccount({ password: DEFAULT_PASSWORD })).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    actAs(s.a);
    expect(await deleteMyAccount({ password: 'not-my-password' })).toEqual({ ok: false, code: 'VALIDATION', fieldErrors: { password: ['passwordWrong'] } });
    expect(await deleteMyAccount({ password: [DEFAULT_PASSWORD] } as never)).toMatchObject({ ok: false, code: 'VALIDATION' });
    for (const staff of [organizer, secretariat]) {
      actAs(staff);
      expect(await deleteMyAccount({ password: DEFAULT_PASSWORD })).toEqual({ ok: false, code: 'FORBIDDEN' });
      expect((await db.user.findUniqueOrThrow({ where: { id: staff.id } })).deletedAt).toBeNull();
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: s.a.id } })).deletedAt).toBeNull();
    expect((await db.registration.findUniqueOrThrow({ where: { id: s.ra.id } })).status).toBe('SUBMITTED');
    expect(await db.auditLog.count({ where: { action: 'user.delete', entityId: { in: [s.a.id, organizer.id, secretariat.id] } } })).toBe(0);
  });

  it('anonymises the registrations, frees the event and session seats to their wait lists, ends sessions and tells the secretariat', async () => {
    const s = await fullEventAndSession();
    actAs(s.a);
    expect(await deleteMyAccount({ password: DEFAULT_PASSWORD })).toEqual({ ok: true, data: { registrations: 1, promoted: 1, sessionPromoted: 1 } });
    await expectDeleted(s);
    expect((await db.auditLog.findFirstOrThrow({ where: { action: 'user.delete', entityId: s.a.id } })).actorId).toBe(s.a.id);
  });
});

describe('deleteUserAccount (secretariat, on a written request)', () => {
  it('refuses delegates and organizers (nothing written) and the secretariat’s own account', async () => {
    const { delegate, organizer, secretariat } = await createRoleUsers();
    const s = await fullEventAndSession();
    actAs(null);
    expect(await deleteUserAccount({ userId: s.a.id })).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    for (const user of [delegate, organizer]) {
      actAs(user);
      expect(await deleteUserAccount({ userId: s.a.id })).toEqual({ ok: false, code: 'NOT_FOUND' });
    }
    actAs(secretariat);
    expect(await deleteUserAccount({ userId: secretariat.id })).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(await deleteUserAccount({ userId: 'nobody' })).toEqual({ ok: false, code: 'NOT_FOUND' });
    expect((await db.user.findUniqueOrThrow({ where: { id: s.a.id } })).deletedAt).toBeNull();
    expect(await db.auditLog.count({ where: { action: 'user.delete', entityId: { in: [s.a.id, secretariat.id] } } })).toBe(0);
  });

  it('does the same as the person would, audited as the secretariat', async () => {
    const s = await fullEventAndSession();
    actAs(s.secretariat);
    expect(await deleteUserAccount({ userId: s.a.id })).toEqual({ ok: true, data: { registrations: 1, promoted: 1, sessionPromoted: 1 } });
    await expectDeleted(s);
    expect(await db.auditLog.findFirstOrThrow({ where: { action: 'user.delete', entityId: s.a.id } })).toMatchObject({ actorId: s.secretariat.id, data: { by: 'secretariat' } });
    // Twice is not found (already deleted).
    actAs(s.secretariat);
    expect(await deleteUserAccount({ userId: s.a.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});

describe('registering again after a cancellation', () => {
  it('gives a new reference and seat, keeps one row, and records each consent', async () => {
    const event = await createRegistrationEvent({ capacity: 5 });
    const user = await createUser();
    const values = validValues(event, { email: user.email });
    actAs(user);
    const first = await submitRegistration({ slug: event.slug, values, locale: 'fr' });
    expect(first).toEqual({ ok: true, data: { referenceNumber: `${event.code}-00001`, status: 'SUBMITTED' } });
    const row = await db.registration.findUniqueOrThrow({ where: { eventId_userId: { eventId: event.id, userId: user.id } } });
    expect((await cancelRegistration({ registrationId: row.id })).ok).toBe(true);
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).seatsTaken).toBe(0);

    // Ten parallel submits after the cancellation: one registration, one e-mail.
    const again = await Promise.all(Array.from({ length: 10 }, () => submitRegistration({ slug: event.slug, values, locale: 'fr' })));
    expect(again.every((r) => r.ok)).toBe(true);
    expect(new Set(again.map((r) => r.ok && r.data.referenceNumber))).toEqual(new Set([`${event.code}-00002`]));
    expect(await db.registration.count({ where: { eventId: event.id } })).toBe(1);
    expect(await db.registration.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ status: 'SUBMITTED', cancelledAt: null, referenceNumber: `${event.code}-00002` });
    expect((await db.event.findUniqueOrThrow({ where: { id: event.id } })).seatsTaken).toBe(1);
    expect(await db.emailOutbox.count({ where: { to: user.email, template: 'registration.received' } })).toBe(2);
    expect(await db.consentRecord.findMany({ where: { userId: user.id }, orderBy: { createdAt: 'asc' }, select: { context: true, noticeVersion: true } })).toEqual([
      { context: 'registration.submit', noticeVersion: '2026-1' },
      { context: 'registration.resubmit', noticeVersion: '2026-1' },
    ]);
    // A live registration still answers a submit with itself.
    expect(await submitRegistration({ slug: event.slug, values, locale: 'fr' })).toEqual({ ok: true, data: { referenceNumber: `${event.code}-00002`, status: 'SUBMITTED' } });
  });
});
