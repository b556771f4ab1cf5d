// Wall-clock times in an event's IANA time zone <-> UTC instants. Pure (Intl only),
// shared by the registration settings and the programme.
//
// Sessions are entered as "2027-02-20 14:00" in the event's zone (Africa/Dakar,
// America/Toronto…) and stored as instants. A wall-clock time that does not exist
// (skipped by a spring-forward DST change) is refused; one that exists twice (the
// repeated hour in autumn) resolves to the first occurrence, as calendars do.

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isTimeZone(value: string): boolean {
  try {
    partsFormatter(value);
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock fields of `instant` in `timeZone`. */
export function zonedParts(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(partsFormatter(timeZone).formatToParts(instant).map((p) => [p.type, p.value]));
  return { year: +parts.year, month: +parts.month, day: +parts.day, hour: +parts.hour, minute: +parts.minute, second: +parts.second };
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (Dakar 0, Toronto -5h/-4h). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - (instant.getTime() - instant.getUTCMilliseconds());
}

/**
 * The instant at which clocks in `timeZone` show `date` (YYYY-MM-DD) `time` (HH:MM).
 * Null when the input is malformed, or the time does not exist that day (DST gap).
 */
export function zonedWallTimeToInstant(date: string, time: string, timeZone: string): Date | null {
  const d = DATE_RE.exec(date);
  const t = TIME_RE.exec(time);
  if (!d || !t || !isTimeZone(timeZone)) return null;
  const [y, mo, da, h, mi] = [+d[1], +d[2], +d[3], +t[1], +t[2]];
  const wall = Date.UTC(y, mo - 1, da, h, mi);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== da) return null; // 2027-02-30
  // Candidates: the offsets in force a day before and a day after cover any DST change.
  const offsets = new Set([zoneOffsetMs(new Date(wall - 86_400_000), timeZone), zoneOffsetMs(new Date(wall + 86_400_000), timeZone), zoneOffsetMs(new Date(wall), timeZone)]);
  const matches = [...offsets]
    .map((offset) => wall - offset)
    .filter((instant) => {
      const p = zonedParts(new Date(instant), timeZone);
      return p.year === y && p.month === mo && p.day === da && p.hour === h && p.minute === mi;
    })
    .sort((a, b) => a - b);
  return matches.length > 0 ? new Date(matches[0]) : null;
}

/** `instant` as the { date: YYYY-MM-DD, time: HH:MM } shown by clocks in `timeZone` (form defaults). */
export function instantToZonedWallTime(instant: Date, timeZone: string): { date: string; time: string } {
  const p = zonedParts(instant, timeZone);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return { date: `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`, time: `${pad(p.hour)}:${pad(p.minute)}` };
}

/** The day (YYYY-MM-DD) of `instant` in `timeZone`: groups a programme by the event's days. */
export function zonedDay(instant: Date, timeZone: string): string {
  return instantToZonedWallTime(instant, timeZone).date;
}

/** Every day from `start` to `end` (@db.Date columns, midnight UTC), as YYYY-MM-DD. */
export function eventDays(start: Date, end: Date): string[] {
  const days: string[] = [];
  for (let t = start.getTime(); t <= end.getTime() && days.length < 366; t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

// ── "YYYY-MM-DDTHH:mm" strings (datetime-local inputs) and @db.Date days ──

const WALL_RE = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** "YYYY-MM-DDTHH:mm" as read on a clock in `timeZone` (a datetime-local value). */
export function toWallTime(instant: Date, timeZone: string): string {
  const { date, time } = instantToZonedWallTime(instant, timeZone);
  return `${date}T${time}`;
}

/**
 * The instant a clock in `timeZone` shows `wall` ("YYYY-MM-DDTHH:mm"). In a
 * DST gap (a time that does not exist) the clock moves forward by the gap, as
 * clocks do; in an overlap, the first occurrence. Throws on malformed input.
 */
export function fromWallTime(wall: string, timeZone: string): Date {
  const m = WALL_RE.exec(wall);
  if (!m) throw new RangeError(`invalid wall time ${wall}`);
  const exact = zonedWallTimeToInstant(m[1], m[2], timeZone);
  if (exact) return exact;
  const asUtc = Date.parse(`${wall}:00Z`);
  if (Number.isNaN(asUtc) || !isTimeZone(timeZone)) throw new RangeError(`invalid wall time ${wall} in ${timeZone}`);
  return new Date(asUtc - zoneOffsetMs(new Date(asUtc - 86_400_000), timeZone));
}

/** "YYYY-MM-DD" today in `timeZone`. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return zonedDay(now, timeZone);
}

/** A @db.Date column ("midnight UTC") as "YYYY-MM-DD". */
export function dayString(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "YYYY-MM-DD" as a @db.Date value. */
export function dayValue(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Adds days to "YYYY-MM-DD". */
export function addDays(day: string, n: number): string {
  const d = dayValue(day);
  d.setUTCDate(d.getUTCDate() + n);
  return dayString(d);
}
