import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { requestPasswordReset, resendVerification, resetPassword, signUp, verifyEmail } from '@/features/auth/actions';
import { authorizeCredentials } from '@/features/auth/sign-in';
import { getActor } from '@/features/auth/data';
import { createUser, DEFAULT_PASSWORD, latestLinkTo, uniqueEmail } from '@tests/factories';
import { actAs } from './helpers/session';

const password = 'Teranga-de-Dakar-2005';

describe('sign up and e-mail verification', () => {
  it('creates an unverified account and sends a verification link in the chosen language', async () => {
    const email = uniqueEmail('signup');
    const result = await signUp({ givenName: '  Mame Diarra ', familyName: 'Guèye', email: email.toUpperCase(), password, locale: 'pt' });
    expect(result).toEqual({ ok: true, data: { email } });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ name: 'Mame Diarra Guèye', givenName: 'Mame Diarra', familyName: 'Guèye', role: 'DELEGATE', locale: 'pt', emailVerifiedAt: null });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: email, template: 'verifyEmail' } });
    expect(mail.subject).toBe('Confirme o seu e-mail');

    // Signing in before verifying is refused, and says why only with the right password.
    expect(await authorizeCredentials({ email, password }, '10.0.0.1')).toEqual({ ok: false, error: 'EMAIL_NOT_VERIFIED' });
    expect(await authorizeCredentials({ email, password: 'wrong-password-1' }, '10.0.0.1')).toEqual({ ok: false, error: 'INVALID' });

    const { token } = await latestLinkTo(email, 'verifyEmail');
    expect(await verifyEmail({ token })).toEqual({ ok: true, data: { verified: true } });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeInstanceOf(Date);
    // The link works once.
    expect(await verifyEmail({ token })).toMatchObject({ ok: false, code: 'TOKEN_INVALID' });
    expect(await authorizeCredentials({ email, password }, '10.0.0.1')).toMatchObject({ ok: true, user: { email, role: 'DELEGATE' } });
  });

  it('answers the same for an existing address, creates nothing, and tells the owner instead', async () => {
    const existing = await createUser();
    const before = await db.user.count();
    const result = await signUp({ givenName: 'Intrus', email: existing.email, password, locale: 'fr' });
    expect(result).toEqual({ ok: true, data: { email: existing.email } });
    expect(await db.user.count()).toBe(before);
    expect((await db.user.findUniqueOrThrow({ where: { id: existing.id } })).name).toBe(existing.name);
    expect(await db.emailOutbox.count({ where: { to: existing.email, template: 'signUpExisting' } })).toBe(1);
  });

  it('creates one account when the same sign-up is sent ten times at once', async () => {
    const email = uniqueEmail('double');
    const results = await Promise.all(Array.from({ length: 10 }, () => signUp({ givenName: 'Ousmane', familyName: 'Faye', email, password, locale: 'fr' })));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it('refuses common passwords, bad input and crafted requests with nothing written', async () => {
    const email = uniqueEmail('bad');
    expect(await signUp({ givenName: 'Fatou', familyName: 'Sow', email, password: 'password123', locale: 'fr' })).toEqual({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { password: ['passwordCommon'] },
    });
    const crafted = await signUp({ givenName: 'Fatou', familyName: 'Sow', email, password, locale: 'fr', role: 'SECRETARIAT' } as never);
    expect(crafted).toMatchObject({ ok: false, code: 'VALIDATION' });
    const wrongTypes = await signUp({ givenName: 42, email: [email], password, locale: 'fr' } as never);
    expect(wrongTypes).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { givenName: ['required'] } });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it('stores unicode and hostile names exactly as typed', async () => {
    for (const name of ['فاطمة الزهراء بنعلي', '王芳', '<script>alert(1)</script>', '=cmd|\' /C calc\'!A0']) {
      const email = uniqueEmail('unicode');
      await signUp({ givenName: name, familyName: 'Nguyễn', email, password, locale: 'fr' });
      expect(await db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ givenName: name, familyName: 'Nguyễn', name: `${name} Nguyễn` });
    }
  });

  it('resends a verification link only to unverified accounts, with the same answer', async () => {
    const unverified = await createUser({ verified: false });
    const verified = await createUser();
    expect(await resendVerification({ email: unverified.email, locale: 'fr' })).toEqual({ ok: true, data: { email: unverified.email } });
    expect(await resendVerification({ email: verified.email, locale: 'fr' })).toEqual({ ok: true, data: { email: verified.email } });
    expect(await db.emailOutbox.count({ where: { to: unverified.email, template: 'verifyEmail' } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { to: verified.email, template: 'verifyEmail' } })).toBe(0);
  });
});

