import { signValue, verifyValue } from '@/lib/signed-value';

// The invitation a signed-out visitor opened, kept in a signed httpOnly cookie
// (set by the proxy) while they sign in, sign up or verify their address.
// `c:<code>` a delegation's invitation link; `t:<token>` a personal invitation.

export const PENDING_COOKIE = 'rencontre-invite';
export const PENDING_MAX_AGE_S = 14 * 24 * 3600;
const PURPOSE = 'pending-invite';

export type PendingCookie = { kind: 'code' | 'token'; value: string };

export function encodePendingCookie(p: PendingCookie, secret: string): string {
  return signValue(`${p.kind === 'code' ? 'c' : 't'}:${p.value}`, PURPOSE, secret);
}

export function decodePendingCookie(raw: string | undefined, secret: string): PendingCookie | null {
  const value = verifyValue(raw, PURPOSE, secret);
  if (!value || value.length < 3 || value[1] !== ':') return null;
  if (value[0] === 'c') return { kind: 'code', value: value.slice(2) };
  if (value[0] === 't') return { kind: 'token', value: value.slice(2) };
  return null;
}
