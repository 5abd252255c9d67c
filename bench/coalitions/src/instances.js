// Seeded random sourcing needs and candidate suppliers, shaped like the field: many small producers
// (1–25 t/month, a few larger), prices spread ±25 %, some with minimum orders, 70 % holding the
// each-supplier standard and 10 % a GFSI-recognised scheme that at least one member must hold.
//
// Two profiles:
// - AGGREGATION: a volume growing with the pool (40·√n t/month), coordination 1,500 per member;
//   coalitions of tens of members, where the LP relaxation is tight.
// - TIGHT: 120 t/month whatever the pool, coordination 20,000 per member (more than a tonne costs),
//   and minimum orders at 50–100 % of capacity: few members whose capacities must fit the volume,
//   a knapsack-like choice that rounding the LP does not solve.

/** Park–Miller style LCG: reproducible across Node versions, no dependency. */
export function seededRandom(seed) {
  let state = seed % 2147483647;
  if (state <= 0) state += 2147483646;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

const LIMA = { lat: -12.0464, lon: -77.0428 };

export function makeInstance(candidateCount, seed, profile = 'AGGREGATION') {
  const tight = profile === 'TIGHT';
  const random = seededRandom(seed);
  const held = (standardCode) => ({
    standardCode,
    validUntil: '2028-12-31',
    verification: 'THIRD_PARTY_VERIFIED',
  });
  const candidates = Array.from({ length: candidateCount }, (_, i) => {
    const large = random() < 0.08;
    const capacity = large ? 25 + random() * 75 : 1 + random() * 24;
    const certifications = [];
    if (random() < 0.7) certifications.push(held('GLOBALGAP_IFA'));
    if (random() < 0.1) certifications.push(held(random() < 0.5 ? 'BRCGS_FOOD' : 'IFS_FOOD'));
    return {
      supplierId: `s${String(i).padStart(5, '0')}`,
      country: 'PE',
      location: { lat: LIMA.lat + (random() - 0.5) * 8, lon: LIMA.lon + (random() - 0.5) * 8 },
      productCodes: ['090421'],
      capacity: { quantity: Math.round(capacity * 10) / 10, unit: 't', period: 'MONTH' },
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
  const quantity = tight ? 120 : Math.round(40 * Math.sqrt(candidateCount));
  const need = {
    id: `bench-${profile}-${candidateCount}-${seed}`,
    productCode: '090421',
    quantity,
    unit: 't',
    period: 'MONTH',
    startDate: '2027-03-01',
    endDate: '2027-12-31',
    deliveryPlace: LIMA,
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
