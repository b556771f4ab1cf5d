import { afterEach, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { requestPasswordReset, resendVerification, resetPassword, signUp } from '@/features/auth/actions';
import { authOptions } from '@/features/auth/next-auth';
import { inviteMember } from '@/features/delegations/actions';
import { hitRateLimit } from '@/features/rate-limit/mutations';
import { LIMITS } from '@/features/rate-limit/policy';
import { actAs } from './helpers/session';
import { createUser, DEFAULT_PASSWORD, latestLinkTo, uniqueEmail } from '../factories';
import { createHeadedDelegation } from '../factories/delegations';

type Authorize = (credentials: Record<string, string>, req: { headers: Record<string, string> }) => Promise<unknown>;
const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };

/** A sign-in attempt through NextAuth's own authorize(), with the headers the server would see. */
async function signIn(email: string, password: string, headers: Record<string, string>): Promise<'OK' | 'INVALID' | string> {
  try {
    return (await provider.options.authorize({ email, password }, { headers })) ? 'OK' : 'INVALID';
  } catch (error) {
    return (error as Error).message;
  }
}

let n = 0;
const ip = () => `192.0.2.${(n = (n + 1) % 250) + 1}`;

afterEach(() => {
  delete process.env.TRUSTED_PROXIES;
  actAs(null);
});

describe('client address for the per-IP sign-in lock (issue 10: forged X-Forwarded-For)', () => {
  it('without TRUSTED_PROXIES a forged X-Forwarded-For neither locks another address nor dodges the limit', async () => {
    const attacker = ip();
    const victimIp = ip();
    const victim = await createUser();
    // Ten failures from the attacker's socket, each claiming to come from the victim's address (or a new one).
    for (let i = 0; i < 10; i++) {
      const forged = i % 2 ? victimIp : `198.51.100.${i}`;
      expect(await signIn(uniqueEmail('nobody'), 'wrong-password-1', { 'x-rencontre-peer': attacker, 'x-forwarded-for': forged })).toBe('INVALID');
    }
    // The victim's address is not locked …
    expect(await signIn(victim.email, DEFAULT_PASSWORD, { 'x-rencontre-peer': victimIp })).toBe('OK');
    // … and the attacker is, whatever address they claim next.
    expect(await signIn(victim.email, DEFAULT_PASSWORD, { 'x-rencontre-peer': attacker, 'x-forwarded-for': ip() })).toBe('RATE_LIMITED');
  });

  it('with TRUSTED_PROXIES=1 the address the proxy appended counts, not what the client wrote before it', async () => {
    process.env.TRUSTED_PROXIES = '1';
    const proxy = '10.9.0.1';
    const realClient = ip();
    const victimIp = ip();
    const victim = await createUser();
    for (let i = 0; i < 10; i++) await signIn(uniqueEmail('nobody'), 'wrong-password-1', { 'x-rencontre-peer': proxy, 'x-forwarded-for': `${victimIp}, ${realClient}` });
    expect(await signIn(victim.email, DEFAULT_PASSWORD, { 'x-rencontre-peer': proxy, 'x-forwarded-for': victimIp })).toBe('OK');
    expect(await signIn(victim.email, DEFAULT_PASSWORD, { 'x-rencontre-peer': proxy, 'x-forwarded-for': `${ip()}, ${realClient}` })).toBe('RATE_LIMITED');
  });
});

describe('a per-account lock cannot keep the owner out', () => {
  it('a stranger locks the account; the owner’s reset link still works, lifts the lock, and they sign in', async () => {
    const owner = await createUser();
    for (let i = 0; i < 10; i++) await signIn(owner.email, `wrong-${i}-password`, { 'x-rencontre-peer': ip() });
    expect(await signIn(owner.email, DEFAULT_PASSWORD, { 'x-rencontre-peer': ip() })).toBe('RATE_LIMITED');
    expect((await requestPasswordReset({ email: owner.email, locale: 'fr' })).ok).toBe(true);
    const { token } = await latestLinkTo(owner.email, 'passwordReset');
    const password = 'Saloum-delta-2005!';
    expect(await resetPassword({ token, password, confirm: password })).toMatchObject({ ok: true });
    expect(await signIn(owner.email, password, { 'x-rencontre-peer': ip() })).toBe('OK');
  });
});