describe('sign-in throttling', () => {
  it('locks an account after 10 failures in 15 minutes, even with the right password', async () => {
    const user = await createUser();
    for (let i = 0; i < 10; i++) {
      expect(await authorizeCredentials({ email: user.email, password: `wrong-${i}-password` }, `10.1.${i}.1`)).toEqual({ ok: false, error: 'INVALID' });
    }
    expect(await authorizeCredentials({ email: user.email, password: DEFAULT_PASSWORD }, '10.1.99.1')).toEqual({ ok: false, error: 'RATE_LIMITED' });
  });

  it('locks an IP after 10 failures across accounts, and only that IP', async () => {
    const victim = await createUser();
    for (let i = 0; i < 10; i++) await authorizeCredentials({ email: uniqueEmail('nobody'), password: 'guess-password' }, '10.2.0.1');
    expect(await authorizeCredentials({ email: victim.email, password: DEFAULT_PASSWORD }, '10.2.0.1')).toEqual({ ok: false, error: 'RATE_LIMITED' });
    expect(await authorizeCredentials({ email: victim.email, password: DEFAULT_PASSWORD }, '10.2.0.2')).toMatchObject({ ok: true });
  });

  it('gives the same answer for an unknown address and a wrong password', async () => {
    const user = await createUser();
    const unknown = await authorizeCredentials({ email: uniqueEmail('ghost'), password: 'whatever-password' }, '10.3.0.1');
    const wrong = await authorizeCredentials({ email: user.email, password: 'whatever-password' }, '10.3.0.2');
    expect(unknown).toEqual(wrong);
  });

  it('refuses disabled accounts like a wrong password', async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await authorizeCredentials({ email: user.email, password: DEFAULT_PASSWORD }, '10.4.0.1')).toEqual({ ok: false, error: 'INVALID' });
  });
});

describe('password reset', () => {
  it('sends a one-time link, changes the password and ends older sessions', async () => {
    const user = await createUser({ locale: 'es' });
    actAs(user);
    expect((await getActor())?.id).toBe(user.id);

    expect(await requestPasswordReset({ email: user.email, locale: 'es' })).toEqual({ ok: true, data: { email: user.email } });
    const { token, url } = await latestLinkTo(user.email, 'passwordReset');
    expect(url).toContain('/es/reset-password?token=');

    const newPassword = 'Gorée-island-2005!';
    expect(await resetPassword({ token, password: newPassword, confirm: newPassword })).toEqual({ ok: true, data: { reset: true } });
    expect(await authorizeCredentials({ email: user.email, password: DEFAULT_PASSWORD }, '10.5.0.1')).toEqual({ ok: false, error: 'INVALID' });
    expect(await authorizeCredentials({ email: user.email, password: newPassword }, '10.5.0.1')).toMatchObject({ ok: true });
    // The session issued before the reset no longer counts.
    expect(await getActor()).toBeNull();
    expect(await resetPassword({ token, password: 'Another-pass-2005', confirm: 'Another-pass-2005' })).toMatchObject({ ok: false, code: 'TOKEN_INVALID' });
    expect(await db.emailOutbox.count({ where: { to: user.email, template: 'passwordChanged' } })).toBe(1);
    actAs(null);
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const email = uniqueEmail('unknown');
    expect(await requestPasswordReset({ email, locale: 'fr' })).toEqual({ ok: true, data: { email } });
    expect(await db.emailOutbox.count({ where: { to: email } })).toBe(0);
  });

  it('refuses forged and expired tokens and common passwords', async () => {
    expect(await resetPassword({ token: 'x'.repeat(43), password: 'Teranga-de-Dakar-2005', confirm: 'Teranga-de-Dakar-2005' })).toMatchObject({ ok: false, code: 'TOKEN_INVALID' });
    const user = await createUser();
    await requestPasswordReset({ email: user.email, locale: 'fr' });
    const { token } = await latestLinkTo(user.email, 'passwordReset');
    expect(await resetPassword({ token, password: 'qwertyuiop', confirm: 'qwertyuiop' })).toMatchObject({ ok: false, fieldErrors: { password: ['passwordCommon'] } });
    await db.oneTimeToken.updateMany({ where: { userId: user.id, type: 'PASSWORD_RESET' }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await resetPassword({ token, password: 'Teranga-de-Dakar-2005', confirm: 'Teranga-de-Dakar-2005' })).toMatchObject({ ok: false, code: 'TOKEN_INVALID' });
  });
});
