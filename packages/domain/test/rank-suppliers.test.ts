import { type NeedForMatching, type SupplyLine, rankSuppliers, assertNeedTransition, NeedTransitionError } from '../src/index.js';

const need: NeedForMatching = { productCode: '151590', quantity: 10, unit: 't', period: 'MONTH', deliveryCountry: 'MA' };

const line = (over: Partial<SupplyLine>): SupplyLine => ({
  supplierId: 'a',
  supplierName: 'A',
  productCode: '151590',
  productLabel: 'Argan oil',
  quantity: 10,
  unit: 't',
  period: 'MONTH',
  country: 'MA',
  ...over,
});

describe('rankSuppliers', () => {
  it('gives a full score to the same product, full volume, same country', () => {
    const [m] = rankSuppliers(need, [line({})]);
    expect(m).toMatchObject({ supplierId: 'a', score: 1, components: { product: 1, capacity: 1, location: 1 } });
    expect(m!.reason).toContain('covers the full volume');
  });

  it('scores partial capacity in proportion, across units and periods', () => {
    // 60 t/year = 5 t/month = half the need
    const [m] = rankSuppliers(need, [line({ quantity: 60_000, unit: 'kg', period: 'YEAR' })]);
    expect(m!.components.capacity).toBe(0.5);
    expect(m!.reason).toContain('covers 50% of the volume');
  });

  it('ranks same subheading above same heading above same chapter', () => {
    const ranked = rankSuppliers(need, [
      line({ supplierId: 'chapter', productCode: '150100' }),
      line({ supplierId: 'heading', productCode: '151500' }),
      line({ supplierId: 'exact' }),
    ]);
    expect(ranked.map((m) => m.supplierId)).toEqual(['exact', 'heading', 'chapter']);
  });

  it('leaves out other chapters and units that cannot be compared', () => {
    expect(rankSuppliers(need, [line({ productCode: '090421' }), line({ supplierId: 'b', unit: 'l' })])).toEqual([]);
  });

  it("sums a group's lines for the same product, as its members' capacities add up", () => {
    const ranked = rankSuppliers(need, [line({ quantity: 4 }), line({ quantity: 3000, unit: 'kg' }), line({ quantity: 1, productCode: '151500' })]);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]!.components.capacity).toBe(0.7);
    expect(ranked[0]!.components.product).toBe(1);
  });

  it('breaks ties by supplier id so the order is stable', () => {
    const ranked = rankSuppliers(need, [line({ supplierId: 'z' }), line({ supplierId: 'b' }), line({ supplierId: 'm' })]);
    expect(ranked.map((m) => m.supplierId)).toEqual(['b', 'm', 'z']);
  });
});

describe('need status machine', () => {
  it('allows open → evaluating → awarded → closed', () => {
    expect(() => {
      assertNeedTransition('OPEN', 'EVALUATING');
      assertNeedTransition('EVALUATING', 'AWARDED');
      assertNeedTransition('AWARDED', 'CLOSED');
    }).not.toThrow();
  });

  it('rejects re-opening a closed need', () => {
    expect(() => assertNeedTransition('CLOSED', 'OPEN')).toThrow(NeedTransitionError);
  });
});
