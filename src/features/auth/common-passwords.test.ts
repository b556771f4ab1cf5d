import { describe, expect, it } from 'vitest';
import { isCommonPassword } from './common-passwords';

describe('isCommonPassword', () => {
  it('refuses listed passwords whatever their case', () => {
    for (const p of ['password', 'PASSWORD', '12345678', 'qwertyuiop', 'iloveyou']) expect(isCommonPassword(p)).toBe(true);
  });
  it('refuses repeated characters and digit runs', () => {
    expect(isCommonPassword('aaaaaaaaaa')).toBe(true);
    expect(isCommonPassword('20052005')).toBe(true);
  });
  it('accepts an uncommon passphrase', () => {
    expect(isCommonPassword('baobab-de-Ngor-2005')).toBe(false);
  });
});
