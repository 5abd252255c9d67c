import { type CoalitionModel, coversDemand } from './coalition-model.js';

export interface Allocation {
  /** Supplier indices into the model, in ascending unit cost. */
  members: number[];
  quantities: number[];
  cost: number;
}

/**
 * The cheapest quantities for a fixed set of suppliers: each gets its minimum order, and the rest of
 * the demand goes to the lowest landed unit costs first. With one covering constraint and box bounds
 * this greedy fill is optimal, and integral when capacities, minimums and demand are.
 * Returns undefined when the set cannot cover the demand or misses an ANY_SUPPLIER requirement.
 */
export function allocate(model: CoalitionModel, set: readonly number[]): Allocation | undefined {
  let capacity = 0;
  let mask = 0;
  for (const i of set) {
    capacity += model.capacity[i]!;
    mask |= model.anyMask[i]!;
  }
  if (!coversDemand(capacity, model.demand) || (mask & model.requiredMask) !== model.requiredMask)
    return undefined;
  const members = [...set].sort((a, b) => model.unitCost[a]! - model.unitCost[b]! || a - b);
  const quantities = members.map((i) => model.minOrder[i]!);
  let remaining = model.demand - quantities.reduce((s, q) => s + q, 0);
  for (let k = 0; k < members.length && remaining > 0; k++) {
    const extra = Math.min(remaining, model.capacity[members[k]!]! - quantities[k]!);
    quantities[k]! += extra;
    remaining -= extra;
  }
  let cost = 0;
  members.forEach((i, k) => (cost += model.fixedCost + model.unitCost[i]! * quantities[k]!));
  return { members, quantities, cost };
}
