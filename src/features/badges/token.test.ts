import { describe, expect, it } from 'vitest';
import { signBadgeToken, verifyBadgeToken } from './token';

const SECRET = 'unit-test-secret-0123456789';

describe('badge QR token', () => {
  it('verifies its own token and gives back the registration id', () => {
    const token = signBadgeToken('cmabc123xyz', SECRET);
    expect(token).toMatch(/^cmabc123xyz\.[A-Za-z0-9_-]{43}$/);
    expect(verifyBadgeToken(token, SECRET)).toBe('cmabc123xyz');
  });

  it('is not guessable: another id or another secret gives another tag', () => {
    const a = signBadgeToken('reg-1', SECRET).split('.')[1];
    expect(signBadgeToken('reg-2', SECRET).split('.')[1]).not.toBe(a);
    expect(signBadgeToken('reg-1', 'another-secret').split('.')[1]).not.toBe(a);
  });

  it('refuses a token signed with another secret', () => {
    expect(verifyBadgeToken(signBadgeToken('reg-1', 'another-secret'), SECRET)).toBeNull();
  });

  it('refuses a token whose id was changed (tag kept)', () => {
    const [, tag] = signBadgeToken('reg-1', SECRET).split('.');
    expect(verifyBadgeToken(`reg-2.${tag}`, SECRET)).toBeNull();
  });

  it('refuses every single-character change of the tag', () => {
    const token = signBadgeToken('reg-1', SECRET);
    const dot = token.indexOf('.');
    for (let i = dot + 1; i < token.length; i++) {
      const swapped = token[i] === 'A' ? 'B' : 'A';
      expect(verifyBadgeToken(token.slice(0, i) + swapped + token.slice(i + 1), SECRET), `position ${i}`).toBeNull();
    }
  });

  it.each(['', '.', 'reg-1', 'reg-1.', '.abc', 'reg-1.abc', 'reg 1.' + 'A'.repeat(43), `reg-1.${'A'.repeat(43)}.x`, `${'x'.repeat(65)}.${'A'.repeat(43)}`, 'x'.repeat(500)])('refuses malformed token %j', (token) => {
    expect(verifyBadgeToken(token, SECRET)).toBeNull();
  });

  it('refuses a truncated tag and a tag with padding', () => {
    const token = signBadgeToken('reg-1', SECRET);
    expect(verifyBadgeToken(token.slice(0, -1), SECRET)).toBeNull();
    expect(verifyBadgeToken(`${token}=`, SECRET)).toBeNull();
  });
});
