import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { authSecret } from '@/lib/env';
import { signUp, verifyEmail } from '@/features/auth/actions';
import { joinDelegation } from '@/features/delegations/actions';
import { encodePendingCookie, PENDING_COOKIE } from '@/features/delegations/pending/cookie';
import { pendingForUser, pendingForVerificationToken, pendingFromCookie } from '@/features/delegations/pending/data';
import { actAs } from './helpers/session';
import { testCookies } from './cookies';
import { createUser, latestLinkTo, uniqueEmail } from '../factories';
import { createHeadedDelegation } from '../factories/delegations';

const password = 'Teranga-Rufisque-2005';

describe('an invitation link carried through sign-up, verification and the first sign-in', () => {
  beforeEach(() => testCookies().clear());

  it('remembers the delegation for the new account, names it on every step, and forgets it once joined', async () => {
    const { delegation, head } = await createHeadedDelegation();
    testCookies().set(PENDING_COOKIE, encodePendingCookie({ kind: 'code', value: delegation.invitationCode.toLowerCase() }, authSecret()));
    expect(await pendingFromCookie()).toMatchObject({ delegation: delegation.name, head: head.name, path: `/delegations/join/${delegation.invitationCode}` });

    actAs(null);
    const email = uniqueEmail('invited');
    expect(await signUp({ givenName: 'Thị Minh Khai', familyName: 'Nguyễn', email, password, locale: 'pt' })).toMatchObject({ ok: true });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await db.pendingInvitation.findUnique({ where: { userId: user.id } })).toMatchObject({ delegationId: delegation.id });

    // The verification link, opened on another device (no cookie), still knows it.
    testCookies().clear();
    const { token } = await latestLinkTo(email, 'verifyEmail');
    expect(await pendingForVerificationToken(token)).toMatchObject({ delegation: delegation.name });
    expect(await verifyEmail({ token })).toMatchObject({ ok: true });
    expect(await pendingForUser(user.id)).toMatchObject({ delegationId: delegation.id });

    actAs(user);
    expect(await joinDelegation({ code: delegation.invitationCode })).toMatchObject({ ok: true });
    expect(await db.pendingInvitation.count({ where: { userId: user.id } })).toBe(0);
    expect(await pendingForUser(user.id)).toBeNull();
  });

  it('records nothing for an address that already has an account, nor for a forged cookie', async () => {
    const { delegation } = await createHeadedDelegation();
    const existing = await createUser();
    testCookies().set(PENDING_COOKIE, encodePendingCookie({ kind: 'code', value: delegation.invitationCode }, authSecret()));
    actAs(null);
    expect(await signUp({ givenName: 'Intrus', email: existing.email, password, locale: 'fr' })).toMatchObject({ ok: true });
    expect(await db.pendingInvitation.count({ where: { userId: existing.id } })).toBe(0);

    testCookies().set(PENDING_COOKIE, encodePendingCookie({ kind: 'code', value: delegation.invitationCode }, 'another-secret'));
    expect(await pendingFromCookie()).toBeNull();
    const email = uniqueEmail('forged');
    await signUp({ givenName: 'Awa', familyName: 'Diallo', email, password, locale: 'fr' });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(await db.pendingInvitation.count({ where: { userId: user.id } })).toBe(0);
  });
});
