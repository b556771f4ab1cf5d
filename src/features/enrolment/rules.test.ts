import { describe, expect, it } from 'vitest';
import { canEnrol, effectiveCapacity, enrolmentOpen, seatsLeft } from './rules';

describe('enrolment rules', () => {
  it.each([
    ['SUBMITTED', true],
    ['APPROVED', true],
    ['WAITLISTED', false],
    ['REJECTED', false],
    ['CANCELLED', false],
  ] as const)('a %s registration may enrol: %s', (status, expected) => {
    expect(canEnrol(status)).toBe(expected);
  });
  it('closes enrolment when the session starts', () => {
    const startsAt = new Date('2027-02-20T09:00:00Z');
    expect(enrolmentOpen({ startsAt }, new Date('2027-02-20T08:59:59Z'))).toBe(true);
    expect(enrolmentOpen({ startsAt }, startsAt)).toBe(false);
  });
  it('uses the session capacity, else the room, else unlimited; never negative seats', () => {
    expect(effectiveCapacity({ capacity: 20, room: { capacity: 50 } })).toBe(20);
    expect(effectiveCapacity({ capacity: null, room: { capacity: 50 } })).toBe(50);
    expect(effectiveCapacity({ capacity: null, room: null })).toBeNull();
    expect(seatsLeft(30, 12)).toBe(18);
    expect(seatsLeft(20, 25)).toBe(0);
    expect(seatsLeft(null, 500)).toBeNull();
  });
});
