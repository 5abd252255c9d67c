import { type CoalitionModel, coversDemand } from './coalition-model.js';
import { effectiveUnitCost } from './effective-order.js';

export interface Relaxation {
  /** Optimal value of the LP relaxation: a lower bound on every coalition's cost. */
  bound: number;
  /** Effective unit cost of the marginal supplier: the LP's price of one more unit of demand. */
  marginalCost: number;
  /** False when even all suppliers together lack the capacity. */
  feasible: boolean;
}

/** The LP relaxation (y = x / capacity) is a fractional knapsack: fill demand in effective cost order. */
export function solveRelaxation(model: CoalitionModel, order: readonly number[]): Relaxation {
  let bound = 0;
  let remaining = model.demand;
  let marginalCost = Infinity;
  for (const i of order) {
    if (remaining <= 0) break;
    const e = effectiveUnitCost(model, i);
    const take = Math.min(remaining, model.capacity[i]!);
    bound += e * take;
    remaining -= take;
    marginalCost = e;
  }
  return { bound, marginalCost, feasible: coversDemand(model.demand - remaining, model.demand) };
}
