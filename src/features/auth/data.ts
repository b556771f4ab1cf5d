import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Role } from '@/generated/prisma/enums';
import { getSessionClaims } from './session';
import { hashSecret } from './tokens';
import { isRateLimited } from '@/features/rate-limit/data';
import { rule } from '@/features/rate-limit/policy';
import type { TokenType } from '@/generated/prisma/enums';

export type Actor = { id: string; role: Role; name: string; email: string; locale: string };

/**
 * The signed-in user as the database says now (a role in a JWT can be stale;
 * a disabled account or a session older than the last password reset is
 * treated as signed out). Cached per request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const claims = await getSessionClaims();
  if (!claims) return null;
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: { id: true, role: true, name: true, email: true, locale: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== claims.sessionVersion) return null;
  return { id: user.id, role: user.role, name: user.name, email: user.email, locale: user.locale };
});

export async function requireUser(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new AppError('UNAUTHENTICATED');
  return actor;
}

/**
 * Refuses anyone without one of `roles`. The refusal is NOT_FOUND, so a
 * delegate probing staff actions learns nothing about what exists there.
 */
export async function requireRole(...roles: Role[]): Promise<Actor> {
  const actor = await requireUser();
  if (!roles.includes(actor.role)) throw new AppError('NOT_FOUND');
  return actor;
}

/** True when the account or the client IP has 10 failed sign-ins in the current 15-minute window. */
export async function isSignInThrottled(email: string, ip: string | null): Promise<boolean> {
  for (const key of [email, ip]) {
    const r = rule('signInFailure', key);
    if (r.key && (await isRateLimited({ ...r, key: r.key }))) return true;
  }
  return false;
}

export function findUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email },
    select: { id: true, passwordHash: true, role: true, name: true, locale: true, emailVerifiedAt: true, disabledAt: true, sessionVersion: true },
  });
}

export function findUserByEmail(email: string) {
  return db.user.findUnique({ where: { email }, select: { id: true, name: true, locale: true, emailVerifiedAt: true, disabledAt: true } });
}

/** A usable (unused, unexpired) token of `type`, by its secret. */
export function findLiveToken(type: TokenType, secret: string) {
  return db.oneTimeToken.findFirst({
    where: { type, tokenHash: hashSecret(secret), usedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, userId: true, subjectId: true },
  });
}
