import 'server-only';
import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { authSecret } from '@/lib/env';

// The badge QR code holds `<registrationId>.<tag>`, tag = HMAC-SHA256 over the
// id with a key derived from NEXTAUTH_SECRET by HKDF (info "rencontre/badge/v1"),
// so the key is never the session-signing key itself (domain separation).
// Without the secret nobody can make a valid code for another registration;
// changing one character of the id or the tag makes it invalid.

const INFO = 'rencontre/badge/v1';
const ID = /^[A-Za-z0-9_-]{1,64}$/;

function badgeKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'rencontre', INFO, 32));
}

function tagOf(registrationId: string, secret: string): Buffer {
  return createHmac('sha256', badgeKey(secret)).update(`badge:${registrationId}`).digest();
}

export function signBadgeToken(registrationId: string, secret = authSecret()): string {
  if (!ID.test(registrationId)) throw new Error('invalid registration id');
  return `${registrationId}.${tagOf(registrationId, secret).toString('base64url')}`;
}

/** The registration id of a genuine token, or null (compared in constant time). */
export function verifyBadgeToken(token: string, secret = authSecret()): string | null {
  if (typeof token !== 'string' || token.length > 200) return null;
  const dot = token.indexOf('.');
  if (dot <= 0 || token.indexOf('.', dot + 1) !== -1) return null;
  const id = token.slice(0, dot);
  const tag = token.slice(dot + 1);
  if (!ID.test(id) || !/^[A-Za-z0-9_-]{43}$/.test(tag)) return null;
  const given = Buffer.from(tag, 'base64url');
  const expected = tagOf(id, secret);
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
