import 'server-only';
import { getServerSession } from 'next-auth';
import { authOptions } from './next-auth';

export type SessionClaims = { userId: string; sessionVersion: number };

/**
 * The claims in the signed session cookie, or null. Never trusted for
 * authority on its own: `getActor()` in data.ts re-reads the user from the
 * database (role, disabled, session version). Tests replace this module.
 */
export async function getSessionClaims(): Promise<SessionClaims | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: unknown; sv?: unknown } | undefined;
  if (!user || typeof user.id !== 'string') return null;
  return { userId: user.id, sessionVersion: typeof user.sv === 'number' ? user.sv : -1 };
}
