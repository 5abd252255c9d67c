import { type BranchAndBoundOptions, type BranchAndBoundResult } from '../branch-and-bound.js';
import { coversDemand } from '../coalition-model.js';
import { type SeasonalAllocation, allocateSeasonal } from './seasonal-allocation.js';
import { type SeasonalModel } from './seasonal-model.js';

const IN = 1;
const OUT = 2;
/** A member of every coalition (`indispensable`): never branched on. */
const FIXED = 3;
const CLOCK_EVERY = 128;

/**
 * Exact depth-first branch-and-bound over memberships (one decision per supplier for the whole
 * schedule), suppliers in effective cost order.
 *
 * Bound: spread each undecided supplier's coordination cost over all it could ship in the schedule
 * (`reach`, the sum over periods of what it may usefully ship), so F·y ≥ F·Σ_t x[t] / reach; the
 * relaxation then splits into one fractional knapsack per period — members at their landed cost,
 * undecided suppliers at landed plus spread coordination, cheapest first — each O(members · log n)
 * with per-period prefix sums along the order. Minimum orders and holders are relaxed in the bound
 * and restored exactly by `allocateSeasonal` whenever a membership is costed.
 *
 * A node whose bound uses no undecided supplier and whose members' exact cost meets it is solved.
 * On timeout the lower bound is the smallest bound among the nodes still open.
 */
