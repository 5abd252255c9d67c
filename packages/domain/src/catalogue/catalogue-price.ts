import { normaliseHsCode } from '../products/hs-code.js';
import { type Period } from '../units/periods.js';
import { type Rate } from '../units/rate.js';
import { type Unit, areCompatible, singularUnit } from '../units/units.js';

/** A published catalogue item, as far as pricing a supplier for a need goes. */
export interface CatalogueOffer {
  productCode: string;
  unit: Unit;
  period: Period;
  priceMin: number | null;
  priceMax: number | null;
  /** ISO 4217. */
  currency: string | null;
  /** In the item's unit; taken as the least the group takes on per the item's period. */
  minimumOrder: number | null;
}

/** What a group's catalogue says it charges for a need's product. */
export interface CataloguePrice {
  /** The midpoint of the published range (or its one end), in the need's currency per `per`. */
  unitPrice: { amount: number; per: Unit };
  minimumOrder?: Rate;
  /** The catalogue item the price comes from. */
  productCode: string;
}

/**
 * Prices a supplier from its published catalogue: the item closest to the need's product (same HS
 * subheading before same heading before same chapter; the item must lie within the need's code or
 * contain it), in the need's currency and a unit that converts. Prices in another currency are left
 * out rather than converted at a rate the platform would have to guess. Ties go to the lower price,
 * then the product code, so the result does not depend on row order.
 */
export function cataloguePriceFor(
  need: { productCode: string; unit: Unit; currency: string | null },
  offers: readonly CatalogueOffer[],
): CataloguePrice | undefined {
  const needCode = normaliseHsCode(need.productCode);
  let best: { offer: CatalogueOffer; amount: number; level: number } | undefined;
  for (const offer of offers) {
    const code = normaliseHsCode(offer.productCode);
    const amount = midpoint(offer);
    if (
      amount === undefined ||
      offer.currency === null ||
      need.currency === null ||
      offer.currency.trim().toUpperCase() !== need.currency.trim().toUpperCase() ||
      !areCompatible(offer.unit, need.unit) ||
      !(code.startsWith(needCode) || needCode.startsWith(code))
    )
      continue;
    const level = Math.min(code.length, needCode.length);
    if (
      !best ||
      level > best.level ||
      (level === best.level && (amount < best.amount || (amount === best.amount && code < best.offer.productCode)))
    )
      best = { offer, amount, level };
  }
  if (!best) return undefined;
  const { offer, amount } = best;
  return {
    unitPrice: { amount, per: offer.unit },
    ...(offer.minimumOrder !== null && offer.minimumOrder > 0
      ? { minimumOrder: { quantity: offer.minimumOrder, unit: offer.unit, period: offer.period } }
      : {}),
    productCode: offer.productCode,
  };
}

function midpoint({ priceMin, priceMax }: CatalogueOffer): number | undefined {
  if (priceMin !== null && priceMax !== null) return (priceMin + priceMax) / 2;
  return priceMin ?? priceMax ?? undefined;
}

const plainNumber = (n: number) => n.toLocaleString('en', { maximumFractionDigits: 2, useGrouping: false });

/**
 * A catalogue item's price as people read it — "28–35 EUR / t", "12 USD / kg" — or undefined when
 * the item names no price. The portal passes its own number format; search documents keep the plain one.
 */
export function priceRangeText(
  item: Pick<CatalogueOffer, 'priceMin' | 'priceMax' | 'currency'> & { unit: string },
  formatNumber: (n: number) => string = plainNumber,
): string | undefined {
  const prices = [item.priceMin, item.priceMax].filter((p): p is number => p !== null);
  if (prices.length === 0) return undefined;
  const range = [...new Set(prices)].map(formatNumber).join('–');
  return `${range}${item.currency ? ` ${item.currency}` : ''} / ${singularUnit(item.unit)}`;
}
