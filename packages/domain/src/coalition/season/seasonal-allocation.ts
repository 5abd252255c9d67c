import { coversDemand } from '../coalition-model.js';
import { type SeasonalModel } from './seasonal-model.js';

/** A membership with its quantities: what a seasonal coalition proposes. */
export interface SeasonalAllocation {
  /** Supplier indices into the model, in ascending unit cost. */
  members: number[];
  /** Member-major: quantities[k·P + t] is member k's quantity in period t. */
  quantities: Float64Array;
  /** Coordination for every member plus landed cost of every unit over the schedule. */
  cost: number;
}

/**
 * The cheapest quantities for a fixed membership, period by period (given the members, periods are
 * independent), or undefined when some period cannot be covered. Exact: see `allocatePeriod`.
 */
export function allocateSeasonal(
  model: SeasonalModel,
  set: readonly number[],
): SeasonalAllocation | undefined {
  const members = [...set].sort((a, b) => model.unitCost[a]! - model.unitCost[b]! || a - b);
  const P = model.periods.length;
  const quantities = new Float64Array(members.length * P);
  const scratch = new Float64Array(members.length);
  let cost = model.fixedCost * members.length;
  for (let t = 0; t < P; t++) {
    const periodCost = allocatePeriod(model, t, members, scratch);
    if (periodCost === Infinity) return undefined;
    cost += periodCost;
    for (let k = 0; k < members.length; k++) quantities[k * P + t] = scratch[k]!;
  }
  return { members, quantities, cost };
}

/**
 * Cheapest quantities of one period for members sorted by unit cost, written to `out`; Infinity when
 * they cannot cover the period's target with a holder of every ANY_SUPPLIER requirement shipping.
 *
 * Relaxing "zero or at least the minimum" to "anything up to capacity" makes it a fractional knapsack,
 * filled cheapest first; when the fill respects the minimums and the holders, it is optimal. Otherwise
 * a small branch-and-bound branches on what the fill violates — the one member filled below its
 * minimum (ship at least the minimum, or not at all), or the cheapest free holder of a standard no
 * shipper holds (ships, or not) — each side filled again: a handful of nodes for real coalitions.
 */
export function allocatePeriod(
  model: SeasonalModel,
  t: number,
  members: readonly number[],
  out: Float64Array,
): number {
  const n = model.supplierIds.length;
  const target = model.target[t]!;
  out.fill(0);
  if (target <= 0) return 0;
  const m = members.length;
  const c = (k: number) => model.unitCost[members[k]!]!;
  const cap = (k: number) => model.cap[t * n + members[k]!]!;
  const low = (k: number) => model.low[t * n + members[k]!]!;
  const bits = (k: number) => model.anyMask[t * n + members[k]!]!;
  const required = model.requiredMask;
  const FREE = -1;
  const SHIPS = 1;
  const NOT = 0;
  const state = new Int8Array(m);
  for (let k = 0; k < m; k++) state[k] = cap(k) > 0 ? FREE : NOT;
  const fill = new Float64Array(m);
  let bestCost = Infinity;

  const visit = (): void => {
    // The relaxation of this node: shippers pay their minimum, then the cheapest room is filled.
    let value = 0;
    let left = target;
    for (let k = 0; k < m; k++) {
      fill[k] = state[k] === SHIPS ? low(k) : 0;
      value += c(k) * fill[k]!;
      left -= fill[k]!;
    }
    for (let k = 0; k < m && left > 0; k++) {
      if (state[k] === NOT) continue;
      const take = Math.min(left, cap(k) - fill[k]!);
      fill[k]! += take;
      value += c(k) * take;
      left -= take;
    }
    if (!coversDemand(target - left, target)) return;
    if (value >= bestCost - 1e-9 * Math.max(1, bestCost)) return;
    let below = -1;
    let held = 0;
    for (let k = 0; k < m; k++) {
      if (fill[k]! <= 0) continue;
      held |= bits(k);
      if (state[k] === FREE && fill[k]! < low(k) - 1e-9) below = k;
    }
    let branch = below;
    if (branch < 0 && (held & required) !== required) {
      for (let k = 0; k < m && branch < 0; k++)
        if (state[k] === FREE && fill[k]! <= 0 && bits(k) & required & ~held) branch = k;
      if (branch < 0) return; // no free holder left to bring in
    }
    if (branch < 0) {
      bestCost = value;
      out.set(fill);
      return;
    }
    state[branch] = SHIPS;
    visit();
    state[branch] = NOT;
    visit();
    state[branch] = FREE;
  };
  visit();
  return bestCost;
}
