import 'server-only';
import { cookies } from 'next/headers';
import { decodeSessionToken } from './session-token';

export type SessionClaims = { userId: string; sessionVersion: number };

/** NextAuth v4's cookie name: `__Secure-` prefixed when the site is served over HTTPS. */
function sessionCookieName(): string {
  return `${process.env.NEXTAUTH_URL?.startsWith('https://') ? '__Secure-' : ''}next-auth.session-token`;
}

/** The cookie's value, joined back when NextAuth split a large token into `name.0`, `name.1`, … */
function readToken(all: { name: string; value: string }[], name: string): string | null {
  const whole = all.find((c) => c.name === name);
  if (whole) return whole.value;
  const chunks = all
    .filter((c) => c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)))
    .sort((a, b) => Number(a.name.slice(name.length + 1)) - Number(b.name.slice(name.length + 1)));
  return chunks.length ? chunks.map((c) => c.value).join('') : null;
}

/**
 * The claims in the signed session cookie, or null. Never trusted for
 * authority on its own: `getActor()` in data.ts re-reads the user from the
 * database (role, disabled, session version). Tests replace this module.
 *
 * The JWT is decoded here rather than through NextAuth's `getServerSession`:
 * that one re-encodes and re-sets the cookie on every call (a rolling expiry),
 * and a cookie written during a server action makes Next render the whole page
 * into the action's answer — 40–60 KB and most of the CPU of a registration or
 * an enrolment. Sessions therefore last `maxAge` (30 days) from sign-in.
 */
export async function getSessionClaims(): Promise<SessionClaims | null> {
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET; // as the proxy reads it
  if (!secret) return null;
  const token = readToken((await cookies()).getAll(), sessionCookieName());
  if (!token) return null;
  const claims = await decodeSessionToken(token, secret); // null: tampered, expired or signed with another secret
  if (!claims || typeof claims.uid !== 'string') return null;
  return { userId: claims.uid, sessionVersion: typeof claims.sv === 'number' ? claims.sv : -1 };
}
