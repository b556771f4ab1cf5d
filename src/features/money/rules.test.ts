import { describe, expect, it } from 'vitest';
import { amountDue, balanceOf, paymentStatusOf, refusePayment, toMinor } from './rules';

describe('amountDue', () => {
  it('is the fee without a grant, or with a grant not (yet) granted', () => {
    expect(amountDue({ feeMinor: 50_000, bursaryStatus: null, bursaryFeeCoverMinor: null })).toBe(50_000);
    expect(amountDue({ feeMinor: 50_000, bursaryStatus: 'PENDING', bursaryFeeCoverMinor: 50_000 })).toBe(50_000);
    expect(amountDue({ feeMinor: 50_000, bursaryStatus: 'DECLINED', bursaryFeeCoverMinor: 20_000 })).toBe(50_000);
  });
  it('subtracts the fee cover of a full or partial grant', () => {
    expect(amountDue({ feeMinor: 50_000, bursaryStatus: 'PARTIAL', bursaryFeeCoverMinor: 20_000 })).toBe(30_000);
    expect(amountDue({ feeMinor: 50_000, bursaryStatus: 'GRANTED', bursaryFeeCoverMinor: 50_000 })).toBe(0);
  });
  it('never goes below zero, and no fee category owes nothing', () => {
    expect(amountDue({ feeMinor: 10_000, bursaryStatus: 'GRANTED', bursaryFeeCoverMinor: 90_000 })).toBe(0);
    expect(amountDue({ feeMinor: null, bursaryStatus: null, bursaryFeeCoverMinor: null })).toBe(0);
  });
});

describe('paymentStatusOf and balanceOf', () => {
  it('maps paid against due', () => {
    expect(paymentStatusOf({ dueMinor: 100, paidMinor: 0, waived: false, refunded: false })).toBe('UNPAID');
    expect(paymentStatusOf({ dueMinor: 100, paidMinor: 40, waived: false, refunded: false })).toBe('PARTLY_PAID');
    expect(paymentStatusOf({ dueMinor: 100, paidMinor: 100, waived: false, refunded: false })).toBe('PAID');
    expect(paymentStatusOf({ dueMinor: 0, paidMinor: 0, waived: false, refunded: false })).toBe('PAID');
    expect(paymentStatusOf({ dueMinor: 100, paidMinor: 0, waived: true, refunded: false })).toBe('WAIVED');
    expect(paymentStatusOf({ dueMinor: 100, paidMinor: 0, waived: false, refunded: true })).toBe('REFUNDED');
    expect(paymentStatusOf({ dueMinor: 100, paidMinor: 30, waived: false, refunded: true })).toBe('PARTLY_PAID');
  });
  it('owes nothing once waived', () => {
    expect(balanceOf({ amountDueMinor: 100, amountPaidMinor: 20, paymentStatus: 'PARTLY_PAID' })).toBe(80);
    expect(balanceOf({ amountDueMinor: 100, amountPaidMinor: 0, paymentStatus: 'WAIVED' })).toBe(0);
  });
});

describe('refusePayment', () => {
  const base = { amountMinor: 50, currency: 'XOF', eventCurrency: 'XOF', dueMinor: 100, paidMinor: 20, waived: false };
  it('accepts up to the balance', () => {
    expect(refusePayment(base)).toBeNull();
    expect(refusePayment({ ...base, amountMinor: 80 })).toBeNull();
  });
  it('refuses overpayment, another currency, a waived fee', () => {
    expect(refusePayment({ ...base, amountMinor: 81 })).toBe('overpayment');
    expect(refusePayment({ ...base, currency: 'EUR' })).toBe('currency');
    expect(refusePayment({ ...base, waived: true })).toBe('waived');
    expect(refusePayment({ ...base, paidMinor: 100 })).toBe('nothingDue');
  });
});

describe('toMinor', () => {
  it('reads amounts with the currency decimals', () => {
    expect(toMinor('25000', 'XOF')).toBe(25_000);
    expect(toMinor('12.50', 'CAD')).toBe(1250);
    expect(toMinor('12,5', 'EUR')).toBe(1250);
  });
  it('refuses decimals the currency does not have, signs, hex and text', () => {
    for (const bad of ['12.5', '-5', '0x10', '1e3', '', 'abc', '1 000']) expect(toMinor(bad, 'XOF')).toBeNull();
  });
});
