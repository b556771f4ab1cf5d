import { describe, expect, it } from 'vitest';
import { addDays, eventDays, fromWallTime, instantToZonedWallTime, todayIn, toWallTime, zonedDay, zonedWallTimeToInstant } from './zoned-time';

describe('zonedWallTimeToInstant', () => {
  it('Dakar is UTC all year', () => {
    expect(zonedWallTimeToInstant('2027-02-20', '14:00', 'Africa/Dakar')?.toISOString()).toBe('2027-02-20T14:00:00.000Z');
  });
  it('Toronto in winter (UTC-5) and summer (UTC-4)', () => {
    expect(zonedWallTimeToInstant('2027-01-15', '09:30', 'America/Toronto')?.toISOString()).toBe('2027-01-15T14:30:00.000Z');
    expect(zonedWallTimeToInstant('2027-07-15', '09:30', 'America/Toronto')?.toISOString()).toBe('2027-07-15T13:30:00.000Z');
  });
  it('refuses a time skipped by the spring-forward change', () => {
    // 14 March 2027, 02:00 -> 03:00 in Toronto.
    expect(zonedWallTimeToInstant('2027-03-14', '02:30', 'America/Toronto')).toBeNull();
    expect(zonedWallTimeToInstant('2027-03-14', '03:00', 'America/Toronto')?.toISOString()).toBe('2027-03-14T07:00:00.000Z');
    expect(zonedWallTimeToInstant('2027-03-14', '01:59', 'America/Toronto')?.toISOString()).toBe('2027-03-14T06:59:00.000Z');
  });
  it('takes the first of a repeated autumn hour', () => {
    // 7 November 2027, 02:00 -> 01:00 in Toronto: 01:30 happens at 05:30Z and 06:30Z.
    expect(zonedWallTimeToInstant('2027-11-07', '01:30', 'America/Toronto')?.toISOString()).toBe('2027-11-07T05:30:00.000Z');
  });
  it('handles zones east of UTC and half-hour offsets across a date line', () => {
    expect(zonedWallTimeToInstant('2027-02-20', '00:15', 'Asia/Kolkata')?.toISOString()).toBe('2027-02-19T18:45:00.000Z');
    expect(zonedWallTimeToInstant('2027-06-01', '08:00', 'Europe/Lisbon')?.toISOString()).toBe('2027-06-01T07:00:00.000Z');
  });
  it('refuses malformed input and unknown zones', () => {
    expect(zonedWallTimeToInstant('2027-02-30', '10:00', 'Africa/Dakar')).toBeNull();
    expect(zonedWallTimeToInstant('2027-2-3', '10:00', 'Africa/Dakar')).toBeNull();
    expect(zonedWallTimeToInstant('2027-02-03', '24:00', 'Africa/Dakar')).toBeNull();
    expect(zonedWallTimeToInstant('2027-02-03', '10:00', 'Mars/Olympus')).toBeNull();
  });
});

describe('instantToZonedWallTime / zonedDay', () => {
  it('round-trips in each zone', () => {
    for (const tz of ['Africa/Dakar', 'America/Toronto', 'America/Sao_Paulo', 'Asia/Kolkata', 'Pacific/Auckland']) {
      const instant = zonedWallTimeToInstant('2027-10-05', '23:45', tz)!;
      expect(instantToZonedWallTime(instant, tz)).toEqual({ date: '2027-10-05', time: '23:45' });
    }
  });
  it('gives the day in the event zone, not in UTC', () => {
    expect(zonedDay(new Date('2027-02-21T02:00:00Z'), 'America/Toronto')).toBe('2027-02-20');
    expect(zonedDay(new Date('2027-02-20T23:00:00Z'), 'Pacific/Auckland')).toBe('2027-02-21');
  });
  it('lists event days inclusively', () => {
    expect(eventDays(new Date('2027-02-20'), new Date('2027-02-22'))).toEqual(['2027-02-20', '2027-02-21', '2027-02-22']);
  });
});


describe('wall times in an event time zone', () => {
  it('round-trips in Dakar (UTC) and Toronto (DST)', () => {
    expect(fromWallTime('2027-03-01T08:00', 'Africa/Dakar').toISOString()).toBe('2027-03-01T08:00:00.000Z');
    expect(fromWallTime('2027-07-01T08:00', 'America/Toronto').toISOString()).toBe('2027-07-01T12:00:00.000Z');
    expect(fromWallTime('2027-01-15T23:30', 'America/Toronto').toISOString()).toBe('2027-01-16T04:30:00.000Z');
    expect(toWallTime(new Date('2027-07-01T12:00:00Z'), 'America/Toronto')).toBe('2027-07-01T08:00');
  });
  it('gives today in the zone and adds days across months', () => {
    expect(todayIn('Pacific/Kiritimati', new Date('2027-01-01T11:00:00Z'))).toBe('2027-01-02');
    expect(addDays('2027-02-27', 3)).toBe('2027-03-02');
    expect(addDays('2027-01-10', -30)).toBe('2026-12-11');
  });
  it('refuses malformed wall times and moves DST-gap times forward', () => {
    expect(fromWallTime('2027-03-14T02:30', 'America/Toronto').toISOString()).toBe('2027-03-14T07:30:00.000Z');
    expect(() => fromWallTime('2027-03-01 08:00', 'Africa/Dakar')).toThrow(RangeError);
  });
});
