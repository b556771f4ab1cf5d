import { describe, expect, it } from 'vitest';
import { allConflicts, conflictsOf, overlaps, type ConflictSession } from './conflicts';

const at = (h: number, m = 0, day = 20) => new Date(Date.UTC(2027, 1, day, h, m));
const s = (id: string, start: Date, end: Date, extra: Partial<ConflictSession> = {}): ConflictSession => ({ id, startsAt: start, endsAt: end, roomId: null, capacity: null, speakers: [], ...extra });
const event = { startDate: new Date('2027-02-20'), endDate: new Date('2027-02-22'), timeZone: 'Africa/Dakar' };
const rooms = [{ id: 'r1', capacity: 50 }, { id: 'r2', capacity: 100 }];

describe('overlaps', () => {
  it('edge-touching sessions do not overlap', () => {
    expect(overlaps(s('a', at(9), at(10)), s('b', at(10), at(11)))).toBe(false);
    expect(overlaps(s('b', at(10), at(11)), s('a', at(9), at(10)))).toBe(false);
  });
  it('any shared minute is an overlap, including containment and equality', () => {
    expect(overlaps(s('a', at(9), at(10, 1)), s('b', at(10), at(11)))).toBe(true);
    expect(overlaps(s('a', at(9), at(12)), s('b', at(10), at(11)))).toBe(true);
    expect(overlaps(s('a', at(9), at(10)), s('b', at(9), at(10)))).toBe(true);
  });
  it('separate sessions do not overlap', () => {
    expect(overlaps(s('a', at(9), at(10)), s('b', at(11), at(12)))).toBe(false);
  });
});

describe('conflictsOf', () => {
  it('finds a double-booked room, not an adjacent booking or another room', () => {
    const a = s('a', at(9), at(11), { roomId: 'r1' });
    expect(conflictsOf(a, [s('b', at(10), at(12), { roomId: 'r1' })], rooms, event)).toEqual([{ kind: 'ROOM_DOUBLE_BOOKED', sessionId: 'a', otherSessionId: 'b' }]);
    expect(conflictsOf(a, [s('b', at(11), at(12), { roomId: 'r1' })], rooms, event)).toEqual([]);
    expect(conflictsOf(a, [s('b', at(10), at(12), { roomId: 'r2' })], rooms, event)).toEqual([]);
    expect(conflictsOf(s('a', at(9), at(11)), [s('b', at(10), at(12))], rooms, event)).toEqual([]); // no room: no room clash
  });
  it('finds a speaker in two places whatever the accents and case', () => {
    const a = s('a', at(9), at(11), { speakers: [{ name: 'Aminata  Traoré' }] });
    expect(conflictsOf(a, [s('b', at(10), at(12), { speakers: [{ name: 'aminata traore' }] })], rooms, event)).toEqual([{ kind: 'SPEAKER_CLASH', sessionId: 'a', otherSessionId: 'b', speaker: 'Aminata  Traoré' }]);
    expect(conflictsOf(a, [s('b', at(11), at(12), { speakers: [{ name: 'Aminata Traoré' }] })], rooms, event)).toEqual([]);
  });
  it('finds sessions outside the event dates, in the event time zone', () => {
    expect(conflictsOf(s('a', at(9, 0, 19), at(10, 0, 19)), [], rooms, event)).toEqual([{ kind: 'OUTSIDE_EVENT_DATES', sessionId: 'a' }]);
    expect(conflictsOf(s('a', at(22, 0, 22), at(23, 59, 22)), [], rooms, event)).toEqual([]);
    expect(conflictsOf(s('a', at(23, 0, 22), at(1, 0, 23)), [], rooms, event)).toEqual([{ kind: 'OUTSIDE_EVENT_DATES', sessionId: 'a' }]);
    expect(conflictsOf(s('a', at(22, 0, 22), at(0, 0, 23)), [], rooms, event)).toEqual([]); // ends at midnight: still the last day
    // In Toronto, 2027-02-20T03:00Z is still the 19th.
    expect(conflictsOf(s('a', at(3), at(4)), [], rooms, { ...event, timeZone: 'America/Toronto' })).toEqual([{ kind: 'OUTSIDE_EVENT_DATES', sessionId: 'a' }]);
  });
  it('finds a capacity above the room', () => {
    expect(conflictsOf(s('a', at(9), at(10), { roomId: 'r1', capacity: 60 }), [], rooms, event)).toEqual([{ kind: 'CAPACITY_ABOVE_ROOM', sessionId: 'a', capacity: 60, roomCapacity: 50 }]);
    expect(conflictsOf(s('a', at(9), at(10), { roomId: 'r1', capacity: 50 }), [], rooms, event)).toEqual([]);
    expect(conflictsOf(s('a', at(9), at(10), { roomId: 'r1', capacity: null }), [], rooms, event)).toEqual([]);
  });
});

describe('allConflicts', () => {
  it('reports each clashing pair once', () => {
    const list = [s('a', at(9), at(11), { roomId: 'r1' }), s('b', at(10), at(12), { roomId: 'r1' }), s('c', at(12), at(13), { roomId: 'r1' }), s('d', at(8), at(13), { roomId: 'r2' })];
    expect(allConflicts(list, rooms, event)).toEqual([{ kind: 'ROOM_DOUBLE_BOOKED', sessionId: 'a', otherSessionId: 'b' }]);
  });
});
