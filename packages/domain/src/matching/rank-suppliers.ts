import { type Period } from '../units/periods.js';
import { convertRate } from '../units/rate.js';
import { type Unit, areCompatible } from '../units/units.js';
import { sharedHsLevel } from '../products/hs-code.js';

/** What a need asks for, reduced to what matching reads. */
export interface NeedForMatching {
  productCode: string;
  quantity: number;
  unit: Unit;
  period: Period;
  deliveryCountry: string;
}

/** One line of what a supplier can deliver: a product and its capacity per period. */
export interface SupplyLine {
  supplierId: string;
  supplierName: string;
  productCode: string;
  productLabel: string;
  quantity: number;
  unit: Unit;
  period: Period;
  country: string;
}

export interface MatchComponents {
  product: number;
  capacity: number;
  location: number;
}

export interface RankedMatch {
  supplierId: string;
  score: number;
  components: MatchComponents;
  reason: string;
}

/** Component weights; they sum to 1 so the total stays in [0,1]. */
export const MATCH_WEIGHTS: Readonly<MatchComponents> = { product: 0.5, capacity: 0.35, location: 0.15 };

/** Product fit by the HS level two codes share: same subheading, same heading, same chapter. */
const PRODUCT_FIT_BY_LEVEL = { 6: 1, 4: 0.6, 2: 0.3, 0: 0 } as const;

const round = (x: number) => Math.round(x * 1000) / 1000;

/** A supplier's total capacity for one product code, in the need's unit and period. */
interface ProductSupply {
  supplierId: string;
  productCode: string;
  productLabel: string;
  country: string;
  capacity: number;
}

/**
 * Sums each supplier's lines per product code (a group records one line per member) in the need's
 * unit and period; lines outside the need's HS chapter or in incomparable units are left out.
 */
function productSupplies(need: NeedForMatching, lines: readonly SupplyLine[]): ProductSupply[] {
  const byKey = new Map<string, ProductSupply>();
  for (const line of lines) {
    if (sharedHsLevel(need.productCode, line.productCode) === 0 || !areCompatible(need.unit, line.unit)) continue;
    const key = `${line.supplierId}|${line.productCode}`;
    const supply = byKey.get(key) ?? { ...line, capacity: 0 };
    supply.capacity += convertRate(line, need.unit, need.period);
    byKey.set(key, supply);
  }
  return [...byKey.values()];
}

function scoreSupply(need: NeedForMatching, supply: ProductSupply): RankedMatch {
  const level = sharedHsLevel(need.productCode, supply.productCode);
  const product = PRODUCT_FIT_BY_LEVEL[level];
  const coverage = supply.capacity / need.quantity;
  const capacity = Math.min(1, coverage);
  const location = supply.country === need.deliveryCountry ? 1 : 0;
  const score = round(
    product * MATCH_WEIGHTS.product + capacity * MATCH_WEIGHTS.capacity + location * MATCH_WEIGHTS.location,
  );
  const fit = level === 6 ? 'same product' : level === 4 ? 'same HS heading' : 'same HS chapter';
  const covers =
    coverage >= 1 ? 'covers the full volume' : `covers ${Math.round(coverage * 100)}% of the volume`;
  const where = location ? 'in the delivery country' : `based in ${supply.country}`;
  return {
    supplierId: supply.supplierId,
    score,
    components: { product, capacity: round(capacity), location },
    reason: `${supply.productLabel} (${supply.productCode}): ${fit}, ${covers}, ${where}`,
  };
}

/**
 * Ranks suppliers for a need: each supplier is scored by its best product (its lines for one product
 * code summed); suppliers with no product in the need's HS chapter, or whose units cannot be
 * compared, are left out. Ties are broken by supplier id so the same inputs always give the same order.
 */
export function rankSuppliers(need: NeedForMatching, lines: readonly SupplyLine[]): RankedMatch[] {
  const best = new Map<string, RankedMatch>();
  for (const supply of productSupplies(need, lines)) {
    const match = scoreSupply(need, supply);
    const current = best.get(match.supplierId);
    if (!current || match.score > current.score) best.set(match.supplierId, match);
  }
  return [...best.values()].sort(
    (a, b) => b.score - a.score || (a.supplierId < b.supplierId ? -1 : a.supplierId > b.supplierId ? 1 : 0),
  );
}
