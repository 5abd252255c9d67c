import fc from 'fast-check';
import {
  type CoalitionCandidate,
  type CoalitionOptions,
  type Requirement,
  type SourcingNeedForMatching,
  proposeSeasonalCoalitions,
} from '../src/index.js';
import { LIMA, TODAY, herbsNeed } from './support/fixtures.js';

// Written independently of the optimiser: per month, what each candidate may ship, and the best
// coalition by enumerating every membership and, in each month, every set of members that ship.
const MONTHS = ['2027-03', '2027-04', '2027-05', '2027-06'];
const MONTH_END = ['2027-03-31', '2027-04-30', '2027-05-31', '2027-06-30'];
const options: CoalitionOptions = {
  today: TODAY,
  transportCostPerUnitKm: 0,
  coordinationCostPerSupplier: 40,
};

interface Generated {
  demand: number;
  lot: number | undefined;
  level: Requirement['level'] | undefined;
  suppliers: {
    price: number;
    perMonth: (number | undefined)[];
    minimumOrder: number | undefined;
    certificateUntil: string | undefined;
  }[];
}

const generated: fc.Arbitrary<Generated> = fc.record({
  demand: fc.integer({ min: 2, max: 12 }),
  lot: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  level: fc.option(fc.constantFrom('ANY_SUPPLIER' as const, 'EACH_SUPPLIER' as const), { nil: undefined }),
  suppliers: fc.array(
    fc.record({
      price: fc.integer({ min: 50, max: 150 }),
      perMonth: fc.array(fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }), {
        minLength: 4,
        maxLength: 4,
      }),
      minimumOrder: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      certificateUntil: fc.option(fc.constantFrom(...MONTH_END, '2027-04-15'), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 5 },
  ),
});

function instance(g: Generated): { need: SourcingNeedForMatching; candidates: CoalitionCandidate[] } {
  const need = herbsNeed({
    quantity: g.demand,
    startDate: '2027-03-01',
    endDate: '2027-06-30',
    ...(g.lot ? { minimumLot: g.lot } : {}),
    requirements: g.level ? [{ standardCode: 'GLOBALGAP_IFA', level: g.level, mustHoldNow: false }] : [],
  });
  const candidates = g.suppliers.map((s, i): CoalitionCandidate => {
    const byMonth = new Map<string, number>();
    s.perMonth.forEach((q, t) => q !== undefined && byMonth.set(MONTHS[t]!, q));
    const peak = Math.max(1, ...byMonth.values());
    return {
      supplierId: `s${i}`,
      country: 'PE',
      location: LIMA,
      productCodes: ['090421'],
      capacity: { quantity: peak, unit: 't', period: 'MONTH' },
      leadTimeDays: 0,
      certifications: s.certificateUntil
        ? [
            {
              standardCode: 'GLOBALGAP_IFA',
              validUntil: s.certificateUntil,
              verification: 'THIRD_PARTY_VERIFIED',
            },
          ]
        : [],
      units: [{ memberId: null, quantity: peak, certifications: [], byMonth }],
      unitPrice: { amount: s.price, per: 't' },
      ...(s.minimumOrder ? { minimumOrder: { quantity: s.minimumOrder, unit: 't', period: 'MONTH' } } : {}),
    };
  });
  return { need, candidates };
}

/** What supplier i may ship in month t: [low, cap], or undefined when it cannot ship then. */
function shipping(
  g: Generated,
  i: number,
  t: number,
): { low: number; cap: number; holds: boolean } | undefined {
  const s = g.suppliers[i]!;
  const holds = s.certificateUntil !== undefined && s.certificateUntil >= MONTH_END[t]!;
  const cap = Math.min(s.perMonth[t] ?? 0, Math.max(g.demand, 0));
  if (g.level === 'EACH_SUPPLIER' && !holds) return undefined;
  const low = Math.max(s.minimumOrder ?? 0, g.lot ?? 0, Math.min(s.perMonth[t] ?? 0, 0.01 * g.demand));
  const upper = Math.min(s.perMonth[t] ?? 0, Math.max(low, g.demand));
  if (upper <= 0 || low > upper) return undefined;
  return { low, cap: Math.max(cap, upper), holds };
}

