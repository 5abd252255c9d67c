import { dayNumber } from '../../dates/calendar-date.js';
import { STANDARDS_REGISTRY } from '../../compliance/standards-registry.js';
import { MATCHING_CONFIG } from '../../matching/matching-config.js';
import { isUnitLevel, offerableCapacity } from '../../matching/offerable-capacity.js';
import { prepareRequirements } from '../../matching/requirement-check.js';
import { type SourcingNeedForMatching, type SupplyingUnit } from '../../matching/types.js';
import { convertPeriod } from '../../units/periods.js';
import { convertRate } from '../../units/rate.js';
import { convertQuantity } from '../../units/units.js';
import { MIN_MEMBER_SHARE, screenCandidate } from '../coalition-model.js';
import { type DomainMessage, message } from '../../messages/catalogue.js';
import { type MemberShare } from '../member-shares.js';
import {
  type CoalitionCandidate,
  type CoalitionOptions,
  type ExcludedCandidate,
  type QuantityDomain,
} from '../types.js';
import { type DeliveryPeriod, deliveryPeriods } from './delivery-periods.js';

/**
 * The seasonal coalition problem as numbers (decision 0020). Periods t are the need's delivery
 * months; one membership y[i] serves the whole schedule:
 *
 *   minimise   Σ_i fixedCost·y[i] + Σ_i Σ_t unitCost[i]·x[i,t]
 *   subject to Σ_i x[i,t] ≥ target[t]                                for every period t
 *              x[i,t] = 0  or  low[i,t] ≤ x[i,t] ≤ cap[i,t]            (and x[i,t] ≤ cap[i,t]·y[i])
 *              in every period with a target, for every ANY_SUPPLIER requirement r, some i holding r
 *              through the period ships in it (x[i,t] > 0)
 *
 * `cap[i,t]` is what the supplier's units compliant through the period's last delivery day have in
 * that month (months of availability, less reservations); `low[i,t]` its minimum order, the need's
 * minimum lot and the 1 % floor of the single-period model. `target[t]` is the month's demand, or,
 * when the candidates together cannot deliver it, the most they can: the proposal then covers the
 * most volume and is labelled partial. Arrays are period-major: index t·n + i.
 */
export interface SeasonalModel {
  supplierIds: string[];
  supplierNames: string[];
  periods: DeliveryPeriod[];
  /** Per period: the demand to cover (the month's demand, or less when the candidates cannot). */
  target: Float64Array;
  unitCost: Float64Array;
  score: Float64Array;
  cap: Float64Array;
  low: Float64Array;
  /** Bit r set when the supplier holds the r-th ANY_SUPPLIER requirement through the period. */
  anyMask: Int32Array;
  requiredMask: number;
  /** Per supplier, per period: the units whose capacity backs it then (for the member split). */
  backing: MemberShare[][][];
  /** Coordination per member for the whole schedule. */
  fixedCost: number;
  quantityDomain: QuantityDomain;
  excluded: ExcludedCandidate[];
}

/**
 * Builds the seasonal model. The coordination cost, given per supplier per need period as in the
 * single-period model, is charged once per member for the schedule at its value over the schedule's
 * length (decision 0020): a need delivering all year with all-year suppliers ranks coalitions exactly
 * as the single-period model does.
 */
