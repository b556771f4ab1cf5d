import { describe, expect, it } from 'vitest';
import { checkRanking, groupSlots, roundPhase } from './rules';
import { rankingSchema, roundSchema, runSchema } from './schema';
import { finalize } from './summary';
import { lotteryOrder } from './model';

const at = (h: number, m = 0) => new Date(Date.UTC(2026, 0, 10, h, m));

describe('groupSlots', () => {
  it('puts overlapping sessions in one slot and touching ones in the next', () => {
    const slots = groupSlots([
      { id: 'a', startsAt: at(9), endsAt: at(10) },
      { id: 'b', startsAt: at(9, 30), endsAt: at(11) },
      { id: 'c', startsAt: at(11), endsAt: at(12) },
      { id: 'd', startsAt: at(14), endsAt: at(15) },
    ]);
    expect([...slots]).toEqual([['a', 0], ['b', 0], ['c', 1], ['d', 2]]);
  });
});

describe('roundPhase', () => {
  const round = { opensAt: at(9), closesAt: at(12), publishedAt: null };
  it('is upcoming, open, then closed; published wins', () => {
    expect(roundPhase(round, at(8))).toBe('UPCOMING');
    expect(roundPhase(round, at(9))).toBe('OPEN');
    expect(roundPhase(round, at(12))).toBe('CLOSED');
    expect(roundPhase({ ...round, publishedAt: at(13) }, at(10))).toBe('PUBLISHED');
  });
});

describe('checkRanking', () => {
  const ctx = { slotOf: new Map([['a', 0], ['b', 0], ['c', 0], ['d', 1]]), eligible: new Set(['a', 'b', 'd']), maxChoices: 2 };
  it('accepts ranks 1..n per slot', () => expect(checkRanking([{ sessionId: 'a', rank: 2 }, { sessionId: 'b', rank: 1 }, { sessionId: 'd', rank: 1 }], ctx)).toBeNull());
  it('refuses ineligible, unknown, duplicate, too many and gaps', () => {
    expect(checkRanking([{ sessionId: 'c', rank: 1 }], ctx)).toBe('NOT_ELIGIBLE');
    expect(checkRanking([{ sessionId: 'x', rank: 1 }], ctx)).toBe('UNKNOWN_SESSION');
    expect(checkRanking([{ sessionId: 'a', rank: 1 }, { sessionId: 'a', rank: 2 }], ctx)).toBe('DUPLICATE');
    expect(checkRanking([{ sessionId: 'a', rank: 1 }, { sessionId: 'b', rank: 3 }], ctx)).toBe('BAD_RANKS');
    expect(checkRanking([{ sessionId: 'a', rank: 1 }, { sessionId: 'b', rank: 2 }, { sessionId: 'c', rank: 3 }], { ...ctx, eligible: new Set(['a', 'b', 'c']) })).toBe('TOO_MANY');
  });
});

describe('schemas', () => {
  it('parses integers strictly', () => {
    expect(rankingSchema.safeParse({ roundId: 'r', choices: [{ sessionId: 's', rank: '0x1' }] }).success).toBe(false);
    expect(rankingSchema.safeParse({ roundId: 'r', choices: [{ sessionId: 's', rank: true }] }).success).toBe(false);
    expect(rankingSchema.safeParse({ roundId: 'r', choices: [{ sessionId: 's', rank: '1' }] }).success).toBe(true);
  });
  it('accepts any 31-bit seed (10 digits) to reproduce a run', () => {
    expect(runSchema.safeParse({ roundId: 'r', balanceWeight: '1', tolerancePct: '10', capacities: [], seed: '2147483646' }).success).toBe(true);
    expect(runSchema.safeParse({ roundId: 'r', balanceWeight: '1', tolerancePct: '10', capacities: [], seed: '2147483648' }).success).toBe(false);
  });
  it('wants the round to close after it opens', () => {
    const base = { eventId: 'e', name: 'Ateliers', sessionIds: ['s'], choices: '3', balanceWeight: '1', tolerancePct: '10' };
    expect(roundSchema.safeParse({ ...base, opensAt: '2026-01-10T09:00', closesAt: '2026-01-10T08:00' }).success).toBe(false);
    expect(roundSchema.safeParse({ ...base, opensAt: '2026-01-10T09:00', closesAt: '2026-01-11T08:00' }).success).toBe(true);
  });
});

describe('finalize', () => {
  it('puts the unplaced on the wait list of their top choice, in lottery order, or seats them if a seat is left', () => {
    const input = {
      sessions: [{ id: 'a', slot: 0, capacity: 1 }, { id: 'b', slot: 0, capacity: 1 }],
      people: ['p1', 'p2', 'p3'].map((id, i) => ({ id, continent: 'AFRICA', order: i, prefs: [{ sessionId: 'a', rank: 1 }, { sessionId: 'b', rank: 2 }] })),
      choices: 2, balanceWeight: 0, tolerance: 0, seed: 9,
    };
    const { enrol, waitlist } = finalize(input, [{ personId: 'p1', sessionId: 'a', rank: 1 }]);
    const order = lotteryOrder(9, input.people).map((p) => p.id).filter((id) => id !== 'p1');
    expect(enrol).toEqual([{ personId: 'p1', sessionId: 'a', rank: 1 }]);
    expect(waitlist.map((w) => w.personId)).toEqual(order);
    expect(waitlist.every((w) => w.sessionId === 'a')).toBe(true);
    const seatLeft = finalize({ ...input, sessions: [{ id: 'a', slot: 0, capacity: 2 }, input.sessions[1]] }, [{ personId: 'p1', sessionId: 'a', rank: 1 }]);
    expect(seatLeft.enrol).toHaveLength(2);
  });
});