/** Cheapest month for members `set` shipping exactly `ship` ⊆ set; Infinity if it cannot cover `target`. */
function monthCost(g: Generated, t: number, ship: number[], target: number): number {
  const rows = ship.map((i) => ({ ...shipping(g, i, t)!, price: g.suppliers[i]!.price }));
  if (g.level === 'ANY_SUPPLIER' && ship.length > 0 && !rows.some((r) => r.holds)) return Infinity;
  if (rows.reduce((s, r) => s + r.cap, 0) < target - 1e-9) return Infinity;
  let cost = rows.reduce((s, r) => s + r.price * r.low, 0);
  let left = target - rows.reduce((s, r) => s + r.low, 0);
  for (const r of [...rows].sort((a, b) => a.price - b.price)) {
    const take = Math.max(0, Math.min(left, r.cap - r.low));
    cost += take * r.price;
    left -= take;
  }
  return cost;
}

const subsets = <T>(xs: readonly T[]): T[][] =>
  xs.reduce<T[][]>((all, x) => [...all, ...all.map((s) => [...s, x])], [[]]);

function bruteForce(g: Generated): { available: number[]; cost: number } {
  const all = g.suppliers.map((_, i) => i);
  const available = MONTHS.map((_, t) => {
    const able = all.filter((i) => shipping(g, i, t));
    if (g.level === 'ANY_SUPPLIER' && !able.some((i) => shipping(g, i, t)!.holds)) return 0;
    return Math.min(
      g.demand,
      able.reduce((s, i) => s + shipping(g, i, t)!.cap, 0),
    );
  });
  let cost = Infinity;
  for (const set of subsets(all)) {
    let total = set.length * 40 * MONTHS.length;
    for (let t = 0; t < MONTHS.length && total < Infinity; t++) {
      if (available[t] === 0) continue;
      const able = set.filter((i) => shipping(g, i, t));
      total += Math.min(
        ...subsets(able).map((ship) => (ship.length ? monthCost(g, t, ship, available[t]!) : Infinity)),
      );
    }
    cost = Math.min(cost, total);
  }
  return { available, cost };
}

describe('proposeSeasonalCoalitions: properties against brute force', () => {
  it('covers every month or reports the shortfall exactly, within capacities, minimums, lots and requirements, at the cheapest cost', () => {
    fc.assert(
      fc.property(generated, (g) => {
        const { need, candidates } = instance(g);
        const result = proposeSeasonalCoalitions(need, candidates, { ...options, timeBudgetMs: 10_000 });
        const truth = bruteForce(g);
        const volume = truth.available.reduce((s, q) => s + q, 0);
        if (volume === 0) {
          expect(result.best).toBeUndefined();
          return;
        }
        const best = result.best!;
        expect(best.provenOptimal).toBe(true);
        const schedule = best.schedule!;
        expect(schedule.periods.map((p) => p.available)).toEqual(truth.available);
        expect(schedule.partial).toBe(truth.available.some((q) => q < g.demand));
        // Schedule cost is the objective per month times the months.
        expect(best.objective * MONTHS.length).toBeCloseTo(truth.cost, 6);
        schedule.periods.forEach((p, t) => {
          expect(p.supplied).toBeGreaterThanOrEqual(truth.available[t]! - 1e-9);
          const shipped = best.allocations.filter((a) => a.perPeriod![t]! > 0);
          expect(p.supplied).toBeCloseTo(
            shipped.reduce((s, a) => s + a.perPeriod![t]!, 0),
            9,
          );
          for (const a of shipped) {
            const i = Number(a.supplierId.slice(1));
            const can = shipping(g, i, t);
            expect(can).toBeDefined(); // available, and compliant through the month
            expect(a.perPeriod![t]!).toBeLessThanOrEqual(g.suppliers[i]!.perMonth[t]! + 1e-9);
            expect(a.perPeriod![t]!).toBeGreaterThanOrEqual(can!.low - 1e-9); // minimum order and lot
          }
          if (g.level === 'ANY_SUPPLIER' && shipped.length)
            expect(shipped.some((a) => shipping(g, Number(a.supplierId.slice(1)), t)!.holds)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
