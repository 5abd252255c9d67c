import { dayNumber } from '../dates/calendar-date.js';
import { STANDARDS_REGISTRY } from '../compliance/standards-registry.js';
import { greatCircleKm } from '../geo/distance.js';
import { MATCHING_CONFIG } from '../matching/matching-config.js';
import { isUnitLevel, offerableCapacity } from '../matching/offerable-capacity.js';
import { prepareRequirements } from '../matching/requirement-check.js';
import { type SourcingNeedForMatching } from '../matching/types.js';
import { type MemberShare } from './member-shares.js';
import { convertRate } from '../units/rate.js';
import { areCompatible, convertQuantity } from '../units/units.js';
import { type DomainMessage, message } from '../messages/catalogue.js';
import {
  type CoalitionCandidate,
  type CoalitionOptions,
  type ExcludedCandidate,
  type QuantityDomain,
} from './types.js';

/**
 * The coalition problem as numbers (a fixed-charge covering problem):
 *
 *   minimise   Σ unitCost[i]·x[i] + fixedCost·y[i]
 *   subject to Σ x[i] ≥ demand
 *              minOrder[i]·y[i] ≤ x[i] ≤ capacity[i]·y[i],   y[i] ∈ {0,1}
 *              (minOrder ≥ min(capacity, MIN_MEMBER_SHARE · demand): every member supplies something)
 *              Σ_{i holds r} y[i] ≥ 1 for every ANY_SUPPLIER requirement r
 *
 * EACH_SUPPLIER (and GROUP_COVERS) requirements are met unit by unit: a candidate's capacity is that
 * of its units compliant through the last delivery (`offerableCapacity`), and one with none is left out.
 * Exported so benchmarks can hand exactly this model to another solver.
 */
export interface CoalitionModel {
  supplierIds: string[];
  /** Parallel to supplierIds: how explanations name each supplier. */
  supplierNames: string[];
  /** Landed cost per unit of the need: price plus transport to the delivery place. */
  unitCost: Float64Array;
  capacity: Float64Array;
  minOrder: Float64Array;
  /** Bit r set when the supplier meets the r-th ANY_SUPPLIER requirement. */
  anyMask: Int32Array;
  /** All ANY_SUPPLIER bits: a coalition's OR of masks must equal it. */
  requiredMask: number;
  /** Tie-break score (higher is better). */
  score: Float64Array;
  /** Per supplier, the units whose capacity backs it (compliant through the last delivery). */
  backing: MemberShare[][];
  demand: number;
  fixedCost: number;
  quantityDomain: QuantityDomain;
  excluded: ExcludedCandidate[];
}

/**
 * Every member supplies at least this share of the volume, or all its capacity if that is less (and
 * always its own minimum order). Without a floor the cheapest way to meet an ANY_SUPPLIER requirement
 * would be a certified member shipping almost nothing; capping the floor at capacity keeps small
 * producers in: they simply supply everything they committed.
 */
export const MIN_MEMBER_SHARE = 0.01;

/**
 * Whether a capacity covers the demand, allowing for rounding in sums of converted quantities
 * (282.99999999999994 t covers 283 t): without it the same coalition could be feasible in one
 * summation order and infeasible in another.
 */
export function coversDemand(capacity: number, demand: number): boolean {
  return capacity >= demand - 1e-9 * Math.max(1, demand);
}

/** More ANY_SUPPLIER requirements than bits in a 32-bit mask is far beyond any real sourcing need. */
const MAX_ANY_REQUIREMENTS = 30;

