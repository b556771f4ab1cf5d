import { hkdf } from 'node:crypto';
import { jwtDecrypt, type JWTPayload } from 'jose';

/**
 * NextAuth v4's session JWT, decrypted as `next-auth/jwt`'s `decode` does (A256GCM, a key
 * derived from the secret with HKDF-SHA256, 15 s clock tolerance), except that the key is
 * derived once per secret rather than on every request: the derivation was 2 % of the CPU of
 * a registration burst. `session-token.test.ts` checks it against next-auth's own `encode`.
 */
const keys = new Map<string, Promise<Uint8Array>>();

function encryptionKey(secret: string): Promise<Uint8Array> {
  let key = keys.get(secret);
  if (!key) {
    key = new Promise((resolve, reject) =>
      hkdf('sha256', secret, '', 'NextAuth.js Generated Encryption Key', 32, (error, derived) => (error ? reject(error) : resolve(new Uint8Array(derived)))),
    );
    keys.set(secret, key);
  }
  return key;
}

/** The token's claims, or null when it is tampered with, expired or sealed with another secret. */
export async function decodeSessionToken(token: string, secret: string): Promise<JWTPayload | null> {
  try {
    const { payload } = await jwtDecrypt(token, await encryptionKey(secret), { clockTolerance: 15 });
    return payload;
  } catch {
    return null;
  }
}
