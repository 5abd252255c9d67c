import {
  type CoalitionOptions,
  greedyCoalition,
  message,
  proposeCoalitions,
  shareAllocation,
} from '../src/index.js';
import { LIMA, TODAY, coalitionSupplier, herbsNeed } from './support/fixtures.js';

// Suppliers all in Lima and transport free, so landed cost is price alone and sums can be done by hand.
const options: CoalitionOptions = {
  today: TODAY,
  transportCostPerUnitKm: 0,
  coordinationCostPerSupplier: 50,
};
const inLima = { location: LIMA };
const certified = (standardCode: string, validUntil = '2028-06-30') => ({
  standardCode,
  validUntil,
  verification: 'THIRD_PARTY_VERIFIED' as const,
});

describe('proposeCoalitions: hand-checked cases', () => {
  it('finds the only coalition able to meet the volume: three suppliers', () => {
    // 30 t/month; any two of A (12), B (11), C (10) fall short, D lacks the required GLOBALG.A.P.
    const gap = [certified('GLOBALGAP_IFA')];
    const need = herbsNeed({
      quantity: 30,
      requirements: [{ standardCode: 'GLOBALGAP_IFA', level: 'EACH_SUPPLIER', mustHoldNow: true }],
    });
    const result = proposeCoalitions(
      need,
      [
        coalitionSupplier({
          ...inLima,
          supplierId: 'A',
          capacity: { quantity: 12, unit: 't', period: 'MONTH' },
          unitPrice: { amount: 100, per: 't' },
          certifications: gap,
        }),
        coalitionSupplier({
          ...inLima,
          supplierId: 'B',
          capacity: { quantity: 11_000, unit: 'kg', period: 'MONTH' },
          unitPrice: { amount: 0.11, per: 'kg' },
          certifications: gap,
        }),
        coalitionSupplier({
          ...inLima,
          supplierId: 'C',
          capacity: { quantity: 120, unit: 't', period: 'YEAR' },
          unitPrice: { amount: 120, per: 't' },
          certifications: gap,
        }),
        coalitionSupplier({
          ...inLima,
          supplierId: 'D',
          capacity: { quantity: 50, unit: 't', period: 'MONTH' },
          unitPrice: { amount: 10, per: 't' },
        }),
      ],
      options,
    );
    // Cheapest first: A 12 t at 100, B 11 t at 110, C the remaining 7 t at 120, plus 3 × 50 coordination.
    expect(result.best!.allocations.map((a) => a.supplierId)).toEqual(['A', 'B', 'C']);
    expect(result.best!.allocations.map((a) => a.quantity)).toEqual([12, 11, expect.closeTo(7, 9)]);
    expect(result.best!.objective).toBeCloseTo(1200 + 1210 + 840 + 150, 6);
    expect(result.best!.provenOptimal).toBe(true);
    expect(result.excluded).toEqual([
      {
        supplierId: 'D',
        reason: message('coalition.excluded.standardLapses', { standard: 'GLOBALGAP_IFA' }),
      },
    ]);
    expect(result.alternatives).toEqual([]); // without A, nothing meets 30 t
  });

  it('treats capacities that sum to the volume as covering it despite floating-point rounding', () => {
    // In binary floating point 0.7 + 0.1 + 0.2 = 0.9999999999999999, just short of 1.
    const result = proposeCoalitions(
      herbsNeed({ quantity: 1 }),
      [0.7, 0.1, 0.2].map((quantity, i) =>
        coalitionSupplier({
          ...inLima,
          supplierId: `m${i}`,
          capacity: { quantity, unit: 't', period: 'MONTH' },
        }),
      ),
      options,
    );
    expect(result.best!.allocations.map((a) => a.supplierId).sort()).toEqual(['m0', 'm1', 'm2']);
    expect(result.best!.provenOptimal).toBe(true);
  });

  it('accepts groups whose members are covered by the group certificate and refuses an uncovered supplier', () => {
    const need = herbsNeed({
      quantity: 20,
      requirements: [{ standardCode: 'FAIRTRADE_SPO', level: 'EACH_SUPPLIER', mustHoldNow: true }],
    });
    const group = [certified('FAIRTRADE_SPO')];
    const result = proposeCoalitions(
      need,
      [
        coalitionSupplier({
          ...inLima,
          supplierId: 'group-1',
          capacity: { quantity: 10, unit: 't', period: 'MONTH' },
          certifications: group,
          units: [{ memberId: 'farm-1', quantity: 10, certifications: [] }],
        }),
        coalitionSupplier({
          ...inLima,
          supplierId: 'group-2',
          capacity: { quantity: 10, unit: 't', period: 'MONTH' },
          certifications: group,
          units: [{ memberId: 'farm-2', quantity: 10, certifications: [] }],
        }),
        coalitionSupplier({
          ...inLima,
          supplierId: 'outsider',
          capacity: { quantity: 30, unit: 't', period: 'MONTH' },
          unitPrice: { amount: 1, per: 't' },
        }),
      ],
      options,
    );
    expect(result.best!.allocations.map((a) => a.supplierId).sort()).toEqual(['group-1', 'group-2']);
    expect(result.excluded.map((e) => e.supplierId)).toEqual(['outsider']);
  });

  it('leaves out a member whose certificate expires before the last delivery', () => {
    const need = herbsNeed({
      quantity: 10,
      requirements: [{ standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER', mustHoldNow: true }],
    });
    const result = proposeCoalitions(
      need,
      [
        coalitionSupplier({
          ...inLima,
          supplierId: 'lapses',
          unitPrice: { amount: 50, per: 't' },
          certifications: [certified('ORGANIC_EU', '2027-06-30')],
        }),
        coalitionSupplier({
          ...inLima,
          supplierId: 'lasts',
          unitPrice: { amount: 90, per: 't' },
          certifications: [certified('ORGANIC_EU', '2028-01-31')],
        }),
      ],
      options,
    );
    expect(result.best!.allocations.map((a) => a.supplierId)).toEqual(['lasts']);
    expect(result.excluded).toEqual([
      {
        supplierId: 'lapses',
        reason: message('coalition.excluded.standardLapses', { standard: 'ORGANIC_EU' }),
      },
    ]);
  });

  it('leaves out a supplier whose capacity unit cannot be compared, naming the unit', () => {
    const result = proposeCoalitions(
      herbsNeed({ quantity: 10 }),
      [
        coalitionSupplier({
          ...inLima,
          supplierId: 'litres',
          capacity: { quantity: 10, unit: 'l', period: 'MONTH' },
        }),
      ],
      options,
    );
    expect(result.best).toBeUndefined();
    expect(result.excluded).toEqual([
      { supplierId: 'litres', reason: message('coalition.excluded.unit', { unit: 'l', needUnit: 't' }) },
    ]);
  });

  it('brings in one holder of an ANY_SUPPLIER standard even when dearer, and respects minimum orders', () => {
    const need = herbsNeed({
      quantity: 10,
      requirements: [{ standardCode: 'GFSI_RECOGNISED', level: 'ANY_SUPPLIER', mustHoldNow: false }],
    });
    const result = proposeCoalitions(
      need,
      [
        coalitionSupplier({
          ...inLima,
          supplierId: 'cheap',
          capacity: { quantity: 10, unit: 't', period: 'MONTH' },
          unitPrice: { amount: 100, per: 't' },
        }),
        coalitionSupplier({
          ...inLima,
          supplierId: 'brc',
          capacity: { quantity: 10, unit: 't', period: 'MONTH' },
          minimumOrder: { quantity: 4, unit: 't', period: 'MONTH' },
          unitPrice: { amount: 130, per: 't' },
          certifications: [certified('BRCGS_FOOD')],
        }),
      ],
      options,
    );
    // Either brc alone (10 × 130 + 50 = 1350) or brc at its 4 t minimum plus cheap 6 t (520 + 600 + 100 = 1220).
    expect(result.best!.allocations.map((a) => [a.supplierId, a.quantity])).toEqual([
      ['cheap', 6],
      ['brc', 4],
    ]);
    expect(result.best!.objective).toBeCloseTo(1220, 6);
    expect(result.alternatives[0]!.allocations.map((a) => a.supplierId)).toEqual(['brc']);
  });

  it('adds transport by great-circle distance to the landed cost', () => {
    const cusco = { lat: -13.5319, lon: -71.9675 }; // about 570 km from Lima
    const result = proposeCoalitions(
      herbsNeed({ quantity: 10 }),
      [
        coalitionSupplier({ supplierId: 'lima', location: LIMA, unitPrice: { amount: 150, per: 't' } }),
        coalitionSupplier({ supplierId: 'cusco', location: cusco, unitPrice: { amount: 100, per: 't' } }),
      ],
      { ...options, transportCostPerUnitKm: 0.1 }, // 0.1 per t per km → ~57 per t from Cusco
    );
    expect(result.best!.allocations.map((a) => a.supplierId)).toEqual(['lima']);
    expect(result.alternatives[0]!.allocations[0]!.landedUnitCost).toBeGreaterThan(155);
  });

  it('allocates whole units when asked, rounding capacity down and minimum orders up', () => {
    const need = herbsNeed({ quantity: 9.5 });
    const result = proposeCoalitions(
      need,
      [
        coalitionSupplier({
          ...inLima,
          supplierId: 'a',
          capacity: { quantity: 4.9, unit: 't', period: 'MONTH' },
          unitPrice: { amount: 100, per: 't' },
        }),
        coalitionSupplier({
          ...inLima,
          supplierId: 'b',
          capacity: { quantity: 8, unit: 't', period: 'MONTH' },
          minimumOrder: { quantity: 5.2, unit: 't', period: 'MONTH' },
          unitPrice: { amount: 101, per: 't' },
        }),
      ],
      { ...options, quantityDomain: 'INTEGER' },
    );
    expect(result.best!.quantityDomain).toBe('INTEGER');
    expect(result.best!.allocations.map((a) => [a.supplierId, a.quantity])).toEqual([
      ['b', 6],
      ['a', 4],
    ]);
  });

  it('has the greedy baseline overshoot where the optimum does not', () => {
    // Effective costs (price + 50 / capacity): big 105.6, mid 106, small 150. Greedy takes big, then
    // mid for the last tonne; the optimum is mid alone.
    const need = herbsNeed({ quantity: 10 });
    const candidates = [
      coalitionSupplier({
        ...inLima,
        supplierId: 'big',
        capacity: { quantity: 9, unit: 't', period: 'MONTH' },
        unitPrice: { amount: 100, per: 't' },
      }),
      coalitionSupplier({
        ...inLima,
        supplierId: 'mid',
        capacity: { quantity: 10, unit: 't', period: 'MONTH' },
        unitPrice: { amount: 101, per: 't' },
      }),
      coalitionSupplier({
        ...inLima,
        supplierId: 'small',
        capacity: { quantity: 1, unit: 't', period: 'MONTH' },
        unitPrice: { amount: 100, per: 't' },
      }),
    ];
    const greedy = greedyCoalition(need, candidates, options)!;
    const best = proposeCoalitions(need, candidates, options).best!;
    expect(greedy.objective).toBeCloseTo(900 + 101 + 100, 6); // big 9 t, mid 1 t, two coordinations
    expect(best.allocations.map((a) => a.supplierId)).toEqual(['mid']);
    expect(best.objective).toBeCloseTo(1010 + 50, 6);
  });
});

describe('shareAllocation', () => {
  it("loads every contributor to the same fraction of its capacity, adding up a member's lines", () => {
    const shares = shareAllocation(6, [
      { memberId: 'coop-a', quantity: 4 },
      { memberId: null, quantity: 2 },
      { memberId: 'coop-a', quantity: 2 },
      { memberId: 'coop-b', quantity: 4 },
    ]);
    // 12 offered, 6 allocated: half of each.
    expect(shares).toEqual([
      { memberId: 'coop-a', quantity: 3 },
      { memberId: null, quantity: 1 },
      { memberId: 'coop-b', quantity: 2 },
    ]);
  });

  it('splits nothing when no capacity backs the allocation', () => {
    expect(shareAllocation(5, [])).toEqual([]);
    expect(shareAllocation(5, [{ memberId: 'm', quantity: 0 }])).toEqual([]);
  });
});