describe('mail floods to one address are capped (issue 10)', () => {
  it('password reset: at most the limit per hour, the rest RATE_LIMITED, nothing more queued', async () => {
    const target = await createUser();
    const results = await Promise.all(Array.from({ length: 12 }, () => requestPasswordReset({ email: target.email, locale: 'fr' })));
    const limit = LIMITS.resetToAddress.limit;
    expect(results.filter((r) => r.ok)).toHaveLength(limit);
    expect(results.filter((r) => !r.ok && r.code === 'RATE_LIMITED')).toHaveLength(12 - limit);
    expect(await db.emailOutbox.count({ where: { to: target.email, template: 'passwordReset' } })).toBe(limit);
  });

  it('verification resends and sign-ups to an existing address are capped as well, counted for unknown addresses too', async () => {
    const unverified = await createUser({ verified: false });
    const resends = await Promise.all(Array.from({ length: 8 }, () => resendVerification({ email: unverified.email, locale: 'fr' })));
    expect(resends.filter((r) => r.ok)).toHaveLength(LIMITS.verificationToAddress.limit);
    expect(await db.emailOutbox.count({ where: { to: unverified.email } })).toBe(LIMITS.verificationToAddress.limit);

    const existing = await createUser();
    const signUps = await Promise.all(Array.from({ length: 14 }, () => signUp({ givenName: 'Intrus', email: existing.email, password: 'Teranga-de-Dakar-2005', locale: 'fr' })));
    expect(signUps.filter((r) => r.ok)).toHaveLength(LIMITS.signUpAddress.limit);
    expect(await db.emailOutbox.count({ where: { to: existing.email } })).toBe(LIMITS.signUpAddress.limit);

    // An address with no account is refused the same way (a refusal reveals nothing).
    const ghost = uniqueEmail('ghost');
    const ghostResults = await Promise.all(Array.from({ length: 7 }, () => requestPasswordReset({ email: ghost, locale: 'fr' })));
    expect(ghostResults.filter((r) => !r.ok && r.code === 'RATE_LIMITED')).toHaveLength(7 - LIMITS.resetToAddress.limit);
  });

  it('invitations to one address from many delegations are capped', async () => {
    const target = uniqueEmail('popular');
    const outcomes: string[] = [];
    for (let i = 0; i < LIMITS.inviteToAddress.limit + 1; i++) {
      const { head, delegation } = await createHeadedDelegation();
      actAs(head);
      const result = await inviteMember({ delegationId: delegation.id, member: { firstName: 'Awa', lastName: 'Ba', email: target } });
      outcomes.push(result.ok ? 'OK' : result.code);
    }
    expect(outcomes.slice(0, -1).every((o) => o === 'OK')).toBe(true);
    expect(outcomes.at(-1)).toBe('RATE_LIMITED');
    expect(await db.emailOutbox.count({ where: { to: target } })).toBe(LIMITS.inviteToAddress.limit);
  });
});

describe('hitRateLimit', () => {
  it('counts concurrent hits exactly (one atomic upsert): exactly `limit` pass', async () => {
    const key = uniqueEmail('concurrent');
    const outcomes = await Promise.all(Array.from({ length: 25 }, () => hitRateLimit({ bucket: 'test', key, limit: 7, windowMs: 60_000 })));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(7);
    expect(outcomes.map((o) => o.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });

  it('starts a new window once the old one has passed', async () => {
    const key = uniqueEmail('window');
    const t0 = Date.now();
    for (let i = 0; i < 3; i++) await hitRateLimit({ bucket: 'test', key, limit: 3, windowMs: 1000 }, t0);
    expect((await hitRateLimit({ bucket: 'test', key, limit: 3, windowMs: 1000 }, t0 + 500)).ok).toBe(false);
    expect(await hitRateLimit({ bucket: 'test', key, limit: 3, windowMs: 1000 }, t0 + 1000)).toMatchObject({ ok: true, count: 1 });
  });
});
