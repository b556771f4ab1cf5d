import { describe, expect, it } from 'vitest';
import { canCorrectPayments, canEditMoneySettings, canRecordPayment, canWaiveFees } from './policy';

describe('money policy', () => {
  it('lets organizers record cash only, the secretariat everything, delegates nothing', () => {
    expect(canRecordPayment('SECRETARIAT', 'MOBILE_MONEY')).toBe(true);
    expect(canRecordPayment('ORGANIZER', 'CASH')).toBe(true);
    expect(canRecordPayment('ORGANIZER', 'BANK_TRANSFER')).toBe(false);
    expect(canRecordPayment('DELEGATE', 'CASH')).toBe(false);
  });
  it('keeps corrections, waivers and settings to the secretariat', () => {
    for (const can of [canCorrectPayments, canWaiveFees, canEditMoneySettings]) {
      expect(can('SECRETARIAT')).toBe(true);
      expect(can('ORGANIZER')).toBe(false);
      expect(can('DELEGATE')).toBe(false);
    }
  });
});
