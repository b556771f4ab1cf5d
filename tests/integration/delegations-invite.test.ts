import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { db } from '@/lib/db';
import { acceptInvite, acceptInviteWithNewAccount, inviteMember, joinAcceptedDelegation, joinDelegation, resendInvite, withdrawInvite } from '@/features/delegations/actions';
import { listMembers } from '@/features/delegations/data';
import { exportMembers } from '@/features/delegations/export-service';
import { attachAcceptedInvite, invitePrefillFor, joinDelegationInTx } from '@/features/delegations/membership';
import { findEventForRegistration, registrationContext } from '@/features/registrations/data';
import { cancelOwnRegistration, saveDraft, submitRegistration } from '@/features/registrations/mutations';
import { registrationSchema } from '@/features/registrations/schema';
import { actAs } from './helpers/session';
import { createUser, latestLinkTo, uniqueEmail } from '../factories';
import { createDelegates, createHeadedDelegation, registerUsers } from '../factories/delegations';
import { validValues } from '../factories/registration';

const tokenOf = async (email: string) => (await latestLinkTo(email, 'delegations.invite')).url.split('/invitations/')[1]!;
const statusOf = async (d: { id: string; eventId: string }, email: string) => (await listMembers(d.id, d.eventId)).find((m) => m.email === email)?.status;

