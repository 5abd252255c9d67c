import { type SourcingNeedForMatching } from '@linkage/domain';

export const TODAY = '2026-11-23';

/** The bench needs: the largest HS chapter, a selective heading with countries and a standard held now, a distance limit. */
export const NEEDS: { label: string; need: SourcingNeedForMatching }[] = [
  {
    label: 'green coffee 090111, 20 t/month to Lima, ORGANIC_EU each supplier (largest chapter)',
    need: {
      id: 'coffee', productCode: '090111', quantity: 20, unit: 't', period: 'MONTH',
      startDate: '2027-03-01', endDate: '2028-02-28', deliveryPlace: { lat: -12.05, lon: -77.04 },
      requirements: [{ standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER', mustHoldNow: false }],
    },
  },
  {
    label: 'argan-type oil 1515, 10 t/month to Paris, from MA or TN, HACCP held now',
    need: {
      id: 'oil', productCode: '1515', quantity: 10, unit: 't', period: 'MONTH',
      startDate: '2027-02-01', endDate: '2027-12-31', deliveryPlace: { lat: 48.86, lon: 2.35 },
      allowedCountries: ['MA', 'TN'],
      requirements: [{ standardCode: 'HACCP', level: 'EACH_SUPPLIER', mustHoldNow: true }],
    },
  },
  {
    label: 'cotton T-shirts 610910, 50,000 pieces/month within 1,500 km of Casablanca',
    need: {
      id: 'tshirts', productCode: '610910', quantity: 50_000, unit: 'pieces', period: 'MONTH',
      startDate: '2027-04-01', endDate: '2028-03-31', deliveryPlace: { lat: 33.57, lon: -7.59 },
      maxDistanceKm: 1500, requirements: [],
    },
  },
];
