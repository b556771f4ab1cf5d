import { describe, expect, it } from 'vitest';
import { canCheckIn, checkInOutcome } from './policy';

describe('check-in policy', () => {
  it.each([['DELEGATE', false], ['ORGANIZER', true], ['SECRETARIAT', true], [null, false]] as const)('%s may check in: %s', (role, allowed) => {
    expect(canCheckIn(role)).toBe(allowed);
  });

  it.each([
    ['APPROVED', null, 'CHECKED_IN'],
    ['APPROVED', new Date(), 'ALREADY'],
    ['SUBMITTED', null, 'NOT_APPROVED'],
    ['WAITLISTED', null, 'NOT_APPROVED'],
    ['REJECTED', null, 'NOT_APPROVED'],
    ['CANCELLED', null, 'NOT_APPROVED'],
  ] as const)('%s, checked in %s -> %s', (status, at, outcome) => {
    expect(checkInOutcome(status, at)).toBe(outcome);
  });
});
