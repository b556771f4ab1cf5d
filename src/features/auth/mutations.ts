import 'server-only';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { appUrl } from '@/lib/env';
import type { AppLocale } from '@/lib/i18n/locales';
import type { Role, TokenType } from '@/generated/prisma/enums';
import type { Prisma } from '@/generated/prisma/client';
import { writeAudit } from '@/features/audit/mutations';
import { queueEmail } from '@/features/email/mutations';
import { hashSecret, newSecret, TOKEN_TTL_MS } from './tokens';
import { clearRateLimit, hitRateLimit } from '@/features/rate-limit/mutations';
import { rateLimitId, rule } from '@/features/rate-limit/policy';
import { fullName } from '@/lib/names';

/** The delegation whose invitation link brought a new account (see PendingInvitation). */
export type PendingRef = { delegationId: string };

async function issueToken(tx: Prisma.TransactionClient, type: TokenType, userId: string): Promise<string> {
  const { secret, hash } = newSecret();
  await tx.oneTimeToken.create({ data: { type, tokenHash: hash, userId, expiresAt: new Date(Date.now() + TOKEN_TTL_MS[type]) } });
  return secret;
}

function link(locale: AppLocale, path: string, token: string): string {
  return `${appUrl()}/${locale}${path}?token=${encodeURIComponent(token)}`;
}

/** Marks a token used exactly once (atomic: a double click consumes it once). */
async function consumeToken(tx: Prisma.TransactionClient, type: TokenType, secret: string) {
  const token = await tx.oneTimeToken.findUnique({ where: { tokenHash: hashSecret(secret) } });
  if (!token || token.type !== type || !token.userId) throw new AppError('TOKEN_INVALID');
  const claimed = await tx.oneTimeToken.updateMany({
    where: { id: token.id, usedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (claimed.count !== 1) throw new AppError('TOKEN_INVALID');
  return { ...token, userId: token.userId };
}

/**
 * A new account, its verification e-mail and, when the person arrived through an
 * invitation (`pending`), the invitation remembered for their first sign-in.
 */
export async function createAccount(input: { givenName: string; familyName: string; email: string; passwordHash: string; locale: AppLocale }, pending: PendingRef | null = null) {
  await db.$transaction(async (tx) => {
    const name = fullName(input.givenName, input.familyName);
    const user = await tx.user.create({ data: { name, givenName: input.givenName, familyName: input.familyName, email: input.email, passwordHash: input.passwordHash, locale: input.locale } });
    if (pending) await tx.pendingInvitation.create({ data: { userId: user.id, delegationId: pending.delegationId } });
    const secret = await issueToken(tx, 'EMAIL_VERIFICATION', user.id);
    await queueEmail(tx, {
      to: user.email,
      userId: user.id,
      locale: input.locale,
      template: 'verifyEmail',
      params: { name: user.name, url: link(input.locale, '/verify-email', secret) },
    });
  });
}

/** Someone signed up with an address that has an account: tell its owner, not the caller. */
export async function notifyExistingAccount(user: { id: string; name: string; locale: AppLocale }, email: string) {
  await db.$transaction((tx) =>
    queueEmail(tx, {
      to: email,
      userId: user.id,
      locale: user.locale,
      template: 'signUpExisting',
      params: { name: user.name, signInUrl: `${appUrl()}/${user.locale}/sign-in`, resetUrl: `${appUrl()}/${user.locale}/forgot-password` },
    }),
  );
}

export async function sendVerification(user: { id: string; name: string; locale: AppLocale }, email: string) {
  await db.$transaction(async (tx) => {
    const secret = await issueToken(tx, 'EMAIL_VERIFICATION', user.id);
    await queueEmail(tx, { to: email, userId: user.id, locale: user.locale, template: 'verifyEmail', params: { name: user.name, url: link(user.locale, '/verify-email', secret) } });
  });
}

export async function verifyEmail(secret: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const token = await consumeToken(tx, 'EMAIL_VERIFICATION', secret);
    await tx.user.updateMany({ where: { id: token.userId, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date() } });
  });
}

export async function sendPasswordReset(user: { id: string; name: string; locale: AppLocale }, email: string, requestLocale: AppLocale) {
  await db.$transaction(async (tx) => {
    const secret = await issueToken(tx, 'PASSWORD_RESET', user.id);
    await queueEmail(tx, { to: email, userId: user.id, locale: requestLocale, template: 'passwordReset', params: { name: user.name, url: link(requestLocale, '/reset-password', secret) } });
  });
}

/**
 * Sets a new password from a reset link: the link works once, every other
 * reset link dies, every existing session ends (sessionVersion), and following
 * the link proves the address, so it counts as verified.
 */
export async function resetPassword(secret: string, passwordHash: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const token = await consumeToken(tx, 'PASSWORD_RESET', secret);
    const user = await tx.user.update({
      where: { id: token.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, email: true, name: true, locale: true, emailVerifiedAt: true },
    });
    if (!user.emailVerifiedAt) await tx.user.update({ where: { id: user.id }, data: { emailVerifiedAt: new Date() } });
    await tx.oneTimeToken.updateMany({ where: { userId: user.id, type: 'PASSWORD_RESET', usedAt: null }, data: { usedAt: new Date() } });
    // The reset link proves the owner: it lifts the per-account sign-in lock a stranger may have set off.
    await tx.rateLimit.deleteMany({ where: { id: rateLimitId(rule('signInFailure', user.email)) } });
    await queueEmail(tx, { to: user.email, userId: user.id, locale: user.locale, template: 'passwordChanged', params: { name: user.name } });
  });
}

/** Counts a failed sign-in against the account and the client IP (the same counters as every rate limit). */
export async function recordFailedSignIn(email: string, ip: string | null): Promise<void> {
  for (const key of [email, ip]) {
    const r = rule('signInFailure', key);
    if (r.key) await hitRateLimit({ ...r, key: r.key });
  }
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await clearRateLimit(rule('signInFailure', email));
}

/** Secretariat only (checked by the caller with policy.canChangeRole); audited. */
export async function setUserRole(actorId: string, targetId: string, role: Role) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: targetId }, select: { role: true, email: true, name: true, locale: true } });
    if (!before) throw new AppError('NOT_FOUND');
    if (before.role === role) return { changed: false };
    await tx.user.update({ where: { id: targetId }, data: { role } });
    await writeAudit(tx, { actorId, action: 'user.role.change', entityType: 'User', entityId: targetId, data: { from: before.role, to: role } });
    await queueEmail(tx, { to: before.email, userId: targetId, locale: before.locale, template: 'roleChanged', params: { name: before.name, role } });
    return { changed: true };
  });
}

/**
 * Disables (or re-enables) an account: a disabled account cannot sign in and
 * its open sessions end at once (sessionVersion). Audited.
 */
export async function setUserDisabled(actorId: string, targetId: string, disabled: boolean) {
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: targetId }, select: { disabledAt: true } });
    if (!before) throw new AppError('NOT_FOUND');
    if (Boolean(before.disabledAt) === disabled) return { changed: false };
    await tx.user.update({ where: { id: targetId }, data: { disabledAt: disabled ? new Date() : null, sessionVersion: { increment: 1 } } });
    await writeAudit(tx, { actorId, action: disabled ? 'user.disable' : 'user.enable', entityType: 'User', entityId: targetId });
    return { changed: true };
  });
}