export function prepareSeasonalModel(
  need: SourcingNeedForMatching,
  candidates: readonly CoalitionCandidate[],
  options: CoalitionOptions,
): SeasonalModel {
  const registry = options.registry ?? STANDARDS_REGISTRY;
  const domain = options.quantityDomain ?? 'CONTINUOUS';
  const whole = domain === 'INTEGER';
  const prepared = prepareRequirements(need.requirements, registry);
  const anyCount = prepared.filter((p) => !isUnitLevel(p)).length;
  if (anyCount > 30) throw new RangeError('A need may have at most 30 ANY_SUPPLIER requirements');
  dayNumber(options.today);
  const periods = deliveryPeriods(need);
  const P = periods.length;
  const credit = MATCHING_CONFIG.verificationCredit;
  const allowed = need.allowedCountries ? new Set(need.allowedCountries) : undefined;
  const lot = need.minimumLot ?? 0;

  const kept: {
    c: CoalitionCandidate;
    unitCost: number;
    cap: number[];
    low: number[];
    mask: number[];
    backing: MemberShare[][];
  }[] = [];
  const excluded: ExcludedCandidate[] = [];
  for (const c of candidates) {
    const exclude = (reason: DomainMessage) => excluded.push({ supplierId: c.supplierId, reason });
    const screen = screenCandidate(need, c, allowed);
    if ('excluded' in screen) {
      exclude(screen.excluded);
      continue;
    }
    const { distanceKm } = screen;
    const recorded = convertRate(c.capacity, need.unit, need.period);
    const units: readonly SupplyingUnit[] = c.units ?? [
      { memberId: null, quantity: recorded, certifications: [] },
    ];
    const ownMinimum = c.minimumOrder ? convertRate(c.minimumOrder, need.unit, 'MONTH') : 0;
    const cap: number[] = [];
    const low: number[] = [];
    const mask: number[] = [];
    const backing: MemberShare[][] = [];
    for (const period of periods) {
      // The units as they stand in this month; compliance is judged through its last delivery day.
      const inMonth = units.map((u) => ({
        ...u,
        quantity: u.byMonth ? (u.byMonth.get(period.month) ?? 0) : u.quantity,
      }));
      const offer = offerableCapacity(
        { ...c, units: inMonth },
        recorded,
        prepared,
        options.today,
        period.lastDay,
        credit,
      );
      const monthly = convertPeriod(offer.throughLastDelivery, need.period, 'MONTH');
      let upper = whole ? Math.floor(monthly + 1e-9) : monthly;
      const floor = Math.max(ownMinimum, lot, Math.min(upper, MIN_MEMBER_SHARE * period.demand));
      const lower = whole ? Math.ceil(floor - 1e-9) : floor;
      // Shipping more than the month's demand only pays when the minimum forces it.
      upper = Math.min(upper, Math.max(lower, period.demand));
      const ships = upper > 0 && lower <= upper;
      cap.push(ships ? upper : 0);
      low.push(ships ? lower : 0);
      let bits = 0;
      let bit = 0;
      prepared.forEach((p, r) => {
        if (isUnitLevel(p)) return;
        if (offer.anyHeldThrough[r] !== undefined) bits |= 1 << bit;
        bit++;
      });
      mask.push(ships ? bits : 0);
      backing.push(
        offer.backing.map((b) => ({
          memberId: b.memberId,
          quantity: convertPeriod(b.quantity, need.period, 'MONTH'),
        })),
      );
    }
    if (cap.every((q) => q === 0)) {
      const compliantAnyMonth = units.some((u) => u.quantity > 0);
      exclude(
        compliantAnyMonth
          ? lot > 0 && ownMinimum <= lot
            ? message('coalition.excluded.belowLot', { lot, unit: need.unit })
            : message('coalition.excluded.noMonthAboveMinimum', {})
          : message('coalition.excluded.noCapacity', {}),
      );
      continue;
    }
    const price = c.unitPrice.amount * convertQuantity(1, need.unit, c.unitPrice.per);
    kept.push({ c, unitCost: price + options.transportCostPerUnitKm * distanceKm, cap, low, mask, backing });
  }

  const n = kept.length;
  const requiredMask = anyCount === 0 ? 0 : (1 << anyCount) - 1;
  const cap = new Float64Array(n * P);
  const low = new Float64Array(n * P);
  const anyMask = new Int32Array(n * P);
  kept.forEach((k, i) => {
    for (let t = 0; t < P; t++) {
      cap[t * n + i] = k.cap[t]!;
      low[t * n + i] = k.low[t]!;
      anyMask[t * n + i] = k.mask[t]!;
    }
  });
  const target = Float64Array.from(periods, (period, t) => {
    const demand = whole ? Math.ceil(period.demand - 1e-9) : period.demand;
    let held = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      total += cap[t * n + i]!;
      held |= anyMask[t * n + i]!;
    }
    // A month in which no holder of a required standard can ship cannot be served at all.
    return (held & requiredMask) === requiredMask ? Math.min(demand, total) : 0;
  });
  const perMonth = convertPeriod(options.coordinationCostPerSupplier, need.period, 'MONTH');
  return {
    supplierIds: kept.map((k) => k.c.supplierId),
    supplierNames: kept.map((k) => k.c.name ?? k.c.supplierId),
    periods,
    target,
    unitCost: Float64Array.from(kept, (k) => k.unitCost),
    score: Float64Array.from(kept, (k) => k.c.score ?? 0),
    cap,
    low,
    anyMask,
    requiredMask,
    backing: kept.map((k) => k.backing),
    fixedCost: perMonth * P,
    quantityDomain: domain,
    excluded,
  };
}
