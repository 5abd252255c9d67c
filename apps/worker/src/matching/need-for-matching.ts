import { type NeedRequirement, type SourcingNeed } from '@linkage/db';
import { type SourcingNeedForMatching } from '@linkage/domain';
import { countryCentroid } from './country-centroids.js';

export interface PreparedNeed {
  need: SourcingNeedForMatching;
  /** How the delivery place was known: given by the lead firm, or the delivery country's centre. */
  deliveryPlace: 'given' | 'country' | 'unknown';
}

/**
 * The stored need as the domain matcher reads it. A requirement's obtain-by date, when given, is the
 * deadline for closing its gap instead of the first delivery.
 */
export function prepareNeed(need: SourcingNeed, requirements: readonly NeedRequirement[]): PreparedNeed {
  const given = need.deliveryLat !== null && need.deliveryLon !== null;
  const centroid = given ? undefined : countryCentroid(need.deliveryCountry);
  return {
    need: {
      id: need.id,
      productCode: need.productCode,
      quantity: need.quantity,
      unit: need.unit,
      period: need.period,
      startDate: need.startDate,
      endDate: need.endDate ?? undefined,
      minimumLot: need.minimumLot ?? undefined,
      deliveryPlace: given ? { lat: need.deliveryLat!, lon: need.deliveryLon! } : (centroid ?? { lat: 0, lon: 0 }),
      maxDistanceKm: need.maxDistanceKm ?? undefined,
      allowedCountries: need.allowedCountries ?? undefined,
      currency: need.currency?.trim() || undefined,
      requirements: [...requirements]
        .sort((a, b) => a.position - b.position)
        .map((r) => ({
          standardCode: r.standardCode,
          level: r.level,
          mustHoldNow: r.mustHoldNow,
          obtainBy: r.obtainBy ?? undefined,
        })),
    },
    deliveryPlace: given ? 'given' : centroid ? 'country' : 'unknown',
  };
}