export function prepareCoalitionModel(
  need: SourcingNeedForMatching,
  candidates: readonly CoalitionCandidate[],
  options: CoalitionOptions,
): CoalitionModel {
  const registry = options.registry ?? STANDARDS_REGISTRY;
  const domain = options.quantityDomain ?? 'CONTINUOUS';
  const prepared = prepareRequirements(need.requirements, registry);
  const anyRequirements = prepared.filter((p) => !isUnitLevel(p));
  if (anyRequirements.length > MAX_ANY_REQUIREMENTS) {
    throw new RangeError(`A need may have at most ${MAX_ANY_REQUIREMENTS} ANY_SUPPLIER requirements`);
  }
  dayNumber(options.today); // rejects a malformed date before it silently breaks string comparisons
  const lastDelivery = need.endDate ?? need.startDate;
  const credit = MATCHING_CONFIG.verificationCredit;
  const allowed = need.allowedCountries ? new Set(need.allowedCountries) : undefined;

  const kept: {
    c: CoalitionCandidate;
    unitCost: number;
    capacity: number;
    minOrder: number;
    mask: number;
    backing: MemberShare[];
  }[] = [];
  const excluded: ExcludedCandidate[] = [];
  for (const c of candidates) {
    const exclude = (reason: DomainMessage) => excluded.push({ supplierId: c.supplierId, reason });
    if (allowed && !allowed.has(c.country)) {
      exclude(message('coalition.excluded.country', { country: c.country }));
      continue;
    }
    const distanceKm = greatCircleKm(need.deliveryPlace, c.location);
    if (need.maxDistanceKm !== undefined && distanceKm > need.maxDistanceKm) {
      exclude(
        message('coalition.excluded.distance', { km: Math.round(distanceKm), limit: need.maxDistanceKm }),
      );
      continue;
    }
    const incompatible = [c.capacity.unit, c.unitPrice.per, c.minimumOrder?.unit].find(
      (u) => u !== undefined && !areCompatible(u, need.unit),
    );
    if (incompatible) {
      exclude(message('coalition.excluded.unit', { unit: incompatible, needUnit: need.unit }));
      continue;
    }
    // A member must hold each unit-level standard on every delivery day: only the capacity of units
    // valid from today through the last delivery counts (DESIGN §2 "Offerable capacity").
    const offer = offerableCapacity(
      c,
      convertRate(c.capacity, need.unit, need.period),
      prepared,
      options.today,
      lastDelivery,
      credit,
    );
    if (offer.throughLastDelivery <= 0 && offer.recorded > 0) {
      const missing =
        offer.standings.find((st) => st !== undefined && !(st.best && st.best.validUntil >= lastDelivery)) ??
        offer.standings.find((st) => st !== undefined);
      exclude(message('coalition.excluded.standardLapses', { standard: missing?.standardCode ?? '' }));
      continue;
    }
    // Whole quantities round inwards (the epsilon absorbs conversion noise such as 2999.9999999 kg).
    const whole = domain === 'INTEGER';
    const capacity = whole ? Math.floor(offer.throughLastDelivery + 1e-9) : offer.throughLastDelivery;
    const ownMinimum = c.minimumOrder ? convertRate(c.minimumOrder, need.unit, need.period) : 0;
    const floor = Math.max(ownMinimum, Math.min(capacity, MIN_MEMBER_SHARE * need.quantity));
    const minOrder = whole ? Math.ceil(floor - 1e-9) : floor;
    if (capacity <= 0 || minOrder > capacity) {
      exclude(
        message(capacity <= 0 ? 'coalition.excluded.noCapacity' : 'coalition.excluded.minimumOrder', {}),
      );
      continue;
    }
    const price = c.unitPrice.amount * convertQuantity(1, need.unit, c.unitPrice.per);
    let mask = 0;
    let bit = 0;
    prepared.forEach((p, r) => {
      if (isUnitLevel(p)) return;
      if (offer.anyHeldThrough[r] !== undefined) mask |= 1 << bit;
      bit++;
    });
    kept.push({
      c,
      unitCost: price + options.transportCostPerUnitKm * distanceKm,
      capacity,
      minOrder,
      mask,
      backing: offer.backing,
    });
  }

  return {
    supplierIds: kept.map((k) => k.c.supplierId),
    supplierNames: kept.map((k) => k.c.name ?? k.c.supplierId),
    unitCost: Float64Array.from(kept, (k) => k.unitCost),
    capacity: Float64Array.from(kept, (k) => k.capacity),
    minOrder: Float64Array.from(kept, (k) => k.minOrder),
    anyMask: Int32Array.from(kept, (k) => k.mask),
    requiredMask: anyRequirements.length === 0 ? 0 : (1 << anyRequirements.length) - 1,
    score: Float64Array.from(kept, (k) => k.c.score ?? 0),
    backing: kept.map((k) => k.backing),
    demand: domain === 'INTEGER' ? Math.ceil(need.quantity - 1e-9) : need.quantity,
    fixedCost: options.coordinationCostPerSupplier,
    quantityDomain: domain,
    excluded,
  };
}
