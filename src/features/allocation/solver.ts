// Exact allocation with HiGHS (the `highs` npm package: the HiGHS MIP solver compiled to
// WebAssembly; no native binary, works offline). See ARCHITECTURE.md, "Workshop allocation".
//
// Model, per time slot (slots never share a workshop nor a person's seat, so they are
// independent problems solved one after another):
//   x[i,s] ∈ {0,1}  person i gets workshop s (only for ranked, eligible, non-overlapping pairs)
//   d[s,k] ≥ 0      people of continent k in s beyond the tolerance of the round's mix
//   max Σ (w(rank) + ε·ticket(i)) x[i,s] − λ Σ d[s,k]
//   Σ_i x[i,s] ≤ capacity(s);  Σ_{s in slot} x[i,s] ≤ 1
//   n[s,k] − (p_k + tol) n[s] ≤ d[s,k];  (p_k − tol) n[s] − n[s,k] ≤ d[s,k]
// The lottery ε·ticket sums to less than 0.5 over a slot, so it never outweighs one
// preference point: it only decides between allocations of equal satisfaction.
import highsLoader from 'highs';
import type { Highs } from 'highs';
import { lotteryTicket, rankWeight, targetMix, usablePrefs, type AllocationInput, type Assignment } from './model';

let loader: Promise<Highs> | null = null;
function highs(): Promise<Highs> {
  loader ??= highsLoader();
  return loader;
}

export type SolveStatus = 'OPTIMAL' | 'TIME_LIMIT' | 'OTHER';

export type SolveResult = {
  assignments: Assignment[];
  status: SolveStatus;
  /** Objective found (with the lottery's perturbations), and the solver's proven upper bound. */
  objective: number;
  bound: number;
  /** Relative optimality gap reported by the solver (0 when proven optimal). */
  gap: number;
  /** Optimum of the LP relaxation: no allocation can score more. */
  lpBound: number;
  seconds: number;
};

type SlotModel = {
  numCols: number;
  cost: number[];
  upper: number[];
  rows: { lower: number; upper: number; cols: number[]; vals: number[] }[];
  pairs: { personId: string; sessionId: string; rank: number }[];
};

function buildSlot(input: AllocationInput, slot: number, mix: Map<string, number>): SlotModel {
  const sessions = new Map(input.sessions.map((s) => [s.id, s]));
  const slotSessions = input.sessions.filter((s) => s.slot === slot).sort((a, b) => (a.id < b.id ? -1 : 1));
  const people = [...input.people].sort((a, b) => (a.id < b.id ? -1 : 1));
  const cost: number[] = [];
  const upper: number[] = [];
  const pairs: SlotModel['pairs'] = [];
  const bySession = new Map<string, number[]>(slotSessions.map((s) => [s.id, []]));
  const rows: SlotModel['rows'] = [];
  const eps = 0.5 / (people.length + 1);
  for (const person of people) {
    const mine = usablePrefs(person, sessions).filter((p) => p.slot === slot);
    const ticket = lotteryTicket(input.seed, person.id);
    const cols: number[] = [];
    for (const pref of mine) {
      const j = pairs.length;
      pairs.push({ personId: person.id, sessionId: pref.sessionId, rank: pref.rank });
      cost.push(rankWeight(pref.rank, input.choices) + eps * ticket);
      upper.push(1);
      cols.push(j);
      bySession.get(pref.sessionId)?.push(j);
    }
    if (cols.length > 1) rows.push({ lower: -Infinity, upper: 1, cols, vals: cols.map(() => 1) });
  }
  for (const s of slotSessions) {
    const cols = bySession.get(s.id) ?? [];
    if (s.capacity !== null && cols.length > s.capacity) rows.push({ lower: -Infinity, upper: s.capacity, cols, vals: cols.map(() => 1) });
  }
  if (input.balanceWeight > 0) {
    const continentOf = new Map(input.people.map((p) => [p.id, p.continent]));
    for (const s of slotSessions) {
      const cols = bySession.get(s.id) ?? [];
      if (cols.length === 0) continue;
      for (const [k, share] of mix) {
        const d = cost.length;
        cost.push(-input.balanceWeight);
        upper.push(Infinity);
        const member = cols.map((j) => (continentOf.get(pairs[j].personId) === k ? 1 : 0));
        rows.push({ lower: -Infinity, upper: 0, cols: [...cols, d], vals: [...member.map((m) => m - (share + input.tolerance)), -1] });
        rows.push({ lower: -Infinity, upper: 0, cols: [...cols, d], vals: [...member.map((m) => share - input.tolerance - m), -1] });
      }
    }
  }
  return { numCols: cost.length, cost, upper, rows, pairs };
}

function toModelData(h: Highs, m: SlotModel, integer: boolean) {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of m.rows) {
    indices.push(...row.cols);
    values.push(...row.vals);
    starts.push(indices.length);
  }
  const inf = (v: number) => (v === Infinity ? h.infinity : v === -Infinity ? -h.infinity : v);
  return {
    numCols: m.numCols,
    numRows: m.rows.length,
    sense: h.constants.objectiveSense.maximize,
    colCost: m.cost,
    colLower: m.cost.map(() => 0),
    colUpper: m.upper.map(inf),
    rowLower: m.rows.map((r) => inf(r.lower)),
    rowUpper: m.rows.map((r) => inf(r.upper)),
    matrix: { format: 'csr' as const, numRows: m.rows.length, numCols: m.numCols, starts, indices, values },
    ...(integer ? { integrality: m.cost.map((_, j) => (j < m.pairs.length ? h.constants.variableType.integer : h.constants.variableType.continuous)) } : {}),
  };
}

export async function solveAllocation(input: AllocationInput, options: { timeLimitSeconds?: number } = {}): Promise<SolveResult> {
  const h = await highs();
  const started = performance.now();
  const mix = targetMix(input.people);
  const slots = [...new Set(input.sessions.map((s) => s.slot))].sort((a, b) => a - b);
  const budget = options.timeLimitSeconds ?? 25;
  const result: SolveResult = { assignments: [], status: 'OPTIMAL', objective: 0, bound: 0, gap: 0, lpBound: 0, seconds: 0 };
  for (const slot of slots) {
    const m = buildSlot(input, slot, mix);
    if (m.numCols === 0) continue;
    const opts = { output_flag: false, random_seed: input.seed % 2147483647, mip_rel_gap: 1e-9, mip_abs_gap: 1e-9, time_limit: Math.max(1, budget / slots.length) };
    h.withModel((model) => {
      model.passModel(toModelData(h, m, true));
      model.options.set(opts);
      model.run();
      const status = model.getModelStatus();
      const solved = status === h.constants.modelStatus.optimal;
      if (!solved) result.status = status === h.constants.modelStatus.timeLimit ? 'TIME_LIMIT' : 'OTHER';
      const x = model.getSolution().colValue;
      m.pairs.forEach((pair, j) => { if (x[j] > 0.5) result.assignments.push(pair); });
      const objective = model.getObjectiveValue();
      result.objective += objective;
      const bound = Number(model.info.get('mip_dual_bound'));
      result.bound += Number.isFinite(bound) ? bound : objective;
    });
    h.withModel((model) => {
      model.passModel(toModelData(h, m, false));
      model.options.set({ output_flag: false, time_limit: Math.max(1, budget / slots.length) });
      model.run();
      result.lpBound += model.getObjectiveValue();
    });
  }
  result.gap = result.bound > 0 ? Math.max(0, (result.bound - result.objective) / result.bound) : 0;
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
