import { describe, expect, it } from 'vitest';
import { formatCellDate, wallClockDate } from './rows';

describe('dates in exports', () => {
  it('shows instants in the event time zone, across DST changes', () => {
    expect(formatCellDate(new Date('2027-02-20T14:05:00Z'), 'datetime', 'Africa/Dakar')).toBe('2027-02-20 14:05');
    expect(formatCellDate(new Date('2027-02-20T14:05:00Z'), 'datetime', 'America/Toronto')).toBe('2027-02-20 09:05');
    expect(formatCellDate(new Date('2027-07-20T14:05:00Z'), 'datetime', 'America/Toronto')).toBe('2027-07-20 10:05');
    expect(formatCellDate(new Date('2027-03-14T06:59:00Z'), 'datetime', 'America/Toronto')).toBe('2027-03-14 01:59');
    expect(formatCellDate(new Date('2027-03-14T07:00:00Z'), 'datetime', 'America/Toronto')).toBe('2027-03-14 03:00');
    expect(formatCellDate(new Date('2027-01-01T03:30:00Z'), 'datetime', 'Asia/Kolkata')).toBe('2027-01-01 09:00');
  });

  it('keeps date-only columns as they are (UTC midnight)', () => {
    expect(formatCellDate(new Date('1980-05-17T00:00:00Z'), 'date', 'America/Toronto')).toBe('1980-05-17');
  });

  it('gives XLSX a date whose UTC fields are the wall clock', () => {
    expect(wallClockDate(new Date('2027-02-20T14:05:00Z'), 'datetime', 'America/Toronto').toISOString()).toBe('2027-02-20T09:05:00.000Z');
  });
});
