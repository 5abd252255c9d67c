import { type Allocation, allocate } from './allocate.js';
import { type CoalitionModel, coversDemand } from './coalition-model.js';
import { effectiveOrder, effectiveUnitCost } from './effective-order.js';
import { greedySelection } from './greedy.js';
import { polish } from './local-search.js';
import { CoverBound } from './cover-bound.js';
import { solveRelaxation } from './relaxation.js';

export interface BranchAndBoundOptions {
  /** Clock reading (ms) after which the search stops with its best coalition and the bound reached. */
  deadline: number;
  now: () => number;
  /** Suppliers the search may use (alternatives forbid members of earlier proposals). */
  allowed?: (i: number) => boolean;
}

/** What a search ends with; `A` is the model's allocation (one period, or month by month). */
export interface BranchAndBoundResult<A = Allocation> {
  /** Undefined when no coalition meets the volume (every period's) and the requirements. */
  allocation?: A;
  /** A proven lower bound on the optimum. */
  lowerBound: number;
  provenOptimal: boolean;
  nodes: number;
}

// A decision, and whether its other branch is still to be searched.
const IN = 1;
const OUT = 2;
const IN_ONLY = 3;
const OUT_ONLY = 4;
const isIn = (d: number) => d === IN || d === IN_ONLY;
/** Dominance is looked for among this many preceding suppliers: enough for near-duplicates, bounded work. */
const DOMINANCE_WINDOW = 2048;
/**
 * Multipliers tried at a node besides its LP's: the parent's, and 0.2 % either side of it. Any λ ≥ 0
 * gives a valid bound; measured on the ANY3 bench family, this walk needs 2–10× fewer nodes than the
 * LP's λ alone, and wider or more steps gain little for their cost.
 */
const LAMBDA_STEPS = [1, 0.998, 1.002];
/** The clock is read once per this many nodes. */
const CLOCK_EVERY = 256;

/**
 * Exact depth-first branch-and-bound on the "use supplier i" decisions, suppliers taken in effective
 * unit cost order (see effectiveUnitCost).
 *
 * - Bound: at each node the larger of two. The LP relaxation with undecided minimum orders and the
 *   ANY_SUPPLIER requirements dropped: members supply at landed cost, undecided suppliers at
 *   effective cost fill the rest fractionally (prefix sums over the order: O(members · log n)). And
 *   a Lagrangian bound that prices the demand at that LP's marginal cost λ but keeps y binary and the
 *   requirements, covered at least cost by the holders still undecided (lagrangianBound); it charges
 *   what the LP misses when requirements are held by a few dear suppliers (decision 0019).
 * - Branching: "in" first for a supplier the Lagrangian solution takes, "out" first otherwise (unless
 *   it holds a missing requirement); reduced-cost fixing skips a branch whose bound, raised by the
 *   supplier's reduced cost, reaches the incumbent (firstBranch).
 * - Incumbent: the better of two starts — greedy, and what the root's Lagrangian bound takes — each
 *   polished by local search (drop, add, swap, merge holders) before the search begins.
 * - Reduced-cost fixing at the root: a supplier whose forced use lifts the LP bound above the
 *   incumbent is removed before the search.
 * - Dominance: if an earlier supplier is at least as cheap, as large, as flexible (minimum order),
 *   as compliant and as well scored, the later one is only used when the earlier one is: swapping
 *   them never costs more, so some optimum respects it.
 * - A node whose bound uses no undecided supplier is solved: its members are its best completion.
 *
 * On timeout the lower bound is the smallest bound among the nodes still open, and never below the
 * root's: provenOptimal is only claimed when the search is complete.
 */
