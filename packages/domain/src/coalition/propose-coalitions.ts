import { type SourcingNeedForMatching } from '../matching/types.js';
import { type DomainMessage, message } from '../messages/catalogue.js';
import { type Allocation, allocate } from './allocate.js';
import { branchAndBound } from './branch-and-bound.js';
import { type CoalitionModel, prepareCoalitionModel } from './coalition-model.js';
import { effectiveOrder } from './effective-order.js';
import { greedySelection } from './greedy.js';
import { shareAllocation } from './member-shares.js';
import { solveRelaxation } from './relaxation.js';
import {
  type CoalitionCandidate,
  type CoalitionOptions,
  type CoalitionProposal,
  type CoalitionResult,
} from './types.js';

const DEFAULT_TIME_BUDGET_MS = 800;
/** Share of the budget reserved for the best proposal; alternatives split what it leaves. */
const BEST_SHARE = 0.6;

/**
 * Coalition proposals for a need (DESIGN §2 "CoalitionProposal"): the cheapest set of suppliers, and
 * a quantity for each, that covers the volume within committed capacities and minimum orders and
 * meets the requirements — minimising landed cost plus coordination — solved exactly by
 * branch-and-bound within the time budget. The worker always calls it: a one-supplier answer is
 * reported when it is the cheapest, and when a coalition is cheaper than every supplier that could
 * serve alone, `bestSingle` is that supplier, so the saving can be shown.
 *
 * Among coalitions of equal cost the search meets higher-scored suppliers first and keeps the first
 * found, so the matching score breaks ties.
 *
 * Alternatives answer the buyer's concentration question "and without that supplier?": each one is
 * the best coalition without the largest contributor of the proposal before it, so memberships differ.
 */
export function proposeCoalitions(
  need: SourcingNeedForMatching,
  candidates: readonly CoalitionCandidate[],
  options: CoalitionOptions,
): CoalitionResult {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const model = prepareCoalitionModel(need, candidates, options);
  const wanted = Math.max(0, Math.min(2, Math.floor(options.alternatives ?? 2)));

  const forbidden = new Set<number>();
  const proposals: CoalitionProposal[] = [];
  for (let round = 0; round <= wanted; round++) {
    const remaining = budget - (now() - started);
    const share = round === 0 ? budget * BEST_SHARE : remaining / (wanted - round + 1);
    const result = branchAndBound(model, {
      deadline: now() + Math.max(0, share),
      now,
      allowed: (i) => !forbidden.has(i),
    });
    if (!result.allocation) break;
    const gap = result.provenOptimal ? 0 : relativeGap(result.allocation.cost, result.lowerBound);
    proposals.push(
      toProposal(
        need,
        model,
        result.allocation,
        result.provenOptimal,
        gap,
        round === 0 ? undefined : forbidden,
      ),
    );
    forbidden.add(largestContributor(result.allocation));
  }
  const [best, ...alternatives] = proposals;
  const single = best && best.allocations.length > 1 ? cheapestSingle(model) : undefined;
  return {
    best,
    alternatives,
    ...(single ? { bestSingle: toProposal(need, model, single, true, 0, undefined) } : {}),
    excluded: model.excluded,
  };
}

/**
 * The cheapest supplier that meets the whole need alone (volume, minimum order, every ANY_SUPPLIER
 * standard), costed exactly as coalitions are: checking each candidate alone is exact.
 */
function cheapestSingle(model: CoalitionModel): Allocation | undefined {
  let best: Allocation | undefined;
  for (let i = 0; i < model.supplierIds.length; i++) {
    const alone = allocate(model, [i]);
    if (alone && (!best || alone.cost < best.cost)) best = alone;
  }
  return best;
}

/** The greedy baseline as a proposal; its gap is measured against the LP relaxation bound. */
export function greedyCoalition(
  need: SourcingNeedForMatching,
  candidates: readonly CoalitionCandidate[],
  options: CoalitionOptions,
): CoalitionProposal | undefined {
  const model = prepareCoalitionModel(need, candidates, options);
  const allocation = greedySelection(model);
  if (!allocation) return undefined;
  const { bound } = solveRelaxation(model, effectiveOrder(model));
  const gap = relativeGap(allocation.cost, bound);
  return toProposal(need, model, allocation, gap <= 1e-9, gap, undefined);
}

function relativeGap(objective: number, lowerBound: number): number {
  return objective > 0 ? Math.max(0, (objective - lowerBound) / objective) : 0;
}

function largestContributor(allocation: Allocation): number {
  let best = 0;
  for (let k = 1; k < allocation.members.length; k++)
    if (allocation.quantities[k]! > allocation.quantities[best]!) best = k;
  return allocation.members[best]!;
}

function toProposal(
  need: SourcingNeedForMatching,
  model: CoalitionModel,
  allocation: Allocation,
  provenOptimal: boolean,
  gap: number,
  without: ReadonlySet<number> | undefined,
): CoalitionProposal {
  const allocations = allocation.members
    .map((i, k) => ({
      supplierId: model.supplierIds[i]!,
      quantity: allocation.quantities[k]!,
      landedUnitCost: model.unitCost[i]!,
      members: shareAllocation(allocation.quantities[k]!, model.backing[i]!),
    }))
    .sort((a, b) => b.quantity - a.quantity || (a.supplierId < b.supplierId ? -1 : 1));
  const totalQuantity = allocations.reduce((s, a) => s + a.quantity, 0);
  const nameOf = new Map(model.supplierIds.map((id, i) => [id, model.supplierNames[i]!]));
  const explanation: DomainMessage[] = [
    message('coalition.covers', {
      suppliers: allocations.length,
      total: round2(totalQuantity),
      quantity: round2(need.quantity),
      unit: need.unit,
      period: need.period,
      shares: allocations.map((a) => ({ name: nameOf.get(a.supplierId)!, quantity: round2(a.quantity) })),
      cost: { amount: allocation.cost, currency: need.currency ?? null },
    }),
    message(model.quantityDomain === 'INTEGER' ? 'coalition.wholeQuantities' : 'coalition.anyQuantities', {
      unit: need.unit,
    }),
    provenOptimal ? message('coalition.provenCheapest', {}) : message('coalition.withinGap', { gap }),
  ];
  if (without)
    explanation.push(
      message('coalition.alternativeWithout', {
        suppliers: [...without].map((i) => model.supplierNames[i]!),
      }),
    );
  return {
    needId: need.id,
    allocations,
    totalQuantity,
    unit: need.unit,
    period: need.period,
    quantityDomain: model.quantityDomain,
    objective: allocation.cost,
    provenOptimal,
    relativeGap: gap,
    explanation,
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;
