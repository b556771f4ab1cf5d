import { describe, expect, it } from 'vitest';
import { signValue, verifyValue } from './signed-value';

describe('signed values', () => {
  it('round-trips and refuses a changed value, tag, purpose or secret', () => {
    const s = signValue('c:QC-2005', 'invite', 'k1');
    expect(verifyValue(s, 'invite', 'k1')).toBe('c:QC-2005');
    expect(verifyValue(s.replace('QC', 'SN'), 'invite', 'k1')).toBeNull();
    expect(verifyValue(`${s}x`, 'invite', 'k1')).toBeNull();
    expect(verifyValue(s, 'badge', 'k1')).toBeNull();
    expect(verifyValue(s, 'invite', 'k2')).toBeNull();
    expect(verifyValue(undefined, 'invite', 'k1')).toBeNull();
  });
});
