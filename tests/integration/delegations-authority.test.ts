import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import * as actions from '@/features/delegations/actions';
import { exportMembers } from '@/features/delegations/export-service';
import { handleRoute } from '@/lib/route';
import { actAs } from './helpers/session';
import { createRoleUsers, createUser, uniqueEmail } from '../factories';
import { createDelegates, createDelegation, createHeadedDelegation, csvFile, importForm, registerUsers } from '../factories/delegations';

/** Everything a delegation holds, to prove an attempt changed nothing. */
async function snapshot(delegationId: string) {
  const [d, invites, regs, tokens, audit] = await Promise.all([
    db.delegation.findUniqueOrThrow({ where: { id: delegationId } }),
    db.delegationInvite.findMany({ where: { delegationId }, orderBy: { id: 'asc' } }),
    db.registration.findMany({ where: { delegationId }, select: { id: true, status: true }, orderBy: { id: 'asc' } }),
    db.oneTimeToken.findMany({ where: { type: 'DELEGATION_INVITE', subjectId: { in: (await db.delegationInvite.findMany({ where: { delegationId }, select: { id: true } })).map((i) => i.id) } }, orderBy: { id: 'asc' } }),
    db.auditLog.count({ where: { entityId: delegationId } }),
  ]);
  return { d, invites, regs, tokens, audit };
}

