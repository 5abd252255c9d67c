import { type CoalitionCandidate, type CoalitionOptions, proposeCoalitions } from '../src/index.js';
import { LIMA, TODAY, coalitionSupplier, herbsNeed } from './support/fixtures.js';

// The three families of needs on which the optimiser once fell short of an exact MILP solve (issue
// 16), each in a case small enough to cost by hand. Suppliers are all in Lima and transport is free,
// so landed cost is price alone.
const options: CoalitionOptions = {
  today: TODAY,
  transportCostPerUnitKm: 0,
  coordinationCostPerSupplier: 50,
};
const held = (...codes: string[]) =>
  codes.map((standardCode) => ({
    standardCode,
    validUntil: '2028-06-30',
    verification: 'THIRD_PARTY_VERIFIED' as const,
  }));
const inLima = (over: Partial<CoalitionCandidate>) => coalitionSupplier({ location: LIMA, ...over });
const tonnes = (quantity: number) => ({ quantity, unit: 't' as const, period: 'MONTH' as const });
const pieces = (quantity: number) => ({ quantity, unit: 'pieces' as const, period: 'MONTH' as const });

describe('proposeCoalitions on hard families: hand-checked cases', () => {
  it('meets three ANY_SUPPLIER standards with the one dear holder of all three, not two cheaper holders', () => {
    const need = herbsNeed({
      quantity: 20,
      requirements: ['ORGANIC_EU', 'FAIRTRADE_SPO', 'RAINFOREST_ALLIANCE'].map((standardCode) => ({
        standardCode,
        level: 'ANY_SUPPLIER' as const,
        mustHoldNow: false,
      })),
    });
    const { best } = proposeCoalitions(
      need,
      [
        inLima({ supplierId: 'cheap', capacity: tonnes(20), unitPrice: { amount: 100, per: 't' } }),
        inLima({
          supplierId: 'organic-fair',
          capacity: tonnes(10),
          unitPrice: { amount: 120, per: 't' },
          certifications: held('ORGANIC_EU', 'FAIRTRADE_SPO'),
        }),
        inLima({
          supplierId: 'rainforest',
          capacity: tonnes(10),
          unitPrice: { amount: 125, per: 't' },
          certifications: held('RAINFOREST_ALLIANCE'),
        }),
        inLima({
          supplierId: 'all-three',
          capacity: tonnes(10),
          unitPrice: { amount: 130, per: 't' },
          certifications: held('ORGANIC_EU', 'FAIRTRADE_SPO', 'RAINFOREST_ALLIANCE'),
        }),
      ],
      options,
    );
    // Holders supply only the 1 % floor (0.2 t). cheap + all-three: 19.8 × 100 + 0.2 × 130 + 2 × 50
    // = 2,106; cheap + organic-fair + rainforest: 19.6 × 100 + 0.2 × 120 + 0.2 × 125 + 3 × 50 = 2,159.
    expect(best!.allocations.map((a) => [a.supplierId, a.quantity])).toEqual([
      ['cheap', expect.closeTo(19.8, 9)],
      ['all-three', expect.closeTo(0.2, 9)],
    ]);
    expect(best!.objective).toBeCloseTo(2106, 6);
    expect(best!.provenOptimal).toBe(true);
  });

  it('fits all-or-nothing suppliers at nearly one price to the volume exactly', () => {
    // Minimum order = capacity: each ships all it has or nothing. Prices within ±0.2 %.
    const allOrNothing = (supplierId: string, t: number, price: number) =>
      inLima({
        supplierId,
        capacity: tonnes(t),
        minimumOrder: tonnes(t),
        unitPrice: { amount: price, per: 't' },
      });
    const { best } = proposeCoalitions(
      herbsNeed({ quantity: 10 }),
      [
        allOrNothing('A', 6, 100),
        allOrNothing('B', 5, 100.2),
        allOrNothing('C', 4, 99.8),
        allOrNothing('D', 7, 100.1),
      ],
      options,
    );
    // A + C = 10 t exactly: 600 + 399.2 + 100 = 1,099.2. Every other pair overshoots or falls short:
    // A + B 11 t (1,201), C + D 11 t (1,199.9), B + C 9 t.
    expect(best!.allocations.map((a) => [a.supplierId, a.quantity])).toEqual([
      ['A', 6],
      ['C', 4],
    ]);
    expect(best!.objective).toBeCloseTo(1099.2, 6);
    expect(best!.provenOptimal).toBe(true);
  });

  it('combines whole pieces under high minimum orders and high coordination', () => {
    const whole: CoalitionOptions = {
      ...options,
      coordinationCostPerSupplier: 500,
      quantityDomain: 'INTEGER',
    };
    const maker = (supplierId: string, capacity: number, minimum: number, price: number) =>
      inLima({
        supplierId,
        capacity: pieces(capacity),
        minimumOrder: pieces(minimum),
        unitPrice: { amount: price, per: 'pieces' },
      });
    const { best } = proposeCoalitions(
      herbsNeed({ quantity: 1000, unit: 'pieces' }),
      [
        maker('A', 700, 600, 1),
        maker('B', 450, 300, 1.1),
        maker('C', 350, 350, 1.05),
        maker('D', 1000, 900, 1.6),
      ],
      whole,
    );
    // A + C: C ships its 350 (minimum = capacity), A the other 650: 650 + 367.5 + 1,000 = 2,017.5.
    // A + B: 700 + 330 + 1,000 = 2,030; D alone: 1,600 + 500 = 2,100; B + C: 800 pieces, short.
    expect(best!.allocations.map((a) => [a.supplierId, a.quantity])).toEqual([
      ['A', 650],
      ['C', 350],
    ]);
    expect(best!.objective).toBeCloseTo(2017.5, 6);
    expect(best!.provenOptimal).toBe(true);
  });
});
