import { describe, expect, it } from 'vitest';
import { formatDay, formatDayHeading, formatDayRange, formatInstant } from './dates';

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

describe('dates by each locale’s own rules', () => {
  it('day headings are not title-cased', () => {
    expect(formatDayHeading('2027-02-27', 'fr')).toBe('samedi 27 février');
    expect(formatDayHeading('2027-02-28', 'es')).toBe('domingo, 28 de febrero');
    expect(formatDayHeading('2027-02-27', 'pt')).toBe('sábado, 27 de fevereiro');
    expect(formatDayHeading('2027-02-27', 'en')).toBe('Saturday, February 27');
  });
  it('date ranges follow the locale', () => {
    const [a, b] = [new Date('2027-02-20T00:00:00Z'), new Date('2027-02-27T00:00:00Z')];
    expect(formatDayRange(a, b, 'fr')).toBe('20–27 février 2027');
    expect(formatDayRange(a, b, 'es')).toBe('20–27 de febrero de 2027');
    expect(formatDayRange(a, b, 'pt')).toMatch(/^20\s?–\s?27 de fevereiro de 2027$/);
    expect(formatDayRange(a, b, 'en')).toMatch(/^February 20\s?–\s?27, 2027$/);
  });
});
