// No 'server-only' here: tools/setup-admin.ts (run by tsx, outside Next) uses it too;
// node:crypto keeps it out of browser bundles anyway.
import { createHash, randomBytes } from 'node:crypto';

/** A URL-safe secret of 256 bits; only its SHA-256 is stored. */
export function newSecret(): { secret: string; hash: string } {
  const secret = randomBytes(32).toString('base64url');
  return { secret, hash: hashSecret(secret) };
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export const TOKEN_TTL_MS = {
  EMAIL_VERIFICATION: 48 * 3600_000,
  PASSWORD_RESET: 3600_000,
  DELEGATION_INVITE: 30 * 24 * 3600_000,
} as const;
