// Pure conflict rules for the programme. Intervals are half-open [start, end):
// a session ending at 10:00 and another starting at 10:00 do not overlap.
import { zonedDay } from '@/lib/zoned-time';

export type Interval = { startsAt: Date; endsAt: Date };

export function overlaps(a: Interval, b: Interval): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** Speaker names compared without case, accents or extra spaces ("José  Pérez" = "jose perez"). */
export function speakerKey(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

export type ConflictSession = Interval & {
  id: string;
  roomId: string | null;
  capacity: number | null;
  speakers: { name: string }[];
};

export type ConflictRoom = { id: string; capacity: number };
export type ConflictEvent = { startDate: Date; endDate: Date; timeZone: string };

export type Conflict =
  | { kind: 'ROOM_DOUBLE_BOOKED'; sessionId: string; otherSessionId: string }
  | { kind: 'SPEAKER_CLASH'; sessionId: string; otherSessionId: string; speaker: string }
  | { kind: 'OUTSIDE_EVENT_DATES'; sessionId: string }
  | { kind: 'CAPACITY_ABOVE_ROOM'; sessionId: string; capacity: number; roomCapacity: number }
  /** Moving a session would give people already enrolled in it (or waiting) two sessions at once. */
  | { kind: 'DELEGATES_CLASH'; sessionId: string; count: number };

/** Conflicts of `session` against the rest of the programme (`others` may include it: skipped by id). */
export function conflictsOf(session: ConflictSession, others: readonly ConflictSession[], rooms: readonly ConflictRoom[], event: ConflictEvent): Conflict[] {
  const out: Conflict[] = [];
  const first = event.startDate.toISOString().slice(0, 10);
  const last = event.endDate.toISOString().slice(0, 10);
  const startDay = zonedDay(session.startsAt, event.timeZone);
  // The end instant itself is exclusive: a session ending at midnight belongs to the previous day.
  const endDay = zonedDay(new Date(session.endsAt.getTime() - 1), event.timeZone);
  if (startDay < first || endDay > last) out.push({ kind: 'OUTSIDE_EVENT_DATES', sessionId: session.id });
  const room = session.roomId ? rooms.find((r) => r.id === session.roomId) : undefined;
  if (room && session.capacity !== null && session.capacity > room.capacity) {
    out.push({ kind: 'CAPACITY_ABOVE_ROOM', sessionId: session.id, capacity: session.capacity, roomCapacity: room.capacity });
  }
  const mine = new Map(session.speakers.map((s) => [speakerKey(s.name), s.name]));
  for (const other of others) {
    if (other.id === session.id || !overlaps(session, other)) continue;
    if (session.roomId && other.roomId === session.roomId) out.push({ kind: 'ROOM_DOUBLE_BOOKED', sessionId: session.id, otherSessionId: other.id });
    for (const speaker of other.speakers) {
      const name = mine.get(speakerKey(speaker.name));
      if (name && speakerKey(name) !== '') out.push({ kind: 'SPEAKER_CLASH', sessionId: session.id, otherSessionId: other.id, speaker: name });
    }
  }
  return out;
}

/**
 * Every open conflict of a programme, each pair reported once (sessions sorted by
 * start, so the report is stable). O(n log n + overlapping pairs).
 */
export function allConflicts(sessions: readonly ConflictSession[], rooms: readonly ConflictRoom[], event: ConflictEvent): Conflict[] {
  const sorted = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id));
  const out: Conflict[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const later: ConflictSession[] = [];
    for (let j = i + 1; j < sorted.length && sorted[j].startsAt < sorted[i].endsAt; j++) later.push(sorted[j]);
    out.push(...conflictsOf(sorted[i], later, rooms, event));
  }
  return out;
}
