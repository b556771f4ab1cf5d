import { describe, expect, it } from 'vitest';
import { canChangeOwnRegistration, canDecideRegistrations, canReadRegistrations, canSeeSensitive, decisionTarget, holdsSeat } from './policy';

const STATUSES = ['SUBMITTED', 'APPROVED', 'WAITLISTED', 'REJECTED', 'CANCELLED'] as const;

describe('registration policy', () => {
  it('seat holders are SUBMITTED and APPROVED only', () => {
    expect(STATUSES.filter(holdsSeat)).toEqual(['SUBMITTED', 'APPROVED']);
  });
  it('roles: the secretariat decides, staff read, sensitive data for owner and secretariat', () => {
    expect(canDecideRegistrations('SECRETARIAT')).toBe(true);
    expect(canDecideRegistrations('ORGANIZER')).toBe(false);
    expect(canDecideRegistrations('DELEGATE')).toBe(false);
    expect(canReadRegistrations('ORGANIZER')).toBe(true);
    expect(canReadRegistrations('DELEGATE')).toBe(false);
    const reg = { userId: 'u1' };
    expect(canSeeSensitive({ id: 'u1', role: 'DELEGATE' }, reg)).toBe(true);
    expect(canSeeSensitive({ id: 'u2', role: 'DELEGATE' }, reg)).toBe(false);
    expect(canSeeSensitive({ id: 'u3', role: 'ORGANIZER' }, reg)).toBe(false);
    expect(canSeeSensitive({ id: 'u4', role: 'SECRETARIAT' }, reg)).toBe(true);
  });
  it('the owner changes a live registration until the deadline', () => {
    const event = { registrationClosesAt: new Date('2027-01-10T00:00:00Z') };
    const before = new Date('2027-01-09T23:59:59Z');
    const after = new Date('2027-01-10T00:00:00Z');
    expect(STATUSES.filter((s) => canChangeOwnRegistration(s, event, before))).toEqual(['SUBMITTED', 'APPROVED', 'WAITLISTED']);
    expect(STATUSES.filter((s) => canChangeOwnRegistration(s, event, after))).toEqual([]);
  });
  it('decision transitions', () => {
    const table = Object.fromEntries((['APPROVE', 'REJECT', 'WAITLIST'] as const).map((d) => [d, STATUSES.map((s) => decisionTarget(d, s))]));
    expect(table).toEqual({
      APPROVE: ['APPROVED', null, 'APPROVED', null, null],
      REJECT: ['REJECTED', 'REJECTED', 'REJECTED', null, null],
      WAITLIST: ['WAITLISTED', 'WAITLISTED', null, null, null],
    });
  });
});
