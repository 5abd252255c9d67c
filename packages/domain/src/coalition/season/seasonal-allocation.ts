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
 * filled cheapest first; when that fill happens to respect the minimums and the holders, it is optimal.
 * Otherwise which members ship is enumerated depth first, cheapest first, pruned by the same relaxation
 * (members decided to ship pay their minimum, undecided ones fill at cost): coalitions have a handful of
 * members, so this stays small.
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

  // The relaxation's fill: optimal whenever it is feasible.
  let rest = target;
  let cost = 0;
  let held = 0;
  let feasible = true;
  for (let k = 0; k < m && rest > 0; k++) {
    const take = Math.min(rest, cap(k));
    if (take <= 0) continue;
    if (take < low(k) - 1e-9) feasible = false;
    out[k] = take;
    held |= bits(k);
    cost += c(k) * take;
    rest -= take;
  }
  if (!coversDemand(target - rest, target)) return Infinity;
  if (feasible && (held & required) === required) return cost;

  // Enumerate which members ship. decision: 1 ships, 0 does not, -1 undecided.
  const decision = new Int8Array(m).fill(-1);
  const best = new Float64Array(m);
  let bestCost = Infinity;
  const capFrom = new Float64Array(m + 1);
  const bitsFrom = new Int32Array(m + 1);
  for (let k = m - 1; k >= 0; k--) {
    capFrom[k] = capFrom[k + 1]! + cap(k);
    bitsFrom[k] = bitsFrom[k + 1]! | (cap(k) > 0 ? bits(k) : 0);
  }
  /** Cost of the relaxation given the decisions so far; fills `fill` when every member is decided. */
  const relaxed = (fill: Float64Array | undefined): number => {
    let value = 0;
    let left = target;
    for (let k = 0; k < m; k++)
      if (decision[k] === 1) {
        value += c(k) * low(k);
        left -= low(k);
        if (fill) fill[k] = low(k);
      } else if (fill) fill[k] = 0;
    for (let k = 0; k < m && left > 0; k++) {
      if (decision[k] === 0) continue;
      const room = decision[k] === 1 ? cap(k) - low(k) : cap(k);
      const take = Math.min(left, room);
      value += c(k) * take;
      left -= take;
      if (fill) fill[k]! += take;
    }
    return coversDemand(target - left, target) ? value : Infinity;
  };
  const visit = (k: number, shipCap: number, shipBits: number): void => {
    if (shipCap + capFrom[k]! < target - 1e-9 * Math.max(1, target)) return;
    if (((shipBits | bitsFrom[k]!) & required) !== required) return;
    if (relaxed(undefined) >= bestCost - 1e-9 * Math.max(1, bestCost)) return;
    if (k === m) {
      bestCost = relaxed(best);
      return;
    }
    if (cap(k) > 0) {
      decision[k] = 1;
      visit(k + 1, shipCap + cap(k), shipBits | bits(k));
    }
    decision[k] = 0;
    visit(k + 1, shipCap, shipBits);
    decision[k] = -1;
  };
  visit(0, 0, 0);
  out.set(best);
  return bestCost;
}
