import { describe, expect, it } from 'vitest';
import { formatDay, formatInstant } from './dates';

describe('dates', () => {
  it('never shifts a date-only value, whatever the zone', () => {
    expect(formatDay(new Date('2027-02-20T00:00:00Z'), 'fr')).toBe('20 février 2027');
  });

  it('shows instants in the event time zone', () => {
    const instant = new Date('2027-02-20T14:00:00Z');
    expect(formatInstant(instant, 'en', 'Africa/Dakar', { date: false })).toMatch(/^02:00\sPM GMT$/);
    expect(formatInstant(instant, 'fr', 'America/Toronto', { date: false })).toBe('09:00 UTC−5');
    expect(formatInstant(instant, 'fr', 'America/Toronto', { zone: false })).toBe('20 févr. 2027, 09:00');
  });
});
