import {
  type CatalogueOffer,
  type CataloguePrice,
  type Period,
  type Unit,
  cataloguePriceFor,
  hsChapter,
} from '@linkage/domain';
import { groupBy } from '../group-by.js';
import { type SqlRunner } from './candidate-source.js';

interface OfferRow {
  group_id: string;
  product_code: string;
  unit: Unit;
  period: Period;
  price_min: string | null;
  price_max: string | null;
  currency: string | null;
  minimum_order: string | null;
}

/**
 * What each supplier's published catalogue charges for the need's product (domain `cataloguePriceFor`),
 * for the suppliers that have such an offer. Only published items count: a draft price is not an offer.
 */
export async function loadCataloguePrices(
  db: SqlRunner,
  need: { productCode: string; unit: Unit; currency: string | null },
  supplierIds: readonly string[],
): Promise<Map<string, CataloguePrice>> {
  const prices = new Map<string, CataloguePrice>();
  if (supplierIds.length === 0 || need.currency === null) return prices;
  const rows = await db.query<OfferRow[]>(
    `SELECT group_id, product_code, unit, period, price_min, price_max, currency, minimum_order
       FROM catalogue_items
      WHERE published AND group_id = ANY($1::uuid[]) AND product_code LIKE $2
        AND (price_min IS NOT NULL OR price_max IS NOT NULL)`,
    [supplierIds, `${hsChapter(need.productCode)}%`],
  );
  for (const [groupId, offers] of groupBy(rows, (r) => r.group_id)) {
    const price = cataloguePriceFor(need, offers.map(toOffer));
    if (price) prices.set(groupId, price);
  }
  return prices;
}

function toOffer(r: OfferRow): CatalogueOffer {
  return {
    productCode: r.product_code,
    unit: r.unit,
    period: r.period,
    priceMin: r.price_min === null ? null : Number(r.price_min),
    priceMax: r.price_max === null ? null : Number(r.price_max),
    currency: r.currency,
    minimumOrder: r.minimum_order === null ? null : Number(r.minimum_order),
  };
}
