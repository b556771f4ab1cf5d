// The preview's figures for one allocation, and the wait-list step that follows it. Pure.
import { balanceDeviation, lotteryOrder, satisfaction, targetMix, usablePrefs, type AllocationInput, type Assignment } from './model';

export type WorkshopFigures = { sessionId: string; capacity: number | null; filled: number; mix: Record<string, number> };

export type AllocationSummary = {
  /** Person-slot requests (a delegate who ranked in a slot). */
  requests: number;
  /** Requests given their 1st, 2nd, … choice (index 0 = 1st). */
  byRank: number[];
  unassigned: number;
  satisfaction: number;
  deviation: number;
  target: Record<string, number>;
  workshops: WorkshopFigures[];
};

export function summarize(input: AllocationInput, assignments: Assignment[]): AllocationSummary {
  const sessions = new Map(input.sessions.map((s) => [s.id, s]));
  let requests = 0;
  for (const p of input.people) requests += new Set(usablePrefs(p, sessions).map((x) => x.slot)).size;
  const byRank = Array.from({ length: input.choices }, () => 0);
  for (const a of assignments) if (a.rank >= 1 && a.rank <= input.choices) byRank[a.rank - 1]++;
  const continentOf = new Map(input.people.map((p) => [p.id, p.continent]));
  const workshops = input.sessions.map((s) => {
    const mine = assignments.filter((a) => a.sessionId === s.id);
    const mix: Record<string, number> = {};
    for (const a of mine) {
      const k = continentOf.get(a.personId) ?? '';
      mix[k] = (mix[k] ?? 0) + 1;
    }
    return { sessionId: s.id, capacity: s.capacity, filled: mine.length, mix };
  });
  return {
    requests,
    byRank,
    unassigned: Math.max(0, requests - assignments.length),
    satisfaction: satisfaction(input, assignments),
    deviation: balanceDeviation(input, assignments),
    target: Object.fromEntries(targetMix(input.people)),
    workshops,
  };
}

export type WaitlistEntry = { personId: string; sessionId: string };

/**
 * After the allocation, each delegate left without a workshop in a slot joins the wait list of
 * their best-ranked workshop there, in lottery order (the same seed). Should that workshop still
 * have a seat (balance may leave one), they take it instead: a seat is never left empty while
 * someone who wants it waits. Returns the final enrolments and the wait-list entries, in order.
 */
export function finalize(input: AllocationInput, assignments: Assignment[]): { enrol: Assignment[]; waitlist: WaitlistEntry[] } {
  const sessions = new Map(input.sessions.map((s) => [s.id, s]));
  const left = new Map(input.sessions.map((s) => [s.id, s.capacity ?? Infinity]));
  const placed = new Set<string>();
  for (const a of assignments) {
    left.set(a.sessionId, (left.get(a.sessionId) ?? 0) - 1);
    placed.add(`${a.personId}@${sessions.get(a.sessionId)?.slot}`);
  }
  const enrol = [...assignments];
  const waitlist: WaitlistEntry[] = [];
  for (const person of lotteryOrder(input.seed, input.people)) {
    const bySlot = new Map<number, { sessionId: string; rank: number }>();
    for (const pref of usablePrefs(person, sessions)) if (!bySlot.has(pref.slot)) bySlot.set(pref.slot, pref);
    for (const [slot, top] of [...bySlot].sort((a, b) => a[0] - b[0])) {
      if (placed.has(`${person.id}@${slot}`)) continue;
      if ((left.get(top.sessionId) ?? 0) > 0) {
        left.set(top.sessionId, (left.get(top.sessionId) ?? 0) - 1);
        enrol.push({ personId: person.id, sessionId: top.sessionId, rank: top.rank });
      } else waitlist.push({ personId: person.id, sessionId: top.sessionId });
    }
  }
  return { enrol, waitlist };
}

/** What a stored run holds (AllocationRun.result): [registrationId, sessionId, rank] triples keep it small. */
export type RunResult = {
  status: string;
  seconds: number;
  objective: number;
  bound: number;
  gap: number;
  lpBound: number;
  assignments: [string, string, number][];
  enrol: [string, string, number][];
  waitlist: [string, string][];
  optimal: AllocationSummary;
  fcfs: AllocationSummary;
};