export function branchAndBound(model: CoalitionModel, options: BranchAndBoundOptions): BranchAndBoundResult {
  const demand = model.demand;
  const F = model.fixedCost;
  const required = model.requiredMask;
  let nodes = 0;

  const rootOrder = effectiveOrder(model, options.allowed);
  const { bound: z, marginalCost: lambda, feasible } = solveRelaxation(model, rootOrder);
  if (!feasible) return { lowerBound: Infinity, provenOptimal: true, nodes };
  const greedy = greedySelection(model, options.allowed);
  let incumbent = greedy && polish(model, greedy, lambda, options.allowed);
  let incumbentSet: number[] | undefined = incumbent?.members;
  let incumbentCost = incumbent?.cost ?? Infinity;

  const tolerance = () => 1e-9 * Math.max(1, Math.abs(incumbentCost));
  // Lagrangian view of the LP (λ = marginal cost): forcing supplier j in raises the bound by `lift`; if that passes the
  // incumbent, no better coalition contains j.
  const order = rootOrder.filter((j) => {
    const u = model.unitCost[j]!;
    const forced = F + (u - lambda) * (u >= lambda ? model.minOrder[j]! : model.capacity[j]!);
    const relaxed = Math.min(0, (effectiveUnitCost(model, j) - lambda) * model.capacity[j]!);
    return z + (forced - relaxed) <= incumbentCost + tolerance();
  });

  const n = order.length;
  const U = Float64Array.from(order, (i) => model.unitCost[i]!);
  const C = Float64Array.from(order, (i) => model.capacity[i]!);
  const M = Float64Array.from(order, (i) => model.minOrder[i]!);
  const E = Float64Array.from(order, (i) => effectiveUnitCost(model, i));
  const MASK = Int32Array.from(order, (i) => model.anyMask[i]!);
  const S = Float64Array.from(order, (i) => model.score[i]!);
  const capBefore = new Float64Array(n + 1); // Σ C over positions < p
  const costBefore = new Float64Array(n + 1); // Σ E·C over positions < p
  for (let p = 0; p < n; p++) {
    capBefore[p + 1] = capBefore[p]! + C[p]!;
    costBefore[p + 1] = costBefore[p]! + E[p]! * C[p]!;
  }
  const maskFrom = new Int32Array(n + 1); // OR of masks over positions ≥ p
  for (let p = n - 1; p >= 0; p--) maskFrom[p] = maskFrom[p + 1]! | MASK[p]!;
  const cover = new CoverBound(MASK, required);
  const dominator = new Int32Array(n).fill(-1);
  for (let p = 0; p < n; p++) {
    for (let q = Math.max(0, p - DOMINANCE_WINDOW); q < p; q++) {
      if (
        U[q]! <= U[p]! &&
        C[q]! >= C[p]! &&
        M[q]! <= M[p]! &&
        (MASK[q]! & MASK[p]!) === MASK[p]! &&
        S[q]! >= S[p]!
      ) {
        dominator[p] = q;
        break;
      }
    }
  }

  // Search state: decisions by position, per-depth aggregates of the members, members sorted by U.
  const decision = new Int8Array(n);
  const pending = new Int8Array(n);
  const nodeBound = new Float64Array(n + 1);
  const lambdaAt = new Float64Array(n + 1); // the multiplier of each depth's Lagrangian bound
  const capAt = new Float64Array(n + 1);
  const minQtyAt = new Float64Array(n + 1);
  const baseCostAt = new Float64Array(n + 1); // F and minimum orders of members
  const maskAt = new Int32Array(n + 1);
  const members = new Int32Array(n);
  let memberCount = 0;
  let boundUsedUndecided = false;

  /** First position in [from, n) whose effective cost is ≥ cost (E ascends along the order). */
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
  /** Smallest s in (from, to] whose capacity from `from` reaches `need`. */
  const coveringEnd = (from: number, to: number, need: number): number => {
    let lo = from + 1;
    let hi = to;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (capBefore[mid]! - capBefore[from]! >= need) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  // Running state of the bound being computed; kept outside `evaluate` so no closure is made per node.
  let bound = 0;
  let rest = 0;
  let free = 0;
  /** Cost of the last unit the node's LP takes: its price of demand, the multiplier λ of the Lagrangian bound. */
  let marginal = 0;
  /** λ and the Lagrangian bound of the node last evaluated, for branching and reduced-cost fixing. */
  let nodeLambda = 0;
  let nodeLagrangian = 0;
  /** Fills the remaining demand from undecided positions [free, until) at their effective cost. */
  const takeUndecided = (until: number): void => {
    if (rest <= 0 || until <= free) return;
    const cap = capBefore[until]! - capBefore[free]!;
    boundUsedUndecided = true;
    if (cap < rest) {
      bound += costBefore[until]! - costBefore[free]!;
      rest -= cap;
      free = until;
      marginal = E[until - 1]!;
      return;
    }
    const end = coveringEnd(free, until, rest);
    marginal = E[end - 1]!;
    bound +=
      costBefore[end - 1]! -
      costBefore[free]! +
      E[end - 1]! * (rest - (capBefore[end - 1]! - capBefore[free]!));
    rest = 0;
  };

  /** LP bound of the node at depth k; records a better incumbent when its members already form a coalition. */
  const evaluate = (k: number): number => {
    const mask = maskAt[k]!;
    if (((mask | maskFrom[k]!) & required) !== required) return Infinity;
    const complete = (mask & required) === required;
    if (complete && coversDemand(capAt[k]!, demand)) {
      let cost = baseCostAt[k]!;
      let left = demand - minQtyAt[k]!;
      for (let a = 0; a < memberCount && left > 0; a++) {
        const p = members[a]!;
        const take = Math.min(left, C[p]! - M[p]!);
        cost += U[p]! * take;
        left -= take;
      }
      if (cost < incumbentCost - tolerance()) {
        incumbentCost = cost;
        incumbentSet = Array.from(members.subarray(0, memberCount), (p) => order[p]!);
      }
    }
    // Members supply at landed cost beyond their minimum orders; undecided suppliers cheaper than a
    // member's landed cost are used before it, in effective cost order.
    bound = baseCostAt[k]!;
    rest = demand - minQtyAt[k]!;
    free = k;
    marginal = 0;
    boundUsedUndecided = false;
    for (let a = 0; a < memberCount && rest > 0; a++) {
      const p = members[a]!;
      takeUndecided(firstAtLeast(free, U[p]!));
      if (rest <= 0) break;
      const take = Math.min(rest, C[p]! - M[p]!);
      bound += U[p]! * take;
      rest -= take;
      if (take > 0) marginal = U[p]!;
    }
    takeUndecided(n);
    if (!coversDemand(demand - rest, demand)) return Infinity;
    // λ from the LP without the requirements can be a poor multiplier once covering them is what
    // costs: the parent's best λ and a step either side are tried too, and the best kept, so the
    // multiplier walks towards the one that bounds this part of the tree best.
    nodeLambda = marginal;
    nodeLagrangian = lagrangianBound(k, marginal);
    if (k > 0) {
      for (const step of LAMBDA_STEPS) {
        const tried = lambdaAt[k - 1]! * step;
        if (tried === marginal) continue;
        const value = lagrangianBound(k, tried);
        if (value > nodeLagrangian) {
          nodeLambda = tried;
          nodeLagrangian = value;
        }
      }
    }
    lambdaAt[k] = nodeLambda;
    return Math.max(bound, nodeLagrangian);
  };

  /**
   * Lagrangian bound of the node: the demand constraint priced at λ, every y kept binary and the
   * ANY_SUPPLIER covering constraints kept. The problem then separates by supplier: using supplier i
   * is worth vᵢ = F + (Uᵢ − λ)·(Uᵢ < λ ? Cᵢ : Mᵢ) (all its capacity when cheaper than λ, its minimum
   * order otherwise). Members pay vᵢ, undecided suppliers with vᵢ < 0 (exactly those with Eᵢ < λ, a
   * prefix of the order: prefix sums) are taken, and the requirements none of them meets are covered
   * at least cost by undecided holders (CoverBound). With λ the LP's marginal cost it is never weaker
   * than the LP bound, and it also charges the minimum orders and the holders the LP leaves out.
   */
  const lagrangianBound = (k: number, lambda: number): number => {
    let value = lambda * demand;
    for (let a = 0; a < memberCount; a++) {
      const p = members[a]!;
      value += F + (U[p]! - lambda) * (U[p]! < lambda ? C[p]! : M[p]!);
    }
    const q = firstAtLeast(k, lambda);
    value += costBefore[q]! - costBefore[k]! - lambda * (capBefore[q]! - capBefore[k]!);
    const missing = required & ~maskAt[k]!;
    if (missing === 0) return value;
    return value + cover.cost(missing, k, q, (p) => F + (U[p]! - lambda) * (U[p]! < lambda ? C[p]! : M[p]!));
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
  const carry = (k: number) => {
    capAt[k + 1] = capAt[k]!;
    minQtyAt[k + 1] = minQtyAt[k]!;
    baseCostAt[k + 1] = baseCostAt[k]!;
    maskAt[k + 1] = maskAt[k]!;
  };

  const descend = (k: number) => {
    carry(k);
    if (!isIn(decision[k]!)) return;
    insertMember(k);
    capAt[k + 1]! += C[k]!;
    minQtyAt[k + 1]! += M[k]!;
    baseCostAt[k + 1]! += F + U[k]! * M[k]!;
    maskAt[k + 1]! |= MASK[k]!;
  };

  /**
   * Which branch of supplier k to search first, and whether the other can be skipped. The Lagrangian
   * bound of the node just evaluated prices supplier k at v (its value at the node's λ): a supplier
   * it takes (v < 0) is tried in first, one it leaves out (v ≥ 0) is tried out first unless it holds
   * a requirement still missing. Reduced-cost fixing: leaving out a taken supplier raises the bound
   * by at least −v, taking in a left-out one that holds nothing missing by at least v; a branch whose
   * raised bound reaches the incumbent cannot hold a cheaper coalition. A supplier whose dominator
   * is out stays out (see dominator).
   */
  const firstBranch = (k: number): number => {
    if (dominator[k]! >= 0 && !isIn(decision[dominator[k]!]!)) return OUT_ONLY;
    const v = F + (U[k]! - nodeLambda) * (U[k]! < nodeLambda ? C[k]! : M[k]!);
    const limit = incumbentCost - tolerance();
    if (v < 0) return nodeLagrangian - v >= limit ? IN_ONLY : IN;
    if (MASK[k]! & required & ~maskAt[k]!) return IN;
    return nodeLagrangian + v >= limit ? OUT_ONLY : OUT;
  };

  // A second start besides greedy: what the root's Lagrangian bound takes (every supplier cheaper than
  // λ and the least-cost cover of the requirements), made feasible and polished.
  evaluate(0);
  const lagrangianStart = Array.from(cover.lastCover(), (p) => order[p]!);
  for (let p = 0; p < n && (p < firstAtLeast(0, nodeLambda) || !allocate(model, lagrangianStart)); p++)
    if (!lagrangianStart.includes(order[p]!)) lagrangianStart.push(order[p]!);
  const started = allocate(model, lagrangianStart);
  const polished = started && polish(model, started, nodeLambda, options.allowed);
  if (polished && polished.cost < incumbentCost - tolerance()) {
    incumbent = polished;
    incumbentSet = polished.members;
    incumbentCost = polished.cost;
  }

  let k = 0;
  let timedOut = false;
  search: for (;;) {
    if (++nodes % CLOCK_EVERY === 0 && options.now() > options.deadline) {
      timedOut = true;
      break;
    }
    // A parent's bound holds for its children; the Lagrangian bound at another λ may fall below it.
    const nodeLowerBound = k > 0 ? Math.max(evaluate(k), nodeBound[k - 1]!) : evaluate(k);
    nodeBound[k] = nodeLowerBound;
    const solved = !boundUsedUndecided && (maskAt[k]! & required) === required;
    if (k < n && !solved && nodeLowerBound < incumbentCost - tolerance()) {
      const first = firstBranch(k);
      decision[k] = first;
      pending[k] = first === IN_ONLY || first === OUT_ONLY ? 0 : 1;
      descend(k);
      k++;
      continue;
    }
    // Backtrack to the deepest decision whose other branch is still to be tried and can still pay off.
    for (;;) {
      if (k === 0) break search;
      k--;
      if (isIn(decision[k]!)) removeMember(k);
      if (pending[k] && nodeBound[k]! < incumbentCost - tolerance()) {
        pending[k] = 0;
        decision[k] = isIn(decision[k]!) ? OUT_ONLY : IN_ONLY;
        descend(k);
        k++;
        continue search;
      }
      pending[k] = 0;
      decision[k] = 0;
    }
  }

  let lowerBound = z;
  if (timedOut) {
    // Open nodes: the unevaluated current one (bounded by its parent) and every other branch not yet taken.
    let open = k > 0 ? nodeBound[k - 1]! : z;
    for (let d = 0; d < k; d++) if (pending[d] && nodeBound[d]! < open) open = nodeBound[d]!;
    lowerBound = Math.max(z, nodeBound[0]!, Math.min(open, incumbentCost));
  } else {
    lowerBound = incumbentCost;
  }
  if (incumbentSet !== incumbent?.members) incumbent = allocate(model, incumbentSet!);
  return {
    allocation: incumbent,
    lowerBound: Math.min(lowerBound, incumbent?.cost ?? Infinity),
    provenOptimal: !timedOut,
    nodes,
  };
}
