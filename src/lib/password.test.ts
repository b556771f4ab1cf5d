import { describe, expect, it } from 'vitest';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password';

describe('password hashing', () => {
  it('uses argon2id at OWASP parameters and verifies', async () => {
    const hash = await hashPassword('baobab-de-Ngor-2005');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'baobab-de-Ngor-2005')).toBe(true);
    expect(await verifyPassword(hash, 'Baobab-de-Ngor-2005')).toBe(false);
  });

  it('never throws on a malformed hash and burns time on unknown accounts', async () => {
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
    expect(await verifyAgainstDummy('whatever')).toBe(false);
  });
});