describe('a head acts only on their own delegation', () => {
  it('head of A cannot read or change anything in B (every action tried)', async () => {
    const a = await createHeadedDelegation();
    const b = await createHeadedDelegation();
    // B has a member and a pending invitation.
    const [member] = await createDelegates(1);
    const [reg] = await registerUsers(b.event.slug, [member!]);
    await db.registration.update({ where: { id: reg!.id }, data: { delegationId: b.delegation.id } });
    await db.delegation.update({ where: { id: b.delegation.id }, data: { memberCount: 1 } });
    actAs(b.head);
    const invited = await actions.inviteMember({ delegationId: b.delegation.id, member: { firstName: 'Oumar', lastName: 'Sy', email: uniqueEmail('sy') } });
    expect(invited.ok).toBe(true);
    const inviteId = invited.ok ? invited.data.inviteId : '';
    const before = await snapshot(b.delegation.id);

    actAs(a.head);
    const file = csvFile([['firstName', 'lastName', 'email'], ['Ana', 'Lima', uniqueEmail('lima')]]);
    const attempts = {
      inviteMember: await actions.inviteMember({ delegationId: b.delegation.id, member: { firstName: 'X', lastName: 'Y', email: uniqueEmail() } }),
      resendInvite: await actions.resendInvite({ delegationId: b.delegation.id, inviteId }),
      resendViaOwn: await actions.resendInvite({ delegationId: a.delegation.id, inviteId }),
      withdrawInvite: await actions.withdrawInvite({ delegationId: b.delegation.id, inviteId }),
      withdrawViaOwn: await actions.withdrawInvite({ delegationId: a.delegation.id, inviteId }),
      removeMember: await actions.removeMember({ delegationId: b.delegation.id, registrationId: reg!.id }),
      removeViaOwn: await actions.removeMember({ delegationId: a.delegation.id, registrationId: reg!.id }),
      previewImport: await actions.previewImport(importForm(b.delegation.id, file)),
      commitImport: await actions.commitImport(importForm(b.delegation.id, file, '0'.repeat(64))),
      leaveForOther: await actions.leaveDelegation({ registrationId: reg!.id }),
      setStatus: await actions.setDelegationStatus({ delegationId: b.delegation.id, status: 'CLOSED' }),
      setQuota: await actions.setDelegationQuota({ delegationId: b.delegation.id, quota: 500 }),
      setHead: await actions.setDelegationHead({ delegationId: b.delegation.id, headEmail: a.head.email }),
      create: await actions.createDelegation({ slug: b.event.slug, name: 'Hijack', country: 'SN', quota: 5, headEmail: a.head.email }),
    };
    for (const [name, result] of Object.entries(attempts)) {
      expect(result.ok, name).toBe(false);
      expect(result.ok ? 'ok' : result.code, name).toBe('NOT_FOUND');
    }
    // Reading: the export of B is refused (as if it did not exist).
    const response = await handleRoute(() => exportMembers(b.delegation.id, new URLSearchParams('format=csv')));
    expect(response.status).toBe(404);
    expect(await snapshot(b.delegation.id)).toEqual(before);
  });

  it('anonymous callers and other roles are refused; organizers cannot change delegations', async () => {
    const { delegation } = await createHeadedDelegation();
    const { delegate, organizer } = await createRoleUsers();
    const before = await snapshot(delegation.id);
    actAs(null);
    expect(await actions.inviteMember({ delegationId: delegation.id, member: { firstName: 'A', lastName: 'B', email: uniqueEmail() } })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await actions.joinDelegation({ code: delegation.invitationCode })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect((await handleRoute(() => exportMembers(delegation.id, new URLSearchParams()))).status).toBe(401);
    for (const user of [delegate, organizer]) {
      actAs(user);
      expect(await actions.setDelegationStatus({ delegationId: delegation.id, status: 'CLOSED' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
      expect(await actions.setDelegationQuota({ delegationId: delegation.id, quota: 1 })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
      expect(await actions.inviteMember({ delegationId: delegation.id, member: { firstName: 'A', lastName: 'B', email: uniqueEmail() } })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
    // The organizer reads (export) but changes nothing.
    actAs(organizer);
    expect((await handleRoute(() => exportMembers(delegation.id, new URLSearchParams()))).status).toBe(200);
    expect(await snapshot(delegation.id)).toEqual(before);
  });

  it('crafted input is refused: extra fields, wrong types', async () => {
    const { head, delegation } = await createHeadedDelegation();
    actAs(head);
    const extra = await actions.inviteMember({ delegationId: delegation.id, member: { firstName: 'A', lastName: 'B', email: uniqueEmail() }, headId: head.id } as never);
    expect(extra).toMatchObject({ ok: false, code: 'VALIDATION' });
    // A secretariat action: the gate answers before the input is read (a head learns nothing, not even validation errors).
    expect(await actions.setDelegationQuota({ delegationId: delegation.id, quota: '1; DROP' } as never)).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await actions.previewImport({ delegationId: delegation.id } as never)).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  it('a requested (not yet approved) delegation: its future head cannot invite; the secretariat approves and the head is told', async () => {
    const { event } = await createHeadedDelegation();
    const requester = await createUser();
    const { secretariat } = await createRoleUsers();
    actAs(requester);
    const requested = await actions.requestDelegation({ slug: event.slug, name: `Délégation du Niger ${Date.now()}`, country: 'ne', quota: 12 });
    expect(requested.ok).toBe(true);
    const id = requested.ok ? requested.data.id : '';
    expect(await actions.requestDelegation({ slug: event.slug, name: 'Second', country: 'NE', quota: 3 })).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await actions.inviteMember({ delegationId: id, member: { firstName: 'A', lastName: 'B', email: uniqueEmail() } })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    actAs(secretariat);
    expect((await actions.setDelegationStatus({ delegationId: id, status: 'APPROVED' })).ok).toBe(true);
    expect(await db.emailOutbox.count({ where: { to: requester.email, template: 'delegations.statusChanged' } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: id, action: 'delegation.status', actorId: secretariat.id } })).toBe(1);
    const d = await db.delegation.findUniqueOrThrow({ where: { id } });
    expect(d).toMatchObject({ status: 'APPROVED', headId: requester.id, country: 'NE', continent: 'AFRICA', quota: 12 });
    expect(d.invitationCode).toMatch(/^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}$/);
    // Quota below the members is refused; head change audited and both heads told.
    await db.delegation.update({ where: { id }, data: { memberCount: 5 } });
    expect(await actions.setDelegationQuota({ delegationId: id, quota: 4 })).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { quota: ['delegations.quotaBelowMembers'] } });
    expect((await actions.setDelegationQuota({ delegationId: id, quota: 5 })).ok).toBe(true);
    const newHead = await createUser();
    expect((await actions.setDelegationHead({ delegationId: id, headEmail: newHead.email.toUpperCase() })).ok).toBe(true);
    expect(await db.emailOutbox.count({ where: { to: newHead.email, template: 'delegations.headAppointed' } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { to: requester.email, template: 'delegations.headReplaced' } })).toBe(1);
    expect(await actions.setDelegationHead({ delegationId: id, headEmail: uniqueEmail('nobody') })).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await db.auditLog.count({ where: { entityId: id, actorId: secretariat.id } })).toBe(3);
    // The former head lost every power at once.
    actAs(requester);
    expect(await actions.inviteMember({ delegationId: id, member: { firstName: 'A', lastName: 'B', email: uniqueEmail() } })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('the secretariat creates a delegation with an existing head; duplicate names are refused', async () => {
    const { event } = await createHeadedDelegation();
    const { secretariat } = await createRoleUsers();
    const head = await createUser();
    actAs(secretariat);
    const name = `Delegação de Cabo Verde ${Date.now()}`;
    const created = await actions.createDelegation({ slug: event.slug, name, country: 'CV', quota: 8, headEmail: head.email });
    expect(created.ok).toBe(true);
    expect(await actions.createDelegation({ slug: event.slug, name, country: 'CV', quota: 8, headEmail: head.email })).toMatchObject({ ok: false, code: 'CONFLICT' });
    await createDelegation({ eventId: event.id, headId: null });
    expect(await db.emailOutbox.count({ where: { to: head.email, template: 'delegations.headAppointed' } })).toBe(1);
  });
});
