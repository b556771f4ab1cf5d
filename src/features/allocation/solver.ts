// Exact allocation with HiGHS (the `highs` npm package: the HiGHS MIP solver compiled to
// WebAssembly; no native binary, works offline). See ARCHITECTURE.md, "Workshop allocation".
//
// Model, per time slot (slots never share a workshop nor a person's seat, so they are
// independent problems solved one after another):
//   x[i,s] ∈ {0,1}  person i gets workshop s (only for ranked, eligible, non-overlapping pairs)
//   d[s,k] ≥ 0      people of continent k in s beyond the tolerance of the round's mix
//   max Σ (w(rank) + ε·ticket(i)) x[i,s] − λ Σ d[s,k]
//   n[s] = Σ_i x[i,s] ≤ capacity(s);  Σ_{s in slot} x[i,s] ≤ 1
//   n[s,k] − (p_k + tol) n[s] ≤ d[s,k];  (p_k − tol) n[s] − n[s,k] ≤ d[s,k]   (n[s,k]: x of continent k)
// The lottery ε·ticket sums to less than 0.5 over a slot, so it never outweighs one
// preference point: it only decides between allocations of equal satisfaction.
import highsLoader from 'highs';
import type { Highs } from 'highs';
import { firstComeFirstServed, lotteryTicket, rankWeight, targetMix, usablePrefs, type AllocationInput, type Assignment } from './model';

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
  /** Column of n[s] (seats filled) per session, and of d[s,k] per session and continent. */
  fillCol: Map<string, number>;
  devCols: { sessionId: string; continent: string; col: number; share: number }[];
};

// The balance rows use n[s] (one column per workshop, bounded by its capacity) so that each
// x[i,s] appears in four rows only (its slot, n[s], and its own continent's two rows): a
// third of the non-zeros of the direct formulation, which the LP solves much faster.
function buildSlot(input: AllocationInput, slot: number, mix: Map<string, number>): SlotModel {
  const sessions = new Map(input.sessions.map((s) => [s.id, s]));
  const slotSessions = input.sessions.filter((s) => s.slot === slot).sort((a, b) => (a.id < b.id ? -1 : 1));
  const people = [...input.people].sort((a, b) => (a.id < b.id ? -1 : 1));
  const continentOf = new Map(input.people.map((p) => [p.id, p.continent]));
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
  const fillCol = new Map<string, number>();
  const devCols: SlotModel['devCols'] = [];
  for (const s of slotSessions) {
    const cols = bySession.get(s.id) ?? [];
    if (cols.length === 0) continue;
    const n = cost.length;
    cost.push(0);
    upper.push(s.capacity ?? Infinity);
    fillCol.set(s.id, n);
    rows.push({ lower: 0, upper: 0, cols: [...cols, n], vals: [...cols.map(() => 1), -1] });
    if (input.balanceWeight <= 0) continue;
    for (const [k, share] of mix) {
      const members = cols.filter((j) => continentOf.get(pairs[j].personId) === k);
      const d = cost.length;
      cost.push(-input.balanceWeight);
      upper.push(Infinity);
      devCols.push({ sessionId: s.id, continent: k, col: d, share });
      rows.push({ lower: -Infinity, upper: 0, cols: [...members, n, d], vals: [...members.map(() => 1), -(share + input.tolerance), -1] });
      rows.push({ lower: -Infinity, upper: 0, cols: [...members, n, d], vals: [...members.map(() => -1), share - input.tolerance, -1] });
    }
  }
  return { numCols: cost.length, cost, upper, rows, pairs, fillCol, devCols };
}

/** A full column vector for a given set of assignments (the MIP's starting incumbent). */
function startVector(m: SlotModel, input: AllocationInput, chosen: Set<string>): number[] {
  const x = m.cost.map(() => 0);
  const continentOf = new Map(input.people.map((p) => [p.id, p.continent]));
  const fill = new Map<string, number>();
  const byCont = new Map<string, number>();
  m.pairs.forEach((p, j) => {
    if (!chosen.has(`${p.personId}:${p.sessionId}`)) return;
    x[j] = 1;
    fill.set(p.sessionId, (fill.get(p.sessionId) ?? 0) + 1);
    const key = `${p.sessionId}:${continentOf.get(p.personId)}`;
    byCont.set(key, (byCont.get(key) ?? 0) + 1);
  });
  for (const [sessionId, col] of m.fillCol) x[col] = fill.get(sessionId) ?? 0;
  for (const d of m.devCols) {
    const n = fill.get(d.sessionId) ?? 0;
    const nk = byCont.get(`${d.sessionId}:${d.continent}`) ?? 0;
    x[d.col] = Math.max(0, nk - (d.share + input.tolerance) * n, (d.share - input.tolerance) * n - nk);
  }
  return x;
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
  // First come, first served is always feasible: it is the MIP's starting incumbent, so even a
  // run stopped by the time limit is never worse than it.
  const fcfs = new Set(firstComeFirstServed(input).map((a) => `${a.personId}:${a.sessionId}`));
  for (const [index, slot] of slots.entries()) {
    // Each slot gets an equal share of what is left of the budget (quick slots leave more to the others).
    const timeLimit = Math.max(1, (budget - (performance.now() - started) / 1000) / (slots.length - index));
    const m = buildSlot(input, slot, mix);
    if (m.numCols === 0) continue;
    const pick = (x: ArrayLike<number>) => m.pairs.forEach((pair, j) => { if (x[j] > 0.5) result.assignments.push(pair); });
    // The LP relaxation first: its optimum bounds every allocation, and without balance rows
    // (or when they do not bind) it is already integral, hence the exact optimum.
    const lp = h.withModel((model) => {
      model.passModel(toModelData(h, m, false));
      model.options.set({ output_flag: false, time_limit: timeLimit });
      model.run();
      return { objective: model.getObjectiveValue(), x: model.getSolution().colValue, optimal: model.getModelStatus() === h.constants.modelStatus.optimal };
    });
    result.lpBound += lp.objective;
    const integral = lp.optimal && m.pairs.every((_, j) => Math.abs(lp.x[j] - Math.round(lp.x[j])) < 1e-7);
    if (integral) {
      pick(lp.x);
      result.objective += lp.objective;
      result.bound += lp.objective;
      continue;
    }
    h.withModel((model) => {
      model.passModel(toModelData(h, m, true));
      model.options.set({ output_flag: false, random_seed: input.seed % 2147483647, mip_rel_gap: 1e-9, mip_abs_gap: 1e-9, time_limit: timeLimit });
      model.setSolution({ colValue: startVector(m, input, fcfs) });
      model.run();
      const status = model.getModelStatus();
      if (status !== h.constants.modelStatus.optimal) result.status = status === h.constants.modelStatus.timeLimit ? 'TIME_LIMIT' : 'OTHER';
      pick(model.getSolution().colValue);
      const objective = model.getObjectiveValue();
      result.objective += objective;
      const bound = Number(model.info.get('mip_dual_bound'));
      result.bound += Number.isFinite(bound) ? Math.min(bound, lp.objective) : lp.objective;
    });
  }
  result.gap = result.bound > 0 ? Math.max(0, (result.bound - result.objective) / result.bound) : 0;
  result.seconds = (performance.now() - started) / 1000;
  return result;
}
