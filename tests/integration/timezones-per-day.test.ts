// Per-day figures are counted in the event's time zone. Instants are stored in
// `timestamp(3)` columns holding UTC; the queries convert them explicitly
// (`(col AT TIME ZONE 'UTC') AT TIME ZONE tz`). The old `col AT TIME ZONE tz`
// read UTC as local time and put a Toronto evening arrival on the next day.
import { describe, expect, it } from 'vitest';
import { loadDashboard } from '@/features/dashboard/data';
import { logisticsSummary } from '@/features/exports/data';
import { createAttendees } from '../factories/exports';
import { createEvent } from '../factories';

type Case = [instant: string, day: string];

const CASES: Record<string, Case[]> = {
  // EST (UTC-5) in winter, EDT (UTC-4) from 8 March 2026 02:00 to 1 November 2026 02:00.
  'America/Toronto': [
    ['2026-01-16T02:30:00Z', '2026-01-15'], // 21:30 the evening before, in winter
    ['2026-07-02T03:59:00Z', '2026-07-01'], // 23:59 EDT
    ['2026-07-02T04:00:00Z', '2026-07-02'], // midnight EDT
    ['2026-03-08T04:59:00Z', '2026-03-07'], // 23:59 EST, the night before the spring change
    ['2026-03-08T05:00:00Z', '2026-03-08'], // midnight EST, the day of the change
    ['2026-03-09T03:59:00Z', '2026-03-08'], // 23:59 EDT, the same day (23 hours long)
    ['2026-03-09T04:00:00Z', '2026-03-09'],
    ['2026-11-01T03:59:00Z', '2026-10-31'], // 23:59 EDT before the autumn change
    ['2026-11-02T04:59:00Z', '2026-11-01'], // 23:59 EST, end of the 25-hour day
    ['2026-11-02T05:00:00Z', '2026-11-02'],
  ],
  // UTC-5 all year.
  'America/Lima': [
    ['2026-05-10T04:59:00Z', '2026-05-09'],
    ['2026-05-10T05:00:00Z', '2026-05-10'],
    ['2026-05-11T01:00:00Z', '2026-05-10'], // 20:00 in Lima
  ],
  // UTC+9: the local day starts the UTC evening before.
  'Asia/Tokyo': [
    ['2026-05-09T14:59:00Z', '2026-05-09'],
    ['2026-05-09T15:00:00Z', '2026-05-10'],
    ['2026-05-10T00:30:00Z', '2026-05-10'],
  ],
};

function expectedDays(cases: Case[]): Map<string, number> {
  const days = new Map<string, number>();
  for (const [, day] of cases) days.set(day, (days.get(day) ?? 0) + 1);
  return days;
}

describe.each(Object.entries(CASES))('per-day figures in %s', (timeZone, cases) => {
  it('puts arrivals, departures and registrations on the local day, around midnight and across DST', async () => {
    const event = await createEvent({ timeZone, city: timeZone.split('/')[1] });
    await createAttendees(event.id, cases.map(([instant]) => ({ arrivalAt: new Date(instant), departureAt: new Date(instant), createdAt: new Date(instant) })));
    const expected = [...expectedDays(cases)].sort(([a], [b]) => a.localeCompare(b));

    const logistics = await logisticsSummary(event.id, event.timeZone, ['APPROVED']);
    expect(logistics.days.map((d) => [d.day, d.arrivals])).toEqual(expected);
    expect(logistics.days.map((d) => [d.day, d.departures])).toEqual(expected);

    const dashboard = await loadDashboard(event.id, event.timeZone);
    expect(dashboard.days.map((d) => [d.day, d.count])).toEqual(expected);
  });
});

it('matches what Intl says the local date is (the expectations above are right)', () => {
  for (const [timeZone, cases] of Object.entries(CASES)) {
    for (const [instant, day] of cases) {
      expect(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant))).toBe(day);
    }
  }
});
