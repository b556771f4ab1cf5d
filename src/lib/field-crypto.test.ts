import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptField, encryptField, keyIdOf, keyRing, parseDataKey, reencryptField } from './field-crypto';

const k1 = randomBytes(32).toString('base64');
const k2 = randomBytes(32).toString('base64');

describe('field encryption (AES-256-GCM)', () => {
  it('round-trips any text, with a fresh IV each time and no plaintext in the output', () => {
    const ring = keyRing({ DATA_ENCRYPTION_KEY: k1 });
    const a = encryptField('AB1234567', 'passportNumber', ring);
    const b = encryptField('AB1234567', 'passportNumber', ring);
    expect(a).not.toBe(b);
    expect(a).not.toContain('AB1234567');
    expect(keyIdOf(a)).toBe(parseDataKey(k1).id);
    expect(decryptField(a, 'passportNumber', ring)).toBe('AB1234567');
    expect(decryptField(encryptField('王芳 عائشة', 'x', ring), 'x', ring)).toBe('王芳 عائشة');
  });

  it('refuses a wrong key, another field, a tampered value and garbage', () => {
    const stored = encryptField('1980-01-01', 'dateOfBirth', keyRing({ DATA_ENCRYPTION_KEY: k1 }));
    expect(() => decryptField(stored, 'dateOfBirth', keyRing({ DATA_ENCRYPTION_KEY: k2 }))).toThrow(/Unknown data encryption key/);
    const [v, id, iv, tag, body] = stored.split('.');
    const other = parseDataKey(k2);
    const forged = keyRing({ DATA_ENCRYPTION_KEY: k2 });
    forged.byId.set(id, { id, key: other.key }); // right id, wrong bytes
    expect(() => decryptField(stored, 'dateOfBirth', forged)).toThrow();
    const ring = keyRing({ DATA_ENCRYPTION_KEY: k1 });
    expect(() => decryptField(stored, 'passportNumber', ring)).toThrow();
    const flipped = Buffer.from(body, 'base64url');
    flipped[0] ^= 1;
    expect(() => decryptField([v, id, iv, tag, flipped.toString('base64url')].join('.'), 'dateOfBirth', ring)).toThrow();
    expect(() => decryptField('1980-01-01', 'dateOfBirth', ring)).toThrow(/Not an encrypted/);
  });

  it('rotates: old values open with the old key listed, and re-encrypt under the new one', () => {
    const old = keyRing({ DATA_ENCRYPTION_KEY: k1 });
    const stored = encryptField('ZX9876543', 'passportNumber', old);
    const rotated = keyRing({ DATA_ENCRYPTION_KEY: k2, DATA_ENCRYPTION_KEYS: k1 });
    expect(decryptField(stored, 'passportNumber', rotated)).toBe('ZX9876543');
    const again = reencryptField(stored, 'passportNumber', rotated)!;
    expect(keyIdOf(again)).toBe(rotated.current.id);
    expect(reencryptField(again, 'passportNumber', rotated)).toBeNull();
    expect(decryptField(again, 'passportNumber', keyRing({ DATA_ENCRYPTION_KEY: k2 }))).toBe('ZX9876543');
  });

  it('requires a 32-byte key, and a key in production', () => {
    expect(() => parseDataKey(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
    expect(() => keyRing({ NODE_ENV: 'production' })).toThrow(/DATA_ENCRYPTION_KEY/);
    expect(keyRing({ NODE_ENV: 'test' }).current.id).toMatch(/^[0-9a-f]{8}$/);
  });
});
