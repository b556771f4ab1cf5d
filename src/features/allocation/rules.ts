// Pure rules of preference rounds: time slots, the round's window, what a valid ranking is.

export type TimedSession = { id: string; startsAt: Date; endsAt: Date };

/**
 * Time slots: sessions that overlap (directly or through a chain) form one slot, so
 * sessions of different slots never overlap and a delegate may hold one per slot.
 * Returns slot index by session id; slots are numbered in time order.
 */
export function groupSlots(sessions: TimedSession[]): Map<string, number> {
  const sorted = [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || (a.id < b.id ? -1 : 1));
  const out = new Map<string, number>();
  let slot = -1;
  let end = -Infinity;
  for (const s of sorted) {
    if (s.startsAt.getTime() >= end) {
      slot++;
      end = s.endsAt.getTime();
    } else end = Math.max(end, s.endsAt.getTime());
    out.set(s.id, slot);
  }
  return out;
}

export type RoundPhase = 'UPCOMING' | 'OPEN' | 'CLOSED' | 'PUBLISHED';

export function roundPhase(round: { opensAt: Date; closesAt: Date; publishedAt: Date | null }, now: Date = new Date()): RoundPhase {
  if (round.publishedAt) return 'PUBLISHED';
  if (now.getTime() < round.opensAt.getTime()) return 'UPCOMING';
  if (now.getTime() < round.closesAt.getTime()) return 'OPEN';
  return 'CLOSED';
}

export type RankingProblem = 'UNKNOWN_SESSION' | 'NOT_ELIGIBLE' | 'DUPLICATE' | 'TOO_MANY' | 'BAD_RANKS';

/**
 * A ranking is valid when every session belongs to the round and is open to the delegate,
 * each appears once, and per slot the ranks are 1, 2, … with at most `choices` of them.
 */
export function checkRanking(
  choices: { sessionId: string; rank: number }[],
  ctx: { slotOf: Map<string, number>; eligible: Set<string>; maxChoices: number },
): RankingProblem | null {
  const seen = new Set<string>();
  const ranksBySlot = new Map<number, number[]>();
  for (const c of choices) {
    const slot = ctx.slotOf.get(c.sessionId);
    if (slot === undefined) return 'UNKNOWN_SESSION';
    if (!ctx.eligible.has(c.sessionId)) return 'NOT_ELIGIBLE';
    if (seen.has(c.sessionId)) return 'DUPLICATE';
    seen.add(c.sessionId);
    ranksBySlot.set(slot, [...(ranksBySlot.get(slot) ?? []), c.rank]);
  }
  for (const ranks of ranksBySlot.values()) {
    if (ranks.length > ctx.maxChoices) return 'TOO_MANY';
    const sorted = [...ranks].sort((a, b) => a - b);
    if (sorted.some((r, i) => r !== i + 1)) return 'BAD_RANKS';
  }
  return null;
}
