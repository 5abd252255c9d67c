import { type SourcingNeedForMatching } from '@linkage/domain';

export const TODAY = '2026-11-23';

/**
 * The bench needs: the largest HS chapter, a selective heading with countries and a standard held now,
 * a distance limit; then a standard one supplier of a coalition may hold for all (ANY_SUPPLIER: it
 * filters no one in SQL, and the certificates of every candidate are read), and a standard held now
 * by each supplier that members hold far more often than groups (the member-certificate path).
 */
export const NEEDS: { label: string; need: SourcingNeedForMatching }[] = [
  {
    label: 'green coffee 090111, 20 t/month to Lima, ORGANIC_EU each supplier (largest chapter)',
    need: {
      id: 'coffee',
      productCode: '090111',
      quantity: 20,
      unit: 't',
      period: 'MONTH',
      startDate: '2027-03-01',
      endDate: '2028-02-28',
      deliveryPlace: { lat: -12.05, lon: -77.04 },
      requirements: [{ standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER', mustHoldNow: false }],
    },
  },
  {
    label: 'argan-type oil 1515, 10 t/month to Paris, from MA or TN, HACCP held now',
    need: {
      id: 'oil',
      productCode: '1515',
      quantity: 10,
      unit: 't',
      period: 'MONTH',
      startDate: '2027-02-01',
      endDate: '2027-12-31',
      deliveryPlace: { lat: 48.86, lon: 2.35 },
      allowedCountries: ['MA', 'TN'],
      requirements: [{ standardCode: 'HACCP', level: 'EACH_SUPPLIER', mustHoldNow: true }],
    },
  },
  {
    label: 'cotton T-shirts 610910, 50,000 pieces/month within 1,500 km of Casablanca',
    need: {
      id: 'tshirts',
      productCode: '610910',
      quantity: 50_000,
      unit: 'pieces',
      period: 'MONTH',
      startDate: '2027-04-01',
      endDate: '2028-03-31',
      deliveryPlace: { lat: 33.57, lon: -7.59 },
      maxDistanceKm: 1500,
      requirements: [],
    },
  },
  {
    label:
      'bananas 080390, 40 t/month to Rotterdam, from EC, CO or GT, RAINFOREST_ALLIANCE any supplier (3 % of groups, 10 % of members)',
    need: {
      id: 'bananas',
      productCode: '080390',
      quantity: 40,
      unit: 't',
      period: 'MONTH',
      startDate: '2027-02-01',
      endDate: '2028-01-31',
      deliveryPlace: { lat: 51.92, lon: 4.48 },
      allowedCountries: ['EC', 'CO', 'GT'],
      requirements: [{ standardCode: 'RAINFOREST_ALLIANCE', level: 'ANY_SUPPLIER', mustHoldNow: false }],
    },
  },
  {
    label:
      'mangoes 080450, 25 t/month to Rotterdam, GLOBALGAP_IFA held now by each supplier (8 % of groups, 30 % of members)',
    need: {
      id: 'mangoes',
      productCode: '080450',
      quantity: 25,
      unit: 't',
      period: 'MONTH',
      startDate: '2027-01-15',
      endDate: '2027-12-31',
      deliveryPlace: { lat: 51.92, lon: 4.48 },
      requirements: [{ standardCode: 'GLOBALGAP_IFA', level: 'EACH_SUPPLIER', mustHoldNow: true }],
    },
  },
];
