import { describe, expect, it } from 'vitest';
import { canChangeStatus, canManageDelegations, canReadDelegations, headCanManageMembers, holdsDelegationSeat, memberStatus } from './policy';

describe('delegation policy', () => {
  it('seats: every live registration holds one, cancelled and rejected do not', () => {
    expect(['SUBMITTED', 'APPROVED', 'WAITLISTED', 'REJECTED', 'CANCELLED'].map((s) => holdsDelegationSeat(s as never))).toEqual([true, true, true, false, false]);
  });

  it('roles: staff read, only the secretariat manages; delegates neither', () => {
    expect(['DELEGATE', 'ORGANIZER', 'SECRETARIAT'].map((r) => [canReadDelegations(r as never), canManageDelegations(r as never)])).toEqual([
      [false, false],
      [true, false],
      [true, true],
    ]);
  });

  it('heads manage members only while approved', () => {
    expect(['REQUESTED', 'APPROVED', 'CLOSED'].map((s) => headCanManageMembers(s as never))).toEqual([false, true, false]);
  });

  it('status transitions', () => {
    const all = ['REQUESTED', 'APPROVED', 'CLOSED'] as const;
    const matrix = all.map((from) => all.map((to) => canChangeStatus(from, to)));
    expect(matrix).toEqual([
      [false, true, true],
      [false, false, true],
      [false, true, false],
    ]);
  });

  it('member status as the head sees it', () => {
    const base = { accepted: false, draftStep: null, registrationStatus: null, inThisDelegation: false };
    expect(memberStatus(base)).toBe('INVITED');
    expect(memberStatus({ ...base, accepted: true })).toBe('ACCOUNT_CREATED');
    expect(memberStatus({ ...base, accepted: true, draftStep: 0 })).toBe('ACCOUNT_CREATED');
    expect(memberStatus({ ...base, accepted: true, draftStep: 2 })).toBe('INCOMPLETE');
    expect(memberStatus({ ...base, accepted: true, registrationStatus: 'APPROVED', inThisDelegation: true })).toBe('APPROVED');
    expect(memberStatus({ ...base, accepted: true, registrationStatus: 'SUBMITTED', inThisDelegation: false })).toBe('NOT_ATTACHED');
  });
});