export function seasonalBranchAndBound(
  model: SeasonalModel,
  options: BranchAndBoundOptions,
): BranchAndBoundResult<SeasonalAllocation> {
  const total = model.supplierIds.length;
  const P = model.periods.length;
  const F = model.fixedCost;
  const required = model.requiredMask;
  const target = model.target;
  const active: number[] = [];
  for (let t = 0; t < P; t++) if (target[t]! > 0) active.push(t);
  let nodes = 0;

  // What each supplier may usefully ship per period: nothing beyond the target unless its minimum forces it.
  const useful = (i: number, t: number) =>
    Math.min(model.cap[t * total + i]!, Math.max(model.low[t * total + i]!, target[t]!));
  const reach = new Float64Array(total);
  for (let i = 0; i < total; i++) for (const t of active) reach[i]! += useful(i, t);
  const effective = (i: number) => model.unitCost[i]! + F / reach[i]!;
  const sorted: number[] = [];
  for (let i = 0; i < total; i++) if (reach[i]! > 0 && (options.allowed?.(i) ?? true)) sorted.push(i);
  sorted.sort(
    (a, b) =>
      effective(a) - effective(b) ||
      model.score[b]! - model.score[a]! ||
      (model.supplierIds[a]! < model.supplierIds[b]!
        ? -1
        : model.supplierIds[a]! > model.supplierIds[b]!
          ? 1
          : 0),
  );
  let incumbent = localSearch(model, greedy(model, sorted), sorted, options);
  let incumbentCost = incumbent?.cost ?? Infinity;
  // Suppliers every coalition needs come first and are members from the start: the search never
  // branches on them, and the bound pays their coordination in full rather than spread.
  const kept = withoutHopeless(model, sorted, active, useful, effective, incumbentCost);
  const needed = indispensable(model, kept, active, useful);
  const order = [...kept.filter((i) => needed.has(i)), ...kept.filter((i) => !needed.has(i))];
  const fixedCount = needed.size;

  const n = order.length;
  const A = active.length;
  const U = Float64Array.from(order, (i) => model.unitCost[i]!);
  const E = Float64Array.from(order, (i) => effective(i));
  // Per active period (index a), along the order: capacity, its prefix sums, and holders from p on.
  const C = new Float64Array(A * n);
  const MASK = new Int32Array(A * n);
  const capBefore = new Float64Array(A * (n + 1));
  const costBefore = new Float64Array(A * (n + 1));
  const maskFrom = new Int32Array(A * (n + 1));
  active.forEach((t, a) => {
    for (let p = 0; p < n; p++) {
      const i = order[p]!;
      C[a * n + p] = useful(i, t);
      MASK[a * n + p] = C[a * n + p]! > 0 ? model.anyMask[t * total + i]! : 0;
      capBefore[a * (n + 1) + p + 1] = capBefore[a * (n + 1) + p]! + C[a * n + p]!;
      costBefore[a * (n + 1) + p + 1] = costBefore[a * (n + 1) + p]! + E[p]! * C[a * n + p]!;
    }
    for (let p = n - 1; p >= 0; p--)
      maskFrom[a * (n + 1) + p] = maskFrom[a * (n + 1) + p + 1]! | MASK[a * n + p]!;
  });

  const tolerance = () => 1e-9 * Math.max(1, Math.abs(incumbentCost));
  const offer = (members: readonly number[]) => {
    const allocation = allocateSeasonal(model, members);
    if (allocation && allocation.cost < incumbentCost - tolerance()) {
      incumbent = allocation;
      incumbentCost = allocation.cost;
    }
    return allocation;
  };

  // Search state: decisions by position; members (positions) sorted by U; per-depth member capacity and holders per period.
  const decision = new Int8Array(n);
  const nodeBound = new Float64Array(n + 1);
  const members = new Int32Array(n);
  let memberCount = 0;
  const capAt = new Float64Array((n + 1) * A);
  const maskAt = new Int32Array((n + 1) * A);
  let usedUndecided = false;
  let solved = false;

  const firstAtLeast = (from: number, cost: number): number => {
    let lo = from;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (E[mid]! < cost) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const coveringEnd = (base: number, from: number, to: number, need: number): number => {
    let lo = from + 1;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (capBefore[base + mid]! - capBefore[base + from]! >= need) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  /** The node's bound at depth k (Infinity when infeasible); offers the members' coalition when it may beat the incumbent. */
  const evaluate = (k: number): number => {
    usedUndecided = false;
    solved = false;
    let bound = F * memberCount;
    let membersCover = true;
    for (let a = 0; a < A; a++) {
      const t = active[a]!;
      const mask = maskAt[k * A + a]!;
      if (((mask | maskFrom[a * (n + 1) + k]!) & required) !== required) return Infinity;
      if ((mask & required) !== required || !coversDemand(capAt[k * A + a]!, target[t]!))
        membersCover = false;
      const base = a * (n + 1);
      let rest = target[t]!;
      let free = k;
      const takeUndecided = (until: number) => {
        if (rest <= 0 || until <= free) return;
        const cap = capBefore[base + until]! - capBefore[base + free]!;
        if (cap <= 0) {
          free = until;
          return;
        }
        usedUndecided = true;
        if (cap < rest) {
          bound += costBefore[base + until]! - costBefore[base + free]!;
          rest -= cap;
          free = until;
          return;
        }
        const end = coveringEnd(base, free, until, rest);
        bound +=
          costBefore[base + end - 1]! -
          costBefore[base + free]! +
          E[end - 1]! * (rest - (capBefore[base + end - 1]! - capBefore[base + free]!));
        rest = 0;
      };
      for (let q = 0; q < memberCount && rest > 0; q++) {
        const p = members[q]!;
        takeUndecided(firstAtLeast(free, U[p]!));
        if (rest <= 0) break;
        const take = Math.min(rest, C[a * n + p]!);
        bound += U[p]! * take;
        rest -= take;
      }
      takeUndecided(n);
      if (!coversDemand(target[t]! - rest, target[t]!)) return Infinity;
    }
    if (membersCover && (!usedUndecided || bound < incumbentCost - tolerance())) {
      const mine = Array.from(members.subarray(0, memberCount), (p) => order[p]!);
      const exact = offer(mine);
      // The members alone already reach the bound: no completion does better.
      if (exact && !usedUndecided && exact.cost <= bound + tolerance()) {
        solved = true;
        return Math.max(bound, incumbentCost);
      }
    }
    return bound;
  };

  const insertMember = (p: number) => {
    let at = memberCount++;
    while (at > 0 && U[members[at - 1]!]! > U[p]!) {
      members[at] = members[at - 1]!;
      at--;
    }
    members[at] = p;
  };
  const removeMember = (p: number) => {
    let at = 0;
    while (members[at] !== p) at++;
    members.copyWithin(at, at + 1, memberCount--);
  };
  const carry = (k: number, join: boolean) => {
    for (let a = 0; a < A; a++) {
      capAt[(k + 1) * A + a] = capAt[k * A + a]! + (join ? C[a * n + k]! : 0);
      maskAt[(k + 1) * A + a] = maskAt[k * A + a]! | (join ? MASK[a * n + k]! : 0);
    }
  };

  for (let p = 0; p < fixedCount; p++) {
    decision[p] = FIXED;
    carry(p, true);
    insertMember(p);
  }
  let k = fixedCount;
  let timedOut = false;
  search: for (;;) {
    if (++nodes % CLOCK_EVERY === 0 && options.now() > options.deadline) {
      timedOut = true;
      break;
    }
    const nodeLowerBound = evaluate(k);
    nodeBound[k] = nodeLowerBound;
    if (k < n && !solved && nodeLowerBound < incumbentCost - tolerance()) {
      decision[k] = IN;
      carry(k, true);
      insertMember(k);
      k++;
      continue;
    }
    for (;;) {
      if (k === fixedCount) break search;
      k--;
      if (decision[k] === IN) {
        removeMember(k);
        decision[k] = OUT;
        carry(k, false);
        k++;
        continue search;
      }
      decision[k] = 0;
    }
  }

  let lowerBound: number;
  if (timedOut) {
    let open = k > fixedCount ? nodeBound[k - 1]! : nodeBound[fixedCount]!;
    for (let d = fixedCount; d < k; d++) if (decision[d] === IN && nodeBound[d]! < open) open = nodeBound[d]!;
    lowerBound = Math.min(open, incumbentCost);
  } else lowerBound = incumbentCost;
  return { allocation: incumbent, lowerBound, provenOptimal: !timedOut, nodes };
}

/**
 * Reduced-cost fixing at the root: drops each supplier whose forced membership lifts the bound above
 * the incumbent — every coalition containing it then costs more than one already found. The bound
 * with supplier j a member is the root's fill with j at its landed cost rather than its effective one
 * (and its coordination paid in full), computed per period with prefix sums along the order.
 */
function withoutHopeless(
  model: SeasonalModel,
  order: readonly number[],
  active: readonly number[],
  useful: (i: number, t: number) => number,
  effective: (i: number) => number,
  incumbentCost: number,
): number[] {
  if (incumbentCost === Infinity) return [...order];
  const n = order.length;
  const E = Float64Array.from(order, (i) => effective(i));
  const lifts = new Float64Array(n).fill(model.fixedCost);
  for (const t of active) {
    const capBefore = new Float64Array(n + 1);
    const costBefore = new Float64Array(n + 1);
    for (let p = 0; p < n; p++) {
      const cap = useful(order[p]!, t);
      capBefore[p + 1] = capBefore[p]! + cap;
      costBefore[p + 1] = costBefore[p]! + E[p]! * cap;
    }
    /** Cheapest cost of `need` from positions [from, to) at effective cost, and what is left uncovered. */
    const fill = (from: number, to: number, need: number): [number, number] => {
      const cap = capBefore[to]! - capBefore[from]!;
      if (need <= 0 || to <= from) return [0, need];
      if (cap <= need) return [costBefore[to]! - costBefore[from]!, need - cap];
      let lo = from + 1;
      let hi = to;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (capBefore[mid]! - capBefore[from]! >= need) hi = mid;
        else lo = mid + 1;
      }
      const end = lo;
      return [
        costBefore[end - 1]! -
          costBefore[from]! +
          E[end - 1]! * (need - (capBefore[end - 1]! - capBefore[from]!)),
        0,
      ];
    };
    const target = model.target[t]!;
    for (let p = 0; p < n; p++) {
      const j = order[p]!;
      const u = model.unitCost[j]!;
      // Positions before `q` are cheaper (effective) than j's landed cost; j itself is at or after q.
      let q = 0;
      let hi = n;
      while (q < hi) {
        const mid = (q + hi) >> 1;
        if (E[mid]! < u) q = mid + 1;
        else hi = mid;
      }
      const [before, left] = fill(0, Math.min(q, p), target);
      const own = Math.min(left, useful(j, t));
      const [after, rest] = fill(Math.min(q, p), p, left - own);
      const [beyond, uncovered] = fill(p + 1, n, rest);
      lifts[p]! += uncovered > 1e-9 ? Infinity : before + u * own + after + beyond;
    }
  }
  const tolerance = 1e-9 * Math.max(1, Math.abs(incumbentCost));
  return order.filter((_, p) => lifts[p]! <= incumbentCost + tolerance);
}

/**
 * The suppliers without which some period cannot be covered — the others together lack the capacity,
 * or none of them holds a required standard then — so every coalition contains them. Typical of
 * partial needs: in a short month every supplier able to ship must.
 */
function indispensable(
  model: SeasonalModel,
  order: readonly number[],
  active: readonly number[],
  useful: (i: number, t: number) => number,
): Set<number> {
  const n = model.supplierIds.length;
  const needed = new Set<number>();
  for (const t of active) {
    let total = 0;
    const holders = new Map<number, number[]>();
    for (const i of order) {
      const cap = useful(i, t);
      if (cap <= 0) continue;
      total += cap;
      for (let bit = 0; model.requiredMask >> bit; bit++)
        if (model.anyMask[t * n + i]! & (1 << bit)) holders.set(bit, [...(holders.get(bit) ?? []), i]);
    }
    for (const i of order)
      if (useful(i, t) > 0 && !coversDemand(total - useful(i, t), model.target[t]!)) needed.add(i);
    for (const list of holders.values()) if (list.length === 1) needed.add(list[0]!);
  }
  return needed;
}

/** Takes suppliers in effective cost order until their capacities and holders cover every period, then costs them. */
function greedy(model: SeasonalModel, order: readonly number[]): SeasonalAllocation | undefined {
  const chosen: number[] = [];
  for (const i of order) {
    chosen.push(i);
    const allocation = coversAll(model, chosen) ? allocateSeasonal(model, chosen) : undefined;
    if (allocation) return allocation;
  }
  return undefined;
}

function coversAll(model: SeasonalModel, set: readonly number[]): boolean {
  const n = model.supplierIds.length;
  for (let t = 0; t < model.periods.length; t++) {
    if (model.target[t]! <= 0) continue;
    let cap = 0;
    let mask = 0;
    for (const i of set) {
      cap += model.cap[t * n + i]!;
      mask |= model.anyMask[t * n + i]!;
    }
    if (!coversDemand(cap, model.target[t]!) || (mask & model.requiredMask) !== model.requiredMask)
      return false;
  }
  return true;
}

/** Suppliers, earliest in effective cost order, that the local search tries to add or swap in. */
const NEIGHBOURHOOD = 40;
/** Share of the search's time the local search may take before branch-and-bound starts. */
const LOCAL_SEARCH_SHARE = 0.25;

/**
 * Improves a coalition by single moves — drop a member, add a supplier, swap one for another (among
 * the first suppliers in effective cost order) — taking any move that lowers the cost, until none
 * does or the deadline passes. A good incumbent early is what lets the bound prune.
 */
function localSearch(
  model: SeasonalModel,
  start: SeasonalAllocation | undefined,
  order: readonly number[],
  options: BranchAndBoundOptions,
): SeasonalAllocation | undefined {
  let best = start;
  if (!best) return best;
  const near = order.slice(0, NEIGHBOURHOOD);
  const deadline = options.now() + LOCAL_SEARCH_SHARE * Math.max(0, options.deadline - options.now());
  const better = (set: number[]) => {
    const candidate = allocateSeasonal(model, set);
    if (candidate && candidate.cost < best!.cost - 1e-9 * Math.max(1, best!.cost)) {
      best = candidate;
      return true;
    }
    return false;
  };
  for (let improved = true; improved && options.now() < deadline;) {
    improved = false;
    const members = best.members;
    // Dearest first: dropping them saves the most.
    for (const i of [...members].reverse()) if (better(best.members.filter((m) => m !== i))) improved = true;
    if (improved) continue;
    for (const j of near) if (!members.includes(j) && better([...members, j])) improved = true;
    if (improved) continue;
    for (const i of members)
      for (const j of near) {
        if (members.includes(j)) continue;
        if (better([...members.filter((m) => m !== i), j])) {
          improved = true;
          break;
        }
      }
  }
  return best;
}
