import { type Allocation, allocate } from './allocate.js';
import { type CoalitionModel, coversDemand } from './coalition-model.js';

/** Suppliers outside the coalition a move may bring in: the most promising by reduced cost. */
const POOL_SIZE = 48;
/** Holders per ANY_SUPPLIER requirement added to the pool, so a swap can change who meets it. */
const HOLDERS_PER_REQUIREMENT = 12;
const NONE = -1;

/**
 * Local search around a coalition: repeatedly applies the best of "drop a member", "add a supplier"
 * and "swap a member for a supplier" while it lowers the cost. A primal heuristic only — it proves
 * nothing — but a near-optimal incumbent early lets the bound prune (reduced-cost fixing needs the
 * incumbent within a supplier's reduced cost of the bound).
 *
 * Candidates to bring in are ranked by their reduced cost at `lambda`, the LP's price of one more
 * unit of demand: F + (U − λ)·(U < λ ? capacity : minimum order), most negative first.
 */
export function polish(
  model: CoalitionModel,
  start: Allocation,
  lambda: number,
  allowed: (i: number) => boolean = () => true,
): Allocation {
  const pool = candidatePool(model, lambda, allowed);
  let members = [...start.members].sort(byUnitCost(model));
  let cost = start.cost;
  const limit = () => cost - 1e-9 * Math.max(1, cost);
  for (;;) {
    let bestCost = limit();
    let drop = NONE;
    let add = NONE;
    for (const i of members) {
      const c = costWith(model, members, i, NONE);
      if (c < bestCost) [bestCost, drop, add] = [c, i, NONE];
    }
    for (const j of pool) {
      if (members.includes(j)) continue;
      const c = costWith(model, members, NONE, j);
      if (c < bestCost) [bestCost, drop, add] = [c, NONE, j];
      for (const i of members) {
        const s = costWith(model, members, i, j);
        if (s < bestCost) [bestCost, drop, add] = [s, i, j];
      }
    }
    if (drop === NONE && add === NONE) {
      const merged = mergeHolders(model, members, pool, limit());
      if (!merged) break;
      [members, cost] = merged;
      continue;
    }
    members = members.filter((m) => m !== drop);
    if (add !== NONE) members = [...members, add].sort(byUnitCost(model));
    cost = bestCost;
  }
  return members.length === start.members.length && cost === start.cost ? start : allocate(model, members)!;
}

/**
 * The move single swaps miss: one holder of several requirements replacing the members that met
 * them separately (add it, then drop each member holding what it holds while that pays).
 */
function mergeHolders(
  model: CoalitionModel,
  members: readonly number[],
  pool: readonly number[],
  limit: number,
): [number[], number] | undefined {
  let best: [number[], number] | undefined;
  for (const j of pool) {
    const mask = model.anyMask[j]!;
    if (mask === 0 || members.includes(j)) continue;
    let set = [...members, j].sort(byUnitCost(model));
    let cost = costWith(model, set, NONE, NONE);
    for (const i of members) {
      if (!(model.anyMask[i]! & mask)) continue;
      const without = costWith(model, set, i, NONE);
      if (without < cost) [set, cost] = [set.filter((m) => m !== i), without];
    }
    if (cost < (best?.[1] ?? limit)) best = [set, cost];
  }
  return best;
}

const byUnitCost = (model: CoalitionModel) => (a: number, b: number) =>
  model.unitCost[a]! - model.unitCost[b]! || a - b;

/** The most promising outsiders by reduced cost, and the cheapest few holders of each requirement. */
function candidatePool(model: CoalitionModel, lambda: number, allowed: (i: number) => boolean): number[] {
  const reduced = (i: number) => {
    const u = model.unitCost[i]!;
    return model.fixedCost + (u - lambda) * (u < lambda ? model.capacity[i]! : model.minOrder[i]!);
  };
  const outside: number[] = [];
  for (let i = 0; i < model.supplierIds.length; i++) if (allowed(i)) outside.push(i);
  outside.sort((a, b) => reduced(a) - reduced(b));
  const pool = new Set(outside.slice(0, POOL_SIZE));
  for (let bit = 0; model.requiredMask >> bit !== 0; bit++) {
    let taken = 0;
    for (const i of outside) {
      if (taken === HOLDERS_PER_REQUIREMENT) break;
      if (model.anyMask[i]! & (1 << bit)) {
        pool.add(i);
        taken++;
      }
    }
  }
  return [...pool];
}

/**
 * Cost of the coalition `members` (ascending unit cost) without `drop` and with `add` (NONE for
 * neither), as `allocate` would fill it — minimum orders first, the rest cheapest first — but with
 * no allocation: it runs for every move. Infinity when the set misses the volume or a requirement.
 */
function costWith(model: CoalitionModel, members: readonly number[], drop: number, add: number): number {
  const F = model.fixedCost;
  let capacity = 0;
  let mask = 0;
  let minimums = 0;
  let cost = 0;
  const count = (i: number) => {
    capacity += model.capacity[i]!;
    mask |= model.anyMask[i]!;
    minimums += model.minOrder[i]!;
    cost += F + model.unitCost[i]! * model.minOrder[i]!;
  };
  for (const i of members) if (i !== drop) count(i);
  if (add !== NONE) count(add);
  if (!coversDemand(capacity, model.demand) || (mask & model.requiredMask) !== model.requiredMask)
    return Infinity;
  let remaining = model.demand - minimums;
  const fill = (i: number) => {
    const extra = Math.min(remaining, model.capacity[i]! - model.minOrder[i]!);
    cost += model.unitCost[i]! * extra;
    remaining -= extra;
  };
  let added = add === NONE;
  for (let k = 0; k < members.length && remaining > 0; k++) {
    const i = members[k]!;
    if (!added && model.unitCost[add]! < model.unitCost[i]!) {
      fill(add);
      added = true;
      if (remaining <= 0) break;
    }
    if (i !== drop) fill(i);
  }
  if (!added && remaining > 0) fill(add);
  return cost;
}
