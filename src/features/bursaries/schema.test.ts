import { describe, expect, it } from 'vitest';
import { decideBursarySchema, hasTooManyDigits, toMinor } from './schema';

describe('bursary amounts', () => {
  it('converts typed amounts to minor units without floating-point drift', () => {
    expect(toMinor('150000', 0)).toBe(150000);
    expect(toMinor('1250.5', 2)).toBe(125050);
    expect(toMinor('0.29', 2)).toBe(29);
    expect(hasTooManyDigits('10.5', 0)).toBe(true);
    expect(hasTooManyDigits('10.55', 2)).toBe(false);
  });
  it('a partial grant needs an amount, a refusal a reason; no fee cover without a grant', () => {
    const base = { eventId: 'e', registrationId: 'r', amount: '', feeCover: '', reason: '' };
    expect(decideBursarySchema.safeParse({ ...base, decision: 'GRANT_PARTIAL' }).success).toBe(false);
    expect(decideBursarySchema.safeParse({ ...base, decision: 'DECLINE' }).success).toBe(false);
    expect(decideBursarySchema.safeParse({ ...base, decision: 'WAITLIST', feeCover: '10' }).success).toBe(false);
    expect(decideBursarySchema.safeParse({ ...base, decision: 'GRANT_FULL' }).success).toBe(true);
    expect(decideBursarySchema.safeParse({ ...base, decision: 'GRANT_FULL', amount: '0x10' }).success).toBe(false);
    expect(decideBursarySchema.safeParse({ ...base, decision: 'GRANT_FULL', amount: ['1'] }).success).toBe(false);
  });
});
