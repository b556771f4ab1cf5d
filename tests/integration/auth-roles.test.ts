import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { changeUserRole, setUserDisabled } from '@/features/users/actions';
import { authorizeCredentials } from '@/features/auth/sign-in';
import { listUsers } from '@/features/users/data';
import { listAuditLog } from '@/features/audit/data';
import { getOutboxMessage, listOutbox } from '@/features/email/data';
import { getActor, requireRole } from '@/features/auth/data';
import { createRoleUsers, createUser, DEFAULT_PASSWORD } from '@tests/factories';
import { actAs } from './helpers/session';

describe('changeUserRole (secretariat only, audited)', () => {
  it('refuses anonymous callers, delegates and organizers, writing nothing', async () => {
    const { delegate, organizer } = await createRoleUsers();
    const target = await createUser();
    actAs(null);
    expect(await changeUserRole({ userId: target.id, role: 'ORGANIZER' })).toEqual({ ok: false, code: 'UNAUTHENTICATED' });
    actAs(delegate);
    expect(await changeUserRole({ userId: target.id, role: 'ORGANIZER' })).toEqual({ ok: false, code: 'NOT_FOUND' });
    actAs(organizer);
    expect(await changeUserRole({ userId: target.id, role: 'SECRETARIAT' })).toEqual({ ok: false, code: 'NOT_FOUND' });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe('DELEGATE');
    expect(await db.auditLog.count({ where: { entityId: target.id } })).toBe(0);
  });

  it('lets the secretariat change a role, audits it and tells the person', async () => {
    const { secretariat } = await createRoleUsers();
    const target = await createUser({ locale: 'en' });
    actAs(secretariat);
    expect(await changeUserRole({ userId: target.id, role: 'ORGANIZER' })).toEqual({ ok: true, data: { changed: true } });
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe('ORGANIZER');
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: target.id, action: 'user.role.change' } });
    expect(audit).toMatchObject({ actorId: secretariat.id, entityType: 'User', data: { from: 'DELEGATE', to: 'ORGANIZER' } });
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: target.email, template: 'roleChanged' } });
    expect(mail.text).toContain('organizer');
    // Setting the same role again changes nothing and writes nothing.
    expect(await changeUserRole({ userId: target.id, role: 'ORGANIZER' })).toEqual({ ok: true, data: { changed: false } });
    expect(await db.auditLog.count({ where: { entityId: target.id } })).toBe(1);
  });

  it('refuses the secretariat its own role, unknown users and crafted input', async () => {
    const { secretariat } = await createRoleUsers();
    actAs(secretariat);
    expect(await changeUserRole({ userId: secretariat.id, role: 'DELEGATE' })).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(await changeUserRole({ userId: 'does-not-exist', role: 'ORGANIZER' })).toEqual({ ok: false, code: 'NOT_FOUND' });
    expect(await changeUserRole({ userId: secretariat.id, role: 'ADMIN' } as never)).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(await changeUserRole({ userId: secretariat.id, role: 'DELEGATE', extra: 1 } as never)).toMatchObject({ ok: false, code: 'VALIDATION' });
  });

  it('takes effect at once, whatever the role in the session cookie says', async () => {
    const { secretariat } = await createRoleUsers();
    const organizer = await createUser({ role: 'ORGANIZER' });
    actAs(organizer);
    expect((await requireRole('ORGANIZER', 'SECRETARIAT')).id).toBe(organizer.id);
    actAs(secretariat);
    await changeUserRole({ userId: organizer.id, role: 'DELEGATE' });
    actAs(organizer);
    await expect(requireRole('ORGANIZER', 'SECRETARIAT')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getActor())?.role).toBe('DELEGATE');
  });
});

describe('staff reads (data layer refuses by role)', () => {
  it('outbox: staff only; secret links to staff accounts are withheld', async () => {
    const { delegate, organizer, secretariat } = await createRoleUsers();
    const staffTarget = await createUser({ role: 'SECRETARIAT' });
    const message = await db.emailOutbox.create({
      data: { to: staffTarget.email, userId: staffTarget.id, template: 'passwordReset', subject: 'Reset', text: 'http://x/reset?token=secret' },
    });
    await expect(listOutbox(delegate)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getOutboxMessage(delegate, message.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await listOutbox(organizer, { to: staffTarget.email })).rows).toHaveLength(1);
    expect(await getOutboxMessage(organizer, message.id)).toMatchObject({ withheld: true, text: '' });
    expect(await getOutboxMessage(secretariat, message.id)).toMatchObject({ withheld: true });
    await expect(getOutboxMessage(organizer, 'missing')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('users and audit log: secretariat only', async () => {
    const { delegate, organizer, secretariat } = await createRoleUsers();
    for (const actor of [delegate, organizer]) {
      await expect(listUsers(actor, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(listAuditLog(actor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
    const found = await listUsers(secretariat, { q: organizer.email.toUpperCase() });
    expect(found.rows.map((u) => u.id)).toEqual([organizer.id]);
    expect(found.rows[0]).not.toHaveProperty('passwordHash');
  });
});

describe('setUserDisabled (secretariat only, audited)', () => {
  it('disables an account: no more sign-in, open sessions end; and re-enables it', async () => {
    const { delegate, organizer, secretariat } = await createRoleUsers();
    const target = await createUser();
    for (const caller of [null, delegate, organizer]) {
      actAs(caller);
      expect(await setUserDisabled({ userId: target.id, disabled: true })).toMatchObject({ ok: false });
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: target.id } })).disabledAt).toBeNull();

    actAs(secretariat);
    expect(await setUserDisabled({ userId: target.id, disabled: true })).toEqual({ ok: true, data: { changed: true } });
    expect(await authorizeCredentials({ email: target.email, password: DEFAULT_PASSWORD }, '10.9.0.1')).toEqual({ ok: false, error: 'INVALID' });
    actAs(target);
    expect(await getActor()).toBeNull();
    actAs(secretariat);
    expect(await setUserDisabled({ userId: secretariat.id, disabled: true })).toEqual({ ok: false, code: 'FORBIDDEN' });
    expect(await setUserDisabled({ userId: target.id, disabled: false })).toEqual({ ok: true, data: { changed: true } });
    expect(await authorizeCredentials({ email: target.email, password: DEFAULT_PASSWORD }, '10.9.0.1')).toMatchObject({ ok: true });
    expect(await db.auditLog.findMany({ where: { entityId: target.id }, select: { action: true }, orderBy: { createdAt: 'asc' } })).toEqual([{ action: 'user.disable' }, { action: 'user.enable' }]);
  });
});
