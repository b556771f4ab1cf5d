import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { balanceDeviation, firstComeFirstServed, objectiveOf, seededRandom, targetMix, usablePrefs, violations, type AllocationInput, type Assignment } from './model';
import { solveAllocation } from './solver';
import { finalize } from './summary';
import { syntheticInstance } from './synthetic';

const CONTINENTS = ['AFRICA', 'EUROPE', 'AMERICAS', 'ASIA'];

/** A random small instance from a seed: people rank sessions per slot, some sessions excluded. */
function randomInstance(seed: number, opts: { people: number; slots: number; perSlot: number; choices: number; balanceWeight?: number; tolerance?: number }): AllocationInput {
  const random = seededRandom(seed);
  const sessions = Array.from({ length: opts.slots * opts.perSlot }, (_, i) => ({ id: `s${i}`, slot: Math.floor(i / opts.perSlot), capacity: random() < 0.15 ? null : Math.floor(random() * 4) }));
  const people = Array.from({ length: opts.people }, (_, i) => {
    const prefs = [];
    for (let slot = 0; slot < opts.slots; slot++) {
      if (random() < 0.1) continue; // did not rank this slot
      const ids = sessions.filter((s) => s.slot === slot).map((s) => s.id).sort(() => random() - 0.5);
      const n = 1 + Math.floor(random() * Math.min(opts.choices, ids.length));
      prefs.push(...ids.slice(0, n).map((sessionId, r) => ({ sessionId, rank: r + 1 })));
    }
    const excluded = sessions.filter(() => random() < 0.15).map((s) => s.id);
    return { id: `p${i}`, continent: CONTINENTS[Math.floor(random() * CONTINENTS.length)], order: random(), prefs, excluded };
  });
  return { sessions, people, choices: opts.choices, balanceWeight: opts.balanceWeight ?? Math.floor(random() * 3), tolerance: opts.tolerance ?? 0.1, seed };
}

/** The optimum by trying every allocation (each person-slot: nothing or one usable choice). */
function bruteForce(input: AllocationInput): number {
  const sessions = new Map(input.sessions.map((s) => [s.id, s]));
  const options: { personId: string; opts: (Assignment | null)[] }[] = [];
  for (const p of input.people) {
    const prefs = usablePrefs(p, sessions);
    for (const slot of new Set(prefs.map((x) => x.slot))) {
      options.push({ personId: p.id, opts: [null, ...prefs.filter((x) => x.slot === slot).map((x) => ({ personId: p.id, sessionId: x.sessionId, rank: x.rank }))] });
    }
  }
  let best = -Infinity;
  const chosen: Assignment[] = [];
  const fill = new Map<string, number>();
  const walk = (i: number) => {
    if (i === options.length) {
      best = Math.max(best, objectiveOf(input, chosen));
      return;
    }
    for (const o of options[i].opts) {
      if (o) {
        const cap = sessions.get(o.sessionId)!.capacity;
        if (cap !== null && (fill.get(o.sessionId) ?? 0) >= cap) continue;
        fill.set(o.sessionId, (fill.get(o.sessionId) ?? 0) + 1);
        chosen.push(o);
      }
      walk(i + 1);
      if (o) {
        chosen.pop();
        fill.set(o.sessionId, fill.get(o.sessionId)! - 1);
      }
    }
  };
  walk(0);
  return best;
}

// The machine running the tests may be shared: generous timeouts, the figures are what is tested.
const SLOW = 120_000;

describe('solveAllocation', () => {
  it('finds the brute-force optimum on small instances (≤ 8 people)', async () => {
    for (let seed = 1; seed <= 25; seed++) {
      const shape = seed % 2 === 0 ? { people: 8, slots: 1, perSlot: 3, choices: 3 } : { people: 5, slots: 2, perSlot: 3, choices: 2 };
      const input = randomInstance(seed, shape);
      const result = await solveAllocation(input);
      expect(result.status).toBe('OPTIMAL');
      expect(violations(input, result.assignments)).toEqual([]);
      // The lottery's perturbations add less than 0.5 per slot: they may only pick among near-ties.
      expect(objectiveOf(input, result.assignments)).toBeCloseTo(bruteForce(input), 0);
      expect(Math.abs(objectiveOf(input, result.assignments) - bruteForce(input))).toBeLessThan(0.5 * shape.slots + 1e-6);
    }
  }, SLOW);

  it('never breaks capacity, one-per-slot, overlap or eligibility on random instances', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 4 }), async (seed, people, slots) => {
        const input = randomInstance(seed, { people, slots, perSlot: 4, choices: 3 });
        const result = await solveAllocation(input);
        expect(violations(input, result.assignments)).toEqual([]);
        const { enrol } = finalize(input, result.assignments);
        expect(violations(input, enrol)).toEqual([]);
        expect(violations(input, firstComeFirstServed(input))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  }, SLOW);

  it('keeps every workshop within the tolerance when a balanced allocation exists (heavy weight)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), async (seed) => {
        // Build a balanced allocation first (two continents, equal numbers in each workshop), then
        // make it part of everyone's preferences: it exists, so the optimum is balanced too.
        const random = seededRandom(seed);
        const sessions = [0, 1, 2].map((i) => ({ id: `w${i}`, slot: 0, capacity: 4 }));
        const people = Array.from({ length: 12 }, (_, i) => {
          const own = `w${Math.floor(i / 4)}`;
          const others = sessions.map((s) => s.id).filter((id) => id !== own).sort(() => random() - 0.5);
          const ownRank = 1 + Math.floor(random() * 3);
          const ordered = [...others];
          ordered.splice(ownRank - 1, 0, own);
          return { id: `p${i}`, continent: i % 2 === 0 ? 'AFRICA' : 'EUROPE', order: random(), prefs: ordered.map((sessionId, r) => ({ sessionId, rank: r + 1 })) };
        });
        const input: AllocationInput = { sessions, people, choices: 3, balanceWeight: 1000, tolerance: 0.1, seed };
        const result = await solveAllocation(input);
        expect(balanceDeviation(input, result.assignments)).toBeLessThan(1e-6);
        expect(result.assignments.length).toBe(12);
        expect(targetMix(people).get('AFRICA')).toBe(0.5);
      }),
      { numRuns: 20 },
    );
  }, SLOW);

  it('reproduces a run exactly from the same seed, whatever the order of the input', async () => {
    const input = syntheticInstance({ people: 300, sessions: 12, slots: 3, choices: 3, seed: 42 });
    const a = await solveAllocation(input);
    const shuffled = { ...input, people: [...input.people].reverse(), sessions: [...input.sessions].reverse() };
    const b = await solveAllocation(shuffled);
    const key = (r: typeof a) => r.assignments.map((x) => `${x.personId}:${x.sessionId}`).sort().join(',');
    expect(key(b)).toBe(key(a));
    const c = await solveAllocation({ ...input, seed: 43 });
    expect(c.objective).toBeGreaterThan(0);
  }, SLOW);

  it('scores at least as well as first come, first served, and at most the LP bound', async () => {
    const input = syntheticInstance({ people: 400, sessions: 12, slots: 3, choices: 3, seed: 5 });
    const result = await solveAllocation(input);
    expect(objectiveOf(input, result.assignments)).toBeGreaterThanOrEqual(objectiveOf(input, firstComeFirstServed(input)));
    expect(result.objective).toBeLessThanOrEqual(result.lpBound + 1e-6);
    expect(result.gap).toBeLessThan(1e-6);
  }, SLOW);
});
