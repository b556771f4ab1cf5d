// RFC 5545 calendar output, written by hand so every byte is under test:
// CRLF line ends, lines folded at 75 octets without splitting a UTF-8 character,
// TEXT values escaped, times in UTC ("Z" form: correct in every client whatever
// its own zone; the event's zone is given as X-WR-TIMEZONE for display).

export type IcsEvent = {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  /** Last change, so clients refresh an updated session (DTSTAMP / LAST-MODIFIED / SEQUENCE). */
  updatedAt: Date;
  summary: string;
  description?: string;
  location?: string;
  url?: string;
  tentative?: boolean;
};

export type IcsCalendar = { name: string; timeZone: string; events: readonly IcsEvent[]; now?: Date };

/** TEXT escaping (RFC 5545 §3.3.11). Control characters other than newline are dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** Folds a content line at 75 octets (continuation lines start with one space). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = out.length === 0 ? 75 : 74; // continuation lines carry the leading space
    if (size + bytes > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += bytes;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function icsDateTime(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** UIDs and URLs are not TEXT: keep them to safe characters. */
function safeToken(value: string): string {
  return value.replace(/[^A-Za-z0-9@._:/?=&%#~+-]/g, '');
}

export function buildCalendar({ name, timeZone, events, now = new Date() }: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Rencontre//Programme//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${safeToken(timeZone)}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${safeToken(event.uid)}`,
      `DTSTAMP:${icsDateTime(now)}`,
      `LAST-MODIFIED:${icsDateTime(event.updatedAt)}`,
      `SEQUENCE:${Math.max(0, Math.floor(event.updatedAt.getTime() / 1000) % 2_000_000_000)}`,
      `DTSTART:${icsDateTime(event.startsAt)}`,
      `DTEND:${icsDateTime(event.endsAt)}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
    if (event.url) lines.push(`URL:${safeToken(event.url)}`);
    lines.push(`STATUS:${event.tentative ? 'TENTATIVE' : 'CONFIRMED'}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
