import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

// A short value signed with a key derived from NEXTAUTH_SECRET (HKDF, one `purpose`
// per use, so a value signed for one use is worthless for another). Used for
// httpOnly cookies that the proxy sets and server code reads.

function tag(value: string, purpose: string, secret: string): Buffer {
  const key = Buffer.from(hkdfSync('sha256', secret, 'rencontre', `rencontre/${purpose}/v1`, 32));
  return createHmac('sha256', key).update(value).digest();
}

export function signValue(value: string, purpose: string, secret: string): string {
  return `${value}.${tag(value, purpose, secret).toString('base64url')}`;
}

/** The value of a genuine signed value, else null (constant-time comparison). */
export function verifyValue(signed: string | undefined, purpose: string, secret: string): string | null {
  if (typeof signed !== 'string' || signed.length > 400) return null;
  const dot = signed.lastIndexOf('.');
  if (dot <= 0) return null;
  const value = signed.slice(0, dot);
  const given = Buffer.from(signed.slice(dot + 1), 'base64url');
  const expected = tag(value, purpose, secret);
  return given.length === expected.length && timingSafeEqual(given, expected) ? value : null;
}
