// Seeded synthetic instances (benchmarks, tests, demo preferences): popular workshops are
// much more wanted than others, and delegates from the South tend to rank later (the
// first-come-first-served bias the allocation corrects).
import { seededRandom, type AllocationInput, type AllocPerson, type AllocSession } from './model';

export const CONTINENT_MIX: [string, number][] = [['AFRICA', 0.45], ['EUROPE', 0.22], ['AMERICAS', 0.22], ['ASIA', 0.08], ['OCEANIA', 0.03]];
const LATE = new Set(['AFRICA', 'ASIA']);

export function pickContinent(r: number): string {
  let acc = 0;
  for (const [k, share] of CONTINENT_MIX) {
    acc += share;
    if (r < acc) return k;
  }
  return 'AFRICA';
}

/** Ranks `choices` distinct sessions out of `ids`, favouring the first ones (popularity ~ 1/(i+1)). */
export function pickRanked(ids: string[], choices: number, random: () => number): string[] {
  const weights = ids.map((_, i) => 1 / (i + 1));
  const out: string[] = [];
  while (out.length < Math.min(choices, ids.length)) {
    const total = weights.reduce((s, w, i) => s + (out.includes(ids[i]) ? 0 : w), 0);
    let r = random() * total;
    for (let i = 0; i < ids.length; i++) {
      if (out.includes(ids[i])) continue;
      r -= weights[i];
      if (r <= 0) { out.push(ids[i]); break; }
    }
  }
  return out;
}

export function syntheticInstance(opts: { people: number; sessions: number; slots: number; choices: number; seed?: number; slack?: number; balanceWeight?: number; tolerance?: number }): AllocationInput {
  const random = seededRandom(opts.seed ?? 1);
  const perSlot = Math.ceil(opts.sessions / opts.slots);
  const sessions: AllocSession[] = [];
  for (let i = 0; i < opts.sessions; i++) {
    const slot = Math.floor(i / perSlot);
    const inSlot = Math.min(perSlot, opts.sessions - slot * perSlot);
    sessions.push({ id: `s${String(i).padStart(4, '0')}`, slot, capacity: Math.ceil((opts.people * (opts.slack ?? 1.05)) / inSlot) });
  }
  const bySlot = new Map<number, string[]>();
  for (const s of sessions) bySlot.set(s.slot, [...(bySlot.get(s.slot) ?? []), s.id]);
  const people: AllocPerson[] = [];
  for (let i = 0; i < opts.people; i++) {
    const continent = pickContinent(random());
    const prefs = [...bySlot.values()].flatMap((ids) => pickRanked(ids, opts.choices, random).map((sessionId, r) => ({ sessionId, rank: r + 1 })));
    people.push({ id: `p${String(i).padStart(5, '0')}`, continent, order: random() + (LATE.has(continent) ? 0.5 : 0), prefs });
  }
  return { sessions, people, choices: opts.choices, balanceWeight: opts.balanceWeight ?? 1, tolerance: opts.tolerance ?? 0.1, seed: opts.seed ?? 1 };
}
