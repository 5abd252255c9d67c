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
//
// Three harder families (issue 16), on which the optimiser once fell short of an exact MILP solve:
// - ANY3: three ANY_SUPPLIER standards (organic, Fairtrade, Rainforest Alliance), each held by about
//   3 % of the suppliers, who are dearer (+10–30 %) and farther (4–8° from the delivery place): the
//   cheapest volume and the holders pull in opposite directions.
// - ALL_OR_NOTHING: every supplier takes all of its capacity or nothing (minimum order = capacity),
//   prices within ±0.5 % and transport nearly free: which subset fits the volume with least overshoot
//   and fewest members (coordination 300) is a subset-sum choice that costs barely separate.
// - WHOLE_PIECES: pieces in whole numbers (INTEGER domain), minimum orders at 60–100 % of capacity,
//   coordination 20,000 per member: few members, whose integer capacities must fit the volume.

/** Park–Miller style LCG: reproducible across Node versions, no dependency. */
export function seededRandom(seed) {
  let state = seed % 2147483647;
  if (state <= 0) state += 2147483646;
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}

const LIMA = { lat: -12.0464, lon: -77.0428 };

export const PROFILES = ['AGGREGATION', 'TIGHT', 'ANY3', 'ALL_OR_NOTHING', 'WHOLE_PIECES'];

export function makeInstance(candidateCount, seed, profile = 'AGGREGATION') {
  if (profile === 'ANY3') return anyThree(candidateCount, seed);
  if (profile === 'ALL_OR_NOTHING') return allOrNothing(candidateCount, seed);
  if (profile === 'WHOLE_PIECES') return wholePieces(candidateCount, seed);
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

const held = (standardCode) => ({
  standardCode,
  validUntil: '2028-12-31',
  verification: 'THIRD_PARTY_VERIFIED',
});
const TODAY = '2026-11-23';
const needFor = (id, quantity, unit, requirements) => ({
  id,
  productCode: '090421',
  quantity,
  unit,
  period: 'MONTH',
  startDate: '2027-03-01',
  endDate: '2027-12-31',
  deliveryPlace: LIMA,
  requirements,
});
const supplier = (i, fields) => ({
  supplierId: `s${String(i).padStart(5, '0')}`,
  country: 'PE',
  productCodes: ['090421'],
  leadTimeDays: 20,
  ...fields,
});
const tonnes = (quantity) => ({ quantity: Math.round(quantity * 10) / 10, unit: 't', period: 'MONTH' });
/** A point `near` to `far` degrees from Lima in a random direction. */
const around = (random, near, far) => {
  const angle = random() * 2 * Math.PI;
  const radius = near + random() * (far - near);
  return { lat: LIMA.lat + radius * Math.sin(angle), lon: LIMA.lon + radius * Math.cos(angle) };
};

const ANY_STANDARDS = ['ORGANIC_EU', 'FAIRTRADE_SPO', 'RAINFOREST_ALLIANCE'];

function anyThree(candidateCount, seed) {
  const random = seededRandom(seed * 7919 + 1);
  // About 3 % hold each standard, and at least two do, so even the smallest pool can meet all three.
  const holders = ANY_STANDARDS.map(() => {
    const chosen = new Set();
    while (chosen.size < Math.max(2, Math.round(0.03 * candidateCount)))
      chosen.add(Math.floor(random() * candidateCount));
    return chosen;
  });
  const candidates = Array.from({ length: candidateCount }, (_, i) => {
    const certifications = ANY_STANDARDS.filter((_, r) => holders[r].has(i)).map(held);
    const holder = certifications.length > 0;
    const large = random() < 0.08;
    const capacity = large ? 25 + random() * 75 : 1 + random() * 24;
    const price = 800 + random() * 500;
    return supplier(i, {
      location: holder ? around(random, 4, 8) : around(random, 0, 4),
      capacity: tonnes(capacity),
      minimumOrder: random() < 0.4 ? tonnes(1 + random() * 4) : undefined,
      unitPrice: { amount: Math.round(holder ? price * (1.1 + random() * 0.2) : price), per: 't' },
      certifications,
      score: Math.round(random() * 1000) / 1000,
    });
  });
  const requirements = ANY_STANDARDS.map((standardCode) => ({
    standardCode,
    level: 'ANY_SUPPLIER',
    mustHoldNow: false,
  }));
  return {
    need: needFor(
      `bench-ANY3-${candidateCount}-${seed}`,
      Math.round(40 * Math.sqrt(candidateCount)),
      't',
      requirements,
    ),
    candidates,
    options: { today: TODAY, transportCostPerUnitKm: 0.4, coordinationCostPerSupplier: 1500 },
  };
}

function allOrNothing(candidateCount, seed) {
  const random = seededRandom(seed * 7919 + 2);
  const candidates = Array.from({ length: candidateCount }, (_, i) => {
    const capacity = tonnes(random() < 0.08 ? 25 + random() * 75 : 1 + random() * 24);
    return supplier(i, {
      location: around(random, 0, 0.5),
      capacity,
      minimumOrder: capacity,
      unitPrice: { amount: Math.round(1000 * (0.995 + random() * 0.01) * 100) / 100, per: 't' },
      certifications: [],
      score: Math.round(random() * 1000) / 1000,
    });
  });
  return {
    need: needFor(
      `bench-ALL_OR_NOTHING-${candidateCount}-${seed}`,
      Math.round(40 * Math.sqrt(candidateCount)),
      't',
      [],
    ),
    candidates,
    options: { today: TODAY, transportCostPerUnitKm: 0.01, coordinationCostPerSupplier: 300 },
  };
}

function wholePieces(candidateCount, seed) {
  const random = seededRandom(seed * 7919 + 3);
  const candidates = Array.from({ length: candidateCount }, (_, i) => {
    const capacity = Math.round(random() < 0.1 ? 20_000 + random() * 60_000 : 2_000 + random() * 18_000);
    return supplier(i, {
      location: around(random, 0, 4),
      capacity: { quantity: capacity, unit: 'pieces', period: 'MONTH' },
      minimumOrder: {
        quantity: Math.round(capacity * (0.6 + random() * 0.4)),
        unit: 'pieces',
        period: 'MONTH',
      },
      unitPrice: { amount: Math.round((4 + random() * 2) * 100) / 100, per: 'pieces' },
      certifications: [],
      score: Math.round(random() * 1000) / 1000,
    });
  });
  return {
    need: needFor(`bench-WHOLE_PIECES-${candidateCount}-${seed}`, 100_000, 'pieces', []),
    candidates,
    options: {
      today: TODAY,
      transportCostPerUnitKm: 0.001,
      coordinationCostPerSupplier: 20_000,
      quantityDomain: 'INTEGER',
    },
  };
}