describe('head pre-registration', () => {
  it('invite -> account through the link -> prefilled draft -> submitted registration attached -> statuses the head sees', async () => {
    const { event, head, delegation } = await createHeadedDelegation({ quota: 3 });
    actAs(head);
    const email = uniqueEmail('member');
    const invited = await inviteMember({ delegationId: delegation.id, member: { firstName: 'Ousmane', lastName: 'Sèye', email: email.toUpperCase(), organization: 'Mutuelle de Thiès', country: 'SN', language: 'es' } });
    expect(invited.ok).toBe(true);
    expect(await inviteMember({ delegationId: delegation.id, member: { firstName: 'Again', lastName: 'Same', email } })).toMatchObject({ ok: false, code: 'CONFLICT', fieldErrors: { email: ['delegations.alreadyInvited'] } });
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: email, template: 'delegations.invite' } });
    expect(mail.locale).toBe('es');
    expect(mail.text).toContain(delegation.name);
    expect(await statusOf(delegation, email)).toBe('INVITED');
    const token = await tokenOf(email);
    // Only the hash is stored.
    expect(await db.oneTimeToken.count({ where: { tokenHash: token } })).toBe(0);

    // Resend: a new link; the old one dies. At most once a minute.
    expect(await resendInvite({ delegationId: delegation.id, inviteId: invited.ok ? invited.data.inviteId : '' })).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    await db.delegationInvite.updateMany({ where: { email }, data: { lastSentAt: new Date(Date.now() - 120_000) } });
    expect((await resendInvite({ delegationId: delegation.id, inviteId: invited.ok ? invited.data.inviteId : '' })).ok).toBe(true);
    const fresh = await tokenOf(email);
    expect(fresh).not.toBe(token);
    actAs(null);
    expect(await acceptInviteWithNewAccount({ token, givenName: 'Ousmane', familyName: 'Sèye', password: 'Teranga-Thies-2005', locale: 'es' })).toMatchObject({ ok: false, code: 'TOKEN_INVALID' });

    // The member creates their account through the link: verified, draft prefilled.
    const accepted = await acceptInviteWithNewAccount({ token: fresh, givenName: 'Ousmane', familyName: 'Sèye', password: 'Teranga-Thies-2005', locale: 'es' });
    expect(accepted).toMatchObject({ ok: true, data: { joined: 'DRAFT', slug: event.slug } });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerifiedAt).not.toBeNull();
    const draft = await db.registrationDraft.findUniqueOrThrow({ where: { userId_eventId: { userId: user.id, eventId: event.id } } });
    expect(draft.data).toEqual({ firstName: 'Ousmane', lastName: 'Sèye', email, organization: 'Mutuelle de Thiès', country: 'SN' });
    expect(await invitePrefillFor(db, user.id, event.id)).toEqual(draft.data);
    expect(await statusOf(delegation, email)).toBe('ACCOUNT_CREATED');
    // The link works once.
    expect(await acceptInviteWithNewAccount({ token: fresh, givenName: 'X', password: 'Teranga-Thies-2005', locale: 'es' })).toMatchObject({ ok: false, code: 'TOKEN_INVALID' });

    // They fill in a step (the wizard's own draft save): incomplete.
    await saveDraft(user.id, event.id, 'identity', { phone: '+221 77 000 00 00' });
    expect(await statusOf(delegation, email)).toBe('INCOMPLETE');

    // They submit: the registration joins the delegation in the same transaction (attachAcceptedInvite).
    const ev = (await findEventForRegistration(event.slug, 'DELEGATE'))!;
    const answers = registrationSchema(registrationContext(ev)).parse(validValues({ ...ev, feeCategories: ev.feeCategories }, { email, visaLetterRequested: true, nationality: 'SN', passportNumber: 'A1234567', passportExpiry: '2031-01-01', dateOfBirth: '1970-05-04' }));
    const reg = await submitRegistration({ userId: user.id, event: ev, answers, locale: 'es' });
    expect((await db.registration.findUniqueOrThrow({ where: { id: reg.id } })).delegationId).toBe(delegation.id);
    expect(await db.$transaction((tx) => attachAcceptedInvite(tx, { id: reg.id, userId: user.id, eventId: event.id }))).toBe('ALREADY_MEMBER');
    expect(await statusOf(delegation, email)).toBe('SUBMITTED');
    expect((await db.delegation.findUniqueOrThrow({ where: { id: delegation.id } })).memberCount).toBe(1);
    await db.registration.update({ where: { id: reg.id }, data: { status: 'APPROVED' } });
    const members = await listMembers(delegation.id, event.id);
    expect(members.find((m) => m.email === email)).toMatchObject({ status: 'APPROVED', visaLetterPending: true, referenceNumber: reg.referenceNumber });

    // The head's export: no passport, no date of birth, in any form.
    actAs(head);
    for (const format of ['csv', 'xlsx']) {
      const res = await exportMembers(delegation.id, new URLSearchParams(`format=${format}&locale=fr`));
      expect(res.status).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      let body = bytes.toString('utf8');
      if (format === 'xlsx') {
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load(bytes as unknown as ArrayBuffer);
        const cells: string[] = [];
        wb.worksheets[0]!.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value))));
        body = cells.join('|');
        expect(body).toContain('Guèye'); // the registration's own name, as the member typed it
        expect(body).not.toMatch(/passport|passeport|naissance|birth/i);
      }
      if (format === 'csv') {
        expect(body).toContain('Guèye'); // the registration's own name, as the member typed it
        expect(body).not.toMatch(/passport|passeport|naissance|birth/i);
      }
      expect(body).not.toContain('A1234567');
      expect(body).not.toContain('1970-05-04');
    }
    expect(JSON.stringify(members)).not.toContain('A1234567');
  });

  it('accepting when already registered joins at once; a signed-in person accepts with the button', async () => {
    const { event, head, delegation } = await createHeadedDelegation({ quota: 1 });
    const member = await createUser();
    await registerUsers(event.slug, [member]);
    actAs(head);
    await inviteMember({ delegationId: delegation.id, member: { firstName: 'Awa', lastName: 'Diallo', email: member.email } });
    const other = uniqueEmail('other');
    // Quota 1 with one pending invitation: no room left for another.
    expect(await inviteMember({ delegationId: delegation.id, member: { firstName: 'B', lastName: 'C', email: other } })).toMatchObject({ ok: false, code: 'CAPACITY_FULL' });
    actAs(member);
    const accepted = await acceptInvite({ token: await tokenOf(member.email) });
    expect(accepted).toMatchObject({ ok: true, data: { joined: 'JOINED' } });
    expect(await statusOf(delegation, member.email)).toBe('SUBMITTED');
    // The head cannot withdraw an accepted invitation.
    actAs(head);
    const invite = await db.delegationInvite.findFirstOrThrow({ where: { delegationId: delegation.id, email: member.email } });
    expect(await withdrawInvite({ delegationId: delegation.id, inviteId: invite.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('join by code before registering: remembered, attached at submission', async () => {
    const { event, delegation } = await createHeadedDelegation({ quota: 5 });
    const member = await createUser({ name: 'Lúcia Fernandes' });
    actAs(member);
    expect(await joinDelegation({ code: ` ${delegation.invitationCode.slice(0, 4)}-${delegation.invitationCode.slice(4).toLowerCase()} ` })).toMatchObject({ ok: true, data: { outcome: 'REMEMBERED' } });
    expect(await statusOf(delegation, member.email)).toBe('ACCOUNT_CREATED');
    const [reg] = await registerUsers(event.slug, [member]);
    // The submission itself joined the delegation (registration flow → attachAcceptedInvite).
    expect((await db.registration.findUniqueOrThrow({ where: { id: reg!.id } })).delegationId).toBe(delegation.id);
    expect((await db.delegation.findUniqueOrThrow({ where: { id: delegation.id } })).memberCount).toBe(1);
    const rows = await listMembers(delegation.id, event.id);
    expect(rows.filter((r) => r.email === member.email)).toHaveLength(1);
  });

  it('registered outside the delegation after accepting: the member joins from their page; nobody else can use it', async () => {
    const { event, head, delegation } = await createHeadedDelegation({ quota: 2 });
    actAs(head);
    const email = uniqueEmail('late');
    await inviteMember({ delegationId: delegation.id, member: { firstName: 'Late', lastName: 'Joiner', email } });
    actAs(null);
    const accepted = await acceptInviteWithNewAccount({ token: await tokenOf(email), givenName: 'Late', familyName: 'Joiner', password: 'Teranga-Late-2005', locale: 'fr' });
    expect(accepted.ok).toBe(true);
    // Two others take both seats first, so the submission cannot attach the member.
    const early = await createDelegates(2);
    for (const reg of await registerUsers(event.slug, early)) await db.$transaction((tx) => joinDelegationInTx(tx, { registrationId: reg.id, code: delegation.invitationCode }));
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    await registerUsers(event.slug, [user]);
    expect(await statusOf(delegation, email)).toBe('NOT_ATTACHED');
    // A seat frees up.
    const leaving = await db.registration.findFirstOrThrow({ where: { userId: early[0].id, eventId: event.id } });
    await cancelOwnRegistration(early[0].id, leaving.id, (await findEventForRegistration(event.slug, 'DELEGATE'))!);
    const stranger = await createUser();
    await registerUsers(event.slug, [stranger]);
    actAs(stranger);
    expect(await joinAcceptedDelegation({ delegationId: delegation.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    actAs(user);
    expect(await joinAcceptedDelegation({ delegationId: delegation.id })).toMatchObject({ ok: true, data: { outcome: 'JOINED' } });
    expect(await statusOf(delegation, email)).toBe('SUBMITTED');
  });

  it('an invitation to a delegation that got closed no longer works', async () => {
    const { head, delegation } = await createHeadedDelegation();
    actAs(head);
    const email = uniqueEmail('closed');
    await inviteMember({ delegationId: delegation.id, member: { firstName: 'A', lastName: 'B', email } });
    await db.delegation.update({ where: { id: delegation.id }, data: { status: 'CLOSED' } });
    const user = await createUser({ email });
    actAs(user);
    expect(await acceptInvite({ token: await tokenOf(email) })).toMatchObject({ ok: false, code: 'TOKEN_INVALID' });
  });
});
