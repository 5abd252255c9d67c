import { type SourcingNeedForMatching } from '../../matching/types.js';
import { convertPeriod } from '../../units/periods.js';
import { type MemberShare, shareAllocation } from '../member-shares.js';
import {
  type CoalitionAllocation,
  type CoalitionCandidate,
  type CoalitionOptions,
  type CoalitionProposal,
  type CoalitionResult,
  type ProposalSchedule,
} from '../types.js';
import { type SeasonalAllocation, allocateSeasonal } from './seasonal-allocation.js';
import { explainSeasonalProposal } from './seasonal-explanation.js';
import { type SeasonalModel, prepareSeasonalModel } from './seasonal-model.js';
import { seasonalBranchAndBound } from './seasonal-search.js';

const DEFAULT_TIME_BUDGET_MS = 1500;
/** Share of the budget reserved for the best proposal; alternatives split what it leaves. */
const BEST_SHARE = 0.6;

/**
 * Coalition proposals for a need that delivers in several months (decision 0020): one membership for
 * the whole schedule, each member's quantity month by month within what it has available then (months
 * of availability, reservations, certificates valid through the month's deliveries), its minimum order
 * and the need's minimum lot. When no coalition covers every month, the best proposal covers the most
 * volume, then costs the least, and is labelled partial with the shortfall per month.
 *
 * Same shape as `proposeCoalitions` (best, up to two alternatives without the previous proposal's
 * largest contributor, the cheapest single supplier); quantities and cost per need period are
 * averages over the schedule, and `schedule` holds the months.
 */
export function proposeSeasonalCoalitions(
  need: SourcingNeedForMatching,
  candidates: readonly CoalitionCandidate[],
  options: CoalitionOptions,
): CoalitionResult {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const budget = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  const model = prepareSeasonalModel(need, candidates, options);
  const wanted = Math.max(0, Math.min(2, Math.floor(options.alternatives ?? 2)));
  const empty: CoalitionResult = { alternatives: [], excluded: model.excluded };
  if (model.target.every((q) => q <= 0)) return empty;

  const forbidden = new Set<number>();
  const proposals: CoalitionProposal[] = [];
  for (let round = 0; round <= wanted; round++) {
    const remaining = budget - (now() - started);
    // Preparing the model counts against the budget; without alternatives the best proposal has all of it.
    const share =
      round === 0 ? remaining * (wanted === 0 ? 1 : BEST_SHARE) : remaining / (wanted - round + 1);
    const result = seasonalBranchAndBound(model, {
      deadline: now() + Math.max(0, share),
      now,
      allowed: (i) => !forbidden.has(i),
    });
    if (!result.allocation) break;
    const cost = result.allocation.cost;
    const gap = result.provenOptimal || cost <= 0 ? 0 : Math.max(0, (cost - result.lowerBound) / cost);
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
    forbidden.add(largestContributor(model, result.allocation));
  }
  const [best, ...alternatives] = proposals;
  let single: SeasonalAllocation | undefined;
  if (best && best.allocations.length > 1)
    for (let i = 0; i < model.supplierIds.length; i++) {
      const alone = allocateSeasonal(model, [i]);
      if (alone && (!single || alone.cost < single.cost)) single = alone;
    }
  return {
    best,
    alternatives,
    ...(single ? { bestSingle: toProposal(need, model, single, true, 0, undefined) } : {}),
    excluded: model.excluded,
  };
}

function memberTotal(model: SeasonalModel, allocation: SeasonalAllocation, k: number): number {
  const P = model.periods.length;
  let sum = 0;
  for (let t = 0; t < P; t++) sum += allocation.quantities[k * P + t]!;
  return sum;
}

function largestContributor(model: SeasonalModel, allocation: SeasonalAllocation): number {
  let best = 0;
  for (let k = 1; k < allocation.members.length; k++)
    if (memberTotal(model, allocation, k) > memberTotal(model, allocation, best)) best = k;
  return allocation.members[best]!;
}

function toProposal(
  need: SourcingNeedForMatching,
  model: SeasonalModel,
  allocation: SeasonalAllocation,
  provenOptimal: boolean,
  gap: number,
  without: ReadonlySet<number> | undefined,
): CoalitionProposal {
  const P = model.periods.length;
  // Averages over the schedule, per need period, so they read like a single-period proposal's.
  const perNeedPeriod = (monthlyTotal: number) => convertPeriod(monthlyTotal / P, 'MONTH', need.period);
  const allocations: (CoalitionAllocation & { total: number; name: string })[] = allocation.members.map(
    (i, k) => {
      const perPeriod = Array.from({ length: P }, (_, t) => allocation.quantities[k * P + t]!);
      const total = perPeriod.reduce((s, q) => s + q, 0);
      const split = new Map<string | null, number>();
      perPeriod.forEach((q, t) => {
        for (const share of shareAllocation(q, model.backing[i]![t]!))
          split.set(share.memberId, (split.get(share.memberId) ?? 0) + share.quantity);
      });
      const members: MemberShare[] = [...split].map(([memberId, q]) => ({
        memberId,
        quantity: perNeedPeriod(q),
      }));
      return {
        supplierId: model.supplierIds[i]!,
        name: model.supplierNames[i]!,
        quantity: perNeedPeriod(total),
        landedUnitCost: model.unitCost[i]!,
        members,
        perPeriod,
        total,
      };
    },
  );
  allocations.sort((a, b) => b.total - a.total || (a.supplierId < b.supplierId ? -1 : 1));
  const schedule: ProposalSchedule = {
    per: 'MONTH',
    periods: model.periods.map((period, t) => ({
      month: period.month,
      demand: model.quantityDomain === 'INTEGER' ? Math.ceil(period.demand - 1e-9) : period.demand,
      available: model.target[t]!,
      supplied: allocations.reduce((s, a) => s + a.perPeriod![t]!, 0),
    })),
    partial: false,
  };
  schedule.partial = schedule.periods.some((p) => p.available < p.demand - 1e-9 * Math.max(1, p.demand));
  const explanation = explainSeasonalProposal({
    schedule,
    unit: need.unit,
    currency: need.currency,
    shares: allocations.map((a) => ({ name: a.name, total: a.total })),
    cost: allocation.cost,
    provenOptimal,
    relativeGap: gap,
    without: without ? [...without].map((i) => model.supplierNames[i]!) : undefined,
  });
  return {
    needId: need.id,
    allocations: allocations.map(({ total: _total, name: _name, ...a }) => a),
    totalQuantity: allocations.reduce((s, a) => s + a.quantity, 0),
    unit: need.unit,
    period: need.period,
    quantityDomain: model.quantityDomain,
    objective: perNeedPeriod(allocation.cost),
    provenOptimal,
    relativeGap: gap,
    explanation,
    schedule,
  };
}
