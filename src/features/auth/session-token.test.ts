import { describe, expect, it } from 'vitest';
import { encode } from 'next-auth/jwt';
import { decodeSessionToken } from './session-token';

describe('decodeSessionToken', () => {
  it('reads what next-auth sealed, with the same claims', async () => {
    const token = await encode({ token: { sub: 'u1', uid: 'u1', sv: 3, name: 'Aïssatou Ndiaye', email: 'a@example.org' }, secret: 's3cret', maxAge: 60 });
    expect(await decodeSessionToken(token, 's3cret')).toMatchObject({ uid: 'u1', sv: 3, name: 'Aïssatou Ndiaye' });
    // Twice: the second read uses the remembered key.
    expect(await decodeSessionToken(token, 's3cret')).toMatchObject({ uid: 'u1' });
  });

  it('refuses another secret, an altered token, an expired one and garbage', async () => {
    const token = await encode({ token: { uid: 'u1' }, secret: 's3cret', maxAge: 60 });
    expect(await decodeSessionToken(token, 'other')).toBeNull();
    const parts = token.split('.');
    parts[3] = parts[3]!.slice(0, -2) + (parts[3]!.endsWith('AA') ? 'BB' : 'AA');
    expect(await decodeSessionToken(parts.join('.'), 's3cret')).toBeNull();
    const expired = await encode({ token: { uid: 'u1' }, secret: 's3cret', maxAge: -60 });
    expect(await decodeSessionToken(expired, 's3cret')).toBeNull();
    expect(await decodeSessionToken('not-a-token', 's3cret')).toBeNull();
  });
});
