import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

// Field encryption at rest (passport number, date of birth): AES-256-GCM from
// node:crypto. A value is stored as `v1.<keyId>.<iv>.<tag>.<ciphertext>`
// (base64url parts; 96-bit random IV, 128-bit tag). The key id is the first 8
// hex digits of SHA-256(key), so rotation needs no registry of ids: the
// current key comes from DATA_ENCRYPTION_KEY, older ones from
// DATA_ENCRYPTION_KEYS (comma-separated), and `npm run keys:rotate`
// re-encrypts everything under the current key. The field name is bound as
// additional data, so a ciphertext copied into another column fails to open.
// No 'server-only' import: tools (rotation, retention, seed) use it too.

export type DataKey = { id: string; key: Buffer };
export type KeyRing = { current: DataKey; byId: Map<string, DataKey> };

const VERSION = 'v1';

export function parseDataKey(base64: string): DataKey {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== 32) throw new Error('A data encryption key must be 32 bytes, base64-encoded (openssl rand -base64 32).');
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 8), key };
}

/** Development and test only: a fixed key, refused in production. */
const DEV_KEY = createHash('sha256').update('rencontre development-only data key').digest('base64');

let cached: { source: string; ring: KeyRing } | undefined;

/** The key ring from the environment (cached while the variables do not change). */
export function keyRing(env: Record<string, string | undefined> = process.env): KeyRing {
  const currentText = env.DATA_ENCRYPTION_KEY;
  const source = `${currentText ?? ''}|${env.DATA_ENCRYPTION_KEYS ?? ''}|${env.NODE_ENV ?? ''}`;
  if (cached?.source === source) return cached.ring;
  if (!currentText && env.NODE_ENV === 'production') {
    throw new Error('DATA_ENCRYPTION_KEY is not set (npm run demo sets one for you; see README).');
  }
  const current = parseDataKey(currentText || DEV_KEY);
  const byId = new Map<string, DataKey>([[current.id, current]]);
  for (const old of (env.DATA_ENCRYPTION_KEYS ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const k = parseDataKey(old);
    if (!byId.has(k.id)) byId.set(k.id, k);
  }
  const ring = { current, byId };
  cached = { source, ring };
  return ring;
}

export function encryptField(plain: string, field: string, ring: KeyRing = keyRing()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', ring.current.key, iv);
  cipher.setAAD(Buffer.from(field, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, ring.current.id, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
}

/** Throws when the value is malformed, its key is unknown or it was tampered with. */
export function decryptField(stored: string, field: string, ring: KeyRing = keyRing()): string {
  const parts = stored.split('.');
  if (parts.length !== 5 || parts[0] !== VERSION) throw new Error('Not an encrypted field value.');
  const [, id, iv, tag, body] = parts;
  const key = ring.byId.get(id);
  if (!key) throw new Error(`Unknown data encryption key id ${id} (add the old key to DATA_ENCRYPTION_KEYS).`);
  const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(field, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

export function keyIdOf(stored: string): string | null {
  const parts = stored.split('.');
  return parts.length === 5 && parts[0] === VERSION ? parts[1] : null;
}

/** Re-encrypts under the current key; returns null when it already is. */
export function reencryptField(stored: string, field: string, ring: KeyRing = keyRing()): string | null {
  if (keyIdOf(stored) === ring.current.id) return null;
  return encryptField(decryptField(stored, field, ring), field, ring);
}
