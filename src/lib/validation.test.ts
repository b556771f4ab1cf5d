import { describe, expect, it } from 'vitest';
import { setQuotaSchema } from '@/features/delegations/schema';
import { intField, optionalIntField, pageParam } from './validation';

describe('strict integers', () => {
  const quota = intField(1, 500);
  it('accepts integers and plain decimal digits', () => {
    expect(quota.parse(7)).toBe(7);
    expect(quota.parse('8')).toBe(8);
    expect(quota.parse(' 12 ')).toBe(12);
  });

  it('refuses what Number() or z.coerce would quietly accept', () => {
    for (const bad of [[7], '0x8', true, false, null, '1e2', '7.0', 7.5, '', ' ', '+7', '٣', Number.NaN, Infinity, {}, '9'.repeat(30)]) {
      expect(quota.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('optional: empty is undefined, the rest as strict', () => {
    const capacity = optionalIntField(1, 100);
    expect(capacity.parse('')).toBeUndefined();
    expect(capacity.parse(undefined)).toBeUndefined();
    expect(capacity.parse('40')).toBe(40);
    expect(capacity.safeParse('0x10').success).toBe(false);
    expect(capacity.safeParse([4]).success).toBe(false);
  });

  it('setDelegationQuota refuses [7], "0x8" and true (issue 10)', () => {
    const base = { delegationId: 'clx0000000000000000000000' };
    for (const quota of [[7], '0x8', true]) expect(setQuotaSchema.safeParse({ ...base, quota }).success).toBe(false);
    expect(setQuotaSchema.safeParse({ ...base, quota: '8' }).success).toBe(true);
  });

  it('page numbers from search params fall back to page 1', () => {
    expect(pageParam.parse('3')).toBe(3);
    expect(pageParam.parse('0x3')).toBeUndefined();
    expect(pageParam.parse(['3'])).toBeUndefined();
  });
});

describe('safeDecode', () => {
  it('decodes, and answers null for malformed escapes instead of throwing', async () => {
    const { safeDecode } = await import('./validation');
    expect(safeDecode('caf%C3%A9')).toBe('café');
    expect(safeDecode('%')).toBeNull();
    expect(safeDecode('%E0%A4%A')).toBeNull();
  });
});
