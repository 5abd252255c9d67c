// Seeded seasonal needs (12 monthly deliveries, March to February) and candidates shaped like
// harvests: each producer ships in a window of 3 to 12 months (30 % all year), its quantity varying
// ±30 % month to month within the window; 70 % hold the each-supplier standard, one in seven of them
// with a certificate lapsing during the season; 10 % hold a GFSI-recognised scheme that some shipper
// must hold every month.
//
// Profiles:
// - SEASONAL: volume 40·√n/3 t a month, coordination 1,500 per member per month, minimum orders for 40 %.
// - SEASONAL_TIGHT: 60 t a month, coordination 20,000 per member per month, minimum orders at 50–100 % of
//   capacity and a 2 t minimum lot: few members, a knapsack in every month.
// - SEASONAL_SHORT: as SEASONAL, but August has almost no harvest and the volume is larger: partial.
import { seededRandom } from './instances.js';

const LIMA = { lat: -12.0464, lon: -77.0428 };
export const SEASON = [
  '2027-03',
  '2027-04',
  '2027-05',
  '2027-06',
  '2027-07',
  '2027-08',
  '2027-09',
  '2027-10',
  '2027-11',
  '2027-12',
  '2028-01',
  '2028-02',
];

export function makeSeasonalInstance(candidateCount, seed, profile = 'SEASONAL') {
  const tight = profile === 'SEASONAL_TIGHT';
  const short = profile === 'SEASONAL_SHORT';
  const random = seededRandom(seed * 7919 + candidateCount);
  const held = (standardCode, validUntil = '2028-12-31') => ({
    standardCode,
    validUntil,
    verification: 'THIRD_PARTY_VERIFIED',
  });
  const candidates = Array.from({ length: candidateCount }, (_, i) => {
    const large = random() < 0.08;
    const capacity = Math.round((large ? 25 + random() * 75 : 1 + random() * 24) * 10) / 10;
    const allYear = random() < 0.3;
    const length = allYear ? 12 : 3 + Math.floor(random() * 10);
    const start = Math.floor(random() * 12);
    const byMonth = new Map();
    for (let k = 0; k < length; k++) {
      const t = (start + k) % 12;
      if (short && SEASON[t] === '2027-08' && random() < 0.95) continue;
      byMonth.set(SEASON[t], Math.round(capacity * (0.7 + random() * 0.6) * 10) / 10);
    }
    const certifications = [];
    if (random() < 0.7)
      certifications.push(
        held('GLOBALGAP_IFA', random() < 1 / 7 ? `${SEASON[3 + Math.floor(random() * 8)]}-15` : '2028-12-31'),
      );
    if (random() < 0.1) certifications.push(held(random() < 0.5 ? 'BRCGS_FOOD' : 'IFS_FOOD'));
    return {
      supplierId: `s${String(i).padStart(5, '0')}`,
      country: 'PE',
      location: { lat: LIMA.lat + (random() - 0.5) * 8, lon: LIMA.lon + (random() - 0.5) * 8 },
      productCodes: ['090421'],
      capacity: { quantity: capacity, unit: 't', period: 'MONTH' },
      units: [{ memberId: null, quantity: capacity, certifications: [], byMonth }],
      minimumOrder: tight
        ? { quantity: Math.round(capacity * (0.5 + random() * 0.5) * 10) / 10, unit: 't', period: 'MONTH' }
        : random() < 0.4
          ? { quantity: Math.round((1 + random() * 4) * 10) / 10, unit: 't', period: 'MONTH' }
          : undefined,
      unitPrice: { amount: Math.round(800 + random() * 500), per: 't' },
      leadTimeDays: 20,
      certifications,
      score: Math.round(random() * 1000) / 1000,
    };
  });
  const quantity = tight ? 60 : Math.round((40 * Math.sqrt(candidateCount)) / (short ? 2 : 3));
  const need = {
    id: `bench-${profile}-${candidateCount}-${seed}`,
    productCode: '090421',
    quantity,
    unit: 't',
    period: 'MONTH',
    startDate: '2027-03-01',
    endDate: '2028-02-29',
    deliveryPlace: LIMA,
    ...(tight ? { minimumLot: 2 } : {}),
    requirements: [
      { standardCode: 'GLOBALGAP_IFA', level: 'EACH_SUPPLIER', mustHoldNow: true },
      { standardCode: 'GFSI_RECOGNISED', level: 'ANY_SUPPLIER', mustHoldNow: false },
    ],
  };
  const options = {
    today: '2026-11-23',
    transportCostPerUnitKm: 0.4,
    coordinationCostPerSupplier: tight ? 20_000 : 1500,
  };
  return { need, candidates, options };
}
