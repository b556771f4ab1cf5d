import { describe, expect, it } from 'vitest';
import { buildCalendar, escapeText, foldLine } from './ics';

/** A tiny RFC 5545 reader: unfolds, splits properties, unescapes TEXT. Enough to check our output. */
function parseIcs(text: string) {
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // only CRLF line ends
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const lines = physical.reduce<string[]>((acc, line) => (line.startsWith(' ') ? [...acc.slice(0, -1), acc[acc.length - 1] + line.slice(1)] : [...acc, line]), []);
  const unescape = (v: string) => v.replace(/\\(n|N|\\|;|,)/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
  const stack: Record<string, string>[] = [];
  const events: Record<string, string>[] = [];
  let calendar: Record<string, string> | null = null;
  for (const line of lines) {
    const colon = line.indexOf(':');
    const key = line.slice(0, colon);
    const value = line.slice(colon + 1);
    if (key === 'BEGIN') stack.push({ __type: value });
    else if (key === 'END') {
      const done = stack.pop()!;
      expect(done.__type).toBe(value);
      if (value === 'VEVENT') events.push(done);
      else calendar = done;
    } else stack[stack.length - 1][key] = unescape(value);
  }
  expect(stack).toEqual([]);
  return { calendar: calendar!, events };
}

const utc = (s: string) => new Date(s);
const fromIcs = (v: string) => new Date(v.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));

describe('ICS output', () => {
  it('parses back to the same sessions, times in UTC', () => {
    const text = buildCalendar({
      name: 'Dakar 2005 — mon agenda',
      timeZone: 'America/Toronto',
      now: utc('2027-01-01T00:00:00Z'),
      events: [
        {
          uid: 'ses_1@rencontre',
          // 09:30 in Toronto (UTC-5 in winter) = 14:30Z
          startsAt: utc('2027-01-15T14:30:00Z'),
          endsAt: utc('2027-01-15T16:00:00Z'),
          updatedAt: utc('2026-12-01T10:00:00Z'),
          summary: 'Atelier ; finance, solidaire \\ crédit',
          description: 'Ligne 1\nLigne 2 — Économie sociale et solidaire, 社会连带经济 '.repeat(4),
          location: 'Salle Gorée',
          url: 'https://example.org/fr/events/dakar/programme/ses_1',
        },
        { uid: 'ses_2@rencontre', startsAt: utc('2027-01-16T08:00:00Z'), endsAt: utc('2027-01-16T09:00:00Z'), updatedAt: utc('2026-12-01T10:00:00Z'), summary: 'Liste d’attente', tentative: true },
      ],
    });
    const { calendar, events } = parseIcs(text);
    expect(calendar.__type).toBe('VCALENDAR');
    expect(calendar.VERSION).toBe('2.0');
    expect(calendar['X-WR-CALNAME']).toBe('Dakar 2005 — mon agenda');
    expect(events).toHaveLength(2);
    expect(events[0].SUMMARY).toBe('Atelier ; finance, solidaire \\ crédit');
    expect(events[0].DESCRIPTION).toBe('Ligne 1\nLigne 2 — Économie sociale et solidaire, 社会连带经济 '.repeat(4));
    expect(fromIcs(events[0].DTSTART).toISOString()).toBe('2027-01-15T14:30:00.000Z');
    expect(fromIcs(events[0].DTEND).toISOString()).toBe('2027-01-15T16:00:00.000Z');
    expect(events[0].UID).toBe('ses_1@rencontre');
    expect(events[0].STATUS).toBe('CONFIRMED');
    expect(events[1].STATUS).toBe('TENTATIVE');
    expect(events[0].DTSTAMP).toBe('20270101T000000Z');
  });

  it('escapes TEXT and drops control characters', () => {
    expect(escapeText('a,b;c\\d\r\ne\u0007')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds on character boundaries at 75 octets', () => {
    const folded = foldLine('SUMMARY:' + 'é'.repeat(100));
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe('SUMMARY:' + 'é'.repeat(100));
  });

  it('cannot be broken out of by a crafted title (no injected properties)', () => {
    const { events } = parseIcs(buildCalendar({ name: 'x', timeZone: 'UTC', events: [{ uid: 'u\r\nX:1', startsAt: utc('2027-01-01T00:00:00Z'), endsAt: utc('2027-01-01T01:00:00Z'), updatedAt: utc('2027-01-01T00:00:00Z'), summary: 'Hi\r\nEND:VEVENT\r\nBEGIN:VEVENT' }] }));
    expect(events).toHaveLength(1);
    expect(events[0].SUMMARY).toBe('Hi\nEND:VEVENT\nBEGIN:VEVENT');
    expect(events[0].UID).toBe('uX:1');
  });
});
