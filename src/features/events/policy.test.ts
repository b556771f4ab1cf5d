import { describe, expect, it } from 'vitest';
import { canSeeEvent, canTransition, isEventWritable, nextStatuses, registrationWindow } from './policy';

const opens = new Date('2026-10-01T00:00:00Z');
const closes = new Date('2027-01-15T00:00:00Z');

describe('registrationWindow', () => {
  it('follows the dates while the event is OPEN', () => {
    const e = { status: 'OPEN' as const, registrationOpensAt: opens, registrationClosesAt: closes };
    expect(registrationWindow(e, new Date('2026-09-30T23:59:59Z'))).toBe('notOpenYet');
    expect(registrationWindow(e, opens)).toBe('open');
    expect(registrationWindow(e, new Date('2027-01-14T23:59:59Z'))).toBe('open');
    expect(registrationWindow(e, closes)).toBe('closed');
  });

  it('is closed whatever the dates when the event is not OPEN', () => {
    for (const status of ['DRAFT', 'CLOSED', 'ARCHIVED'] as const) {
      expect(registrationWindow({ status, registrationOpensAt: opens, registrationClosesAt: closes }, new Date('2026-11-22T00:00:00Z'))).toBe('closed');
    }
  });
});

describe('canSeeEvent', () => {
  it('hides drafts from everyone but staff', () => {
    expect(canSeeEvent('DRAFT', null)).toBe(false);
    expect(canSeeEvent('DRAFT', 'DELEGATE')).toBe(false);
    expect(canSeeEvent('DRAFT', 'ORGANIZER')).toBe(true);
    expect(canSeeEvent('OPEN', null)).toBe(true);
    expect(canSeeEvent('ARCHIVED', null)).toBe(true);
  });
});


describe('event lifecycle', () => {
  it('moves forward DRAFT → OPEN → CLOSED → ARCHIVED; ARCHIVED is final', () => {
    expect(canTransition('DRAFT', 'OPEN')).toBe(true);
    expect(canTransition('OPEN', 'CLOSED')).toBe(true);
    expect(canTransition('CLOSED', 'ARCHIVED')).toBe(true);
    expect(canTransition('CLOSED', 'OPEN')).toBe(true);
    expect(canTransition('DRAFT', 'ARCHIVED')).toBe(false);
    expect(canTransition('OPEN', 'ARCHIVED')).toBe(false);
    expect(nextStatuses('ARCHIVED')).toEqual([]);
  });
  it('goes back to DRAFT only while nobody registered', () => {
    expect(canTransition('OPEN', 'DRAFT', 0)).toBe(true);
    expect(canTransition('OPEN', 'DRAFT', 1)).toBe(false);
  });
  it('only ARCHIVED is read-only', () => {
    expect(['DRAFT', 'OPEN', 'CLOSED', 'ARCHIVED'].map((s) => isEventWritable(s as never))).toEqual([true, true, true, false]);
  });
});
