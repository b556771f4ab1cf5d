// The allocation problem as plain data, and the figures every allocation is judged by
// (the solver's, first-come-first-served, a brute force in tests). Pure: no database.

export type AllocSession = {
  id: string;
  /** Index of the time slot (sessions of one slot overlap; those of different slots do not). */
  slot: number;
  /** Seats the allocation may fill; null: unlimited. */
  capacity: number | null;
};

export type AllocPreference = { sessionId: string; rank: number };

export type AllocPerson = {
  id: string;
  continent: string;
  /** When the ranking was submitted (ms): the order first-come-first-served would have served. */
  order: number;
  prefs: AllocPreference[];
  /** Sessions this person may not get: not eligible, or overlapping a session they already hold. */
  excluded?: string[];
};

export type AllocationInput = {
  sessions: AllocSession[];
  people: AllocPerson[];
  /** Choices ranked per slot. */
  choices: number;
  /** Penalty (in preference points) per person beyond the tolerance of a workshop's continent mix; 0: no balance. */
  balanceWeight: number;
  /** Allowed distance (share, 0–1) from the round's overall continent mix. */
  tolerance: number;
  seed: number;
};

export type Assignment = { personId: string; sessionId: string; rank: number };

/** Points for getting the choice of rank `rank` (1 = first): K, K-1, …, 1. */
export function rankWeight(rank: number, choices: number): number {
  return Math.max(0, choices + 1 - rank);
}

/** mulberry32: a small, well-known seeded generator (the lottery must be reproducible, not secret). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The lottery: a number in [0, 1) per person from the seed and their id alone, so it does not
 * depend on the order rows were read in. Higher wins a tie.
 */
export function lotteryTicket(seed: number, personId: string): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < personId.length; i++) {
    h ^= personId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return seededRandom(h)();
}

/** People in lottery order (the fair order of the wait lists). */
export function lotteryOrder<T extends { id: string }>(seed: number, people: T[]): T[] {
  return [...people].sort((a, b) => lotteryTicket(seed, b.id) - lotteryTicket(seed, a.id) || (a.id < b.id ? -1 : 1));
}

/** The round's overall continent mix (share of the people taking part). */
export function targetMix(people: AllocPerson[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const p of people) counts.set(p.continent, (counts.get(p.continent) ?? 0) + 1);
  return new Map([...counts].map(([k, n]) => [k, n / Math.max(1, people.length)]));
}

/** The preferences a person may actually be given (known session, not excluded), best rank per session. */
export function usablePrefs(person: AllocPerson, sessions: Map<string, AllocSession>): (AllocPreference & { slot: number })[] {
  const excluded = new Set(person.excluded ?? []);
  const seen = new Set<string>();
  const out: (AllocPreference & { slot: number })[] = [];
  for (const pref of [...person.prefs].sort((a, b) => a.rank - b.rank)) {
    const session = sessions.get(pref.sessionId);
    if (!session || excluded.has(pref.sessionId) || seen.has(pref.sessionId)) continue;
    seen.add(pref.sessionId);
    out.push({ ...pref, slot: session.slot });
  }
  return out;
}

/** People beyond the tolerance, summed over workshops and continents (what the balance weight penalises). */
export function balanceDeviation(input: AllocationInput, assignments: Assignment[]): number {
  const mix = targetMix(input.people);
  const continentOf = new Map(input.people.map((p) => [p.id, p.continent]));
  const bySession = new Map<string, Map<string, number>>();
  for (const a of assignments) {
    const m = bySession.get(a.sessionId) ?? new Map<string, number>();
    const k = continentOf.get(a.personId) ?? '';
    m.set(k, (m.get(k) ?? 0) + 1);
    bySession.set(a.sessionId, m);
  }
  let total = 0;
  for (const counts of bySession.values()) {
    const n = [...counts.values()].reduce((s, v) => s + v, 0);
    for (const [k, share] of mix) {
      const gap = Math.abs((counts.get(k) ?? 0) - share * n) - input.tolerance * n;
      if (gap > 1e-9) total += gap;
    }
  }
  return total;
}

export function satisfaction(input: AllocationInput, assignments: Assignment[]): number {
  return assignments.reduce((s, a) => s + rankWeight(a.rank, input.choices), 0);
}

/** The quantity the solver maximises (without the lottery's tiny perturbations). */
export function objectiveOf(input: AllocationInput, assignments: Assignment[]): number {
  return satisfaction(input, assignments) - input.balanceWeight * balanceDeviation(input, assignments);
}

/** Every rule an allocation must keep; the list of broken ones (empty when valid). */
export function violations(input: AllocationInput, assignments: Assignment[]): string[] {
  const sessions = new Map(input.sessions.map((s) => [s.id, s]));
  const people = new Map(input.people.map((p) => [p.id, p]));
  const out: string[] = [];
  const fill = new Map<string, number>();
  const slotsTaken = new Set<string>();
  for (const a of assignments) {
    const s = sessions.get(a.sessionId);
    const p = people.get(a.personId);
    if (!s || !p) { out.push(`unknown ${a.personId}/${a.sessionId}`); continue; }
    if (p.excluded?.includes(a.sessionId)) out.push(`excluded ${a.personId}/${a.sessionId}`);
    if (!p.prefs.some((x) => x.sessionId === a.sessionId)) out.push(`unranked ${a.personId}/${a.sessionId}`);
    const key = `${a.personId}@${s.slot}`;
    if (slotsTaken.has(key)) out.push(`two in one slot ${key}`);
    slotsTaken.add(key);
    fill.set(s.id, (fill.get(s.id) ?? 0) + 1);
  }
  for (const [id, n] of fill) {
    const cap = sessions.get(id)?.capacity;
    if (cap !== null && cap !== undefined && n > cap) out.push(`capacity ${id}: ${n} > ${cap}`);
  }
  return out;
}

/**
 * First come, first served on the same preferences: in ranking-submission order, each
 * person takes, per slot, their best-ranked choice with a seat left.
 */
export function firstComeFirstServed(input: AllocationInput): Assignment[] {
  const sessions = new Map(input.sessions.map((s) => [s.id, s]));
  const left = new Map(input.sessions.map((s) => [s.id, s.capacity ?? Infinity]));
  const out: Assignment[] = [];
  const ordered = [...input.people].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  for (const person of ordered) {
    const done = new Set<number>();
    for (const pref of usablePrefs(person, sessions)) {
      if (done.has(pref.slot) || (left.get(pref.sessionId) ?? 0) <= 0) continue;
      left.set(pref.sessionId, (left.get(pref.sessionId) ?? 0) - 1);
      done.add(pref.slot);
      out.push({ personId: person.id, sessionId: pref.sessionId, rank: pref.rank });
    }
  }
  return out;
}
