import {
  type CatalogueOffer,
  IncompatibleMemberCapacityError,
  cataloguePriceFor,
  deriveCatalogueCapacity,
  priceRangeText,
} from '../src/index.js';

const ACTIVE = 'ACTIVE' as const;

describe('catalogue capacity', () => {
  it('sums committed capacity in the item unit and period, per member', () => {
    const capacity = deriveCatalogueCapacity({ unit: 't', period: 'MONTH' }, [
      { memberId: 'coop-a', memberStatus: ACTIVE, quantity: 24, unit: 't', period: 'YEAR', committed: true }, // 2 t/month
      {
        memberId: 'coop-b',
        memberStatus: ACTIVE,
        quantity: 500,
        unit: 'kg',
        period: 'MONTH',
        committed: true,
      }, // 0.5 t/month
      { memberId: 'coop-a', memberStatus: ACTIVE, quantity: 1, unit: 't', period: 'MONTH', committed: true },
      { memberId: 'coop-c', memberStatus: ACTIVE, quantity: 9, unit: 't', period: 'MONTH', committed: false },
    ]);
    expect(capacity.quantity).toBeCloseTo(3.5, 10);
    expect(capacity.own).toBe(0);
    expect(capacity.byMember).toEqual([
      { memberId: 'coop-a', quantity: 3 },
      { memberId: 'coop-b', quantity: 0.5 },
    ]);
  });

  it("counts the group's own committed lines and leaves out members that are not active (the offer rule)", () => {
    const capacity = deriveCatalogueCapacity({ unit: 't', period: 'MONTH' }, [
      { memberId: null, memberStatus: null, quantity: 2, unit: 't', period: 'MONTH', committed: true },
      { memberId: null, memberStatus: null, quantity: 7, unit: 't', period: 'MONTH', committed: false },
      { memberId: 'coop-a', memberStatus: ACTIVE, quantity: 1, unit: 't', period: 'MONTH', committed: true },
      {
        memberId: 'coop-s',
        memberStatus: 'SUSPENDED',
        quantity: 4,
        unit: 't',
        period: 'MONTH',
        committed: true,
      },
      {
        memberId: 'coop-i',
        memberStatus: 'INVITED',
        quantity: 4,
        unit: 't',
        period: 'MONTH',
        committed: true,
      },
    ]);
    expect(capacity).toEqual({
      quantity: 3,
      unit: 't',
      period: 'MONTH',
      own: 2,
      byMember: [{ memberId: 'coop-a', quantity: 1 }],
    });
  });

  it('offers nothing when no member has committed capacity', () => {
    const capacity = deriveCatalogueCapacity({ unit: 'kg', period: 'WEEK' }, [
      { memberId: 'm', memberStatus: ACTIVE, quantity: 5, unit: 'kg', period: 'WEEK', committed: false },
    ]);
    expect(capacity).toEqual({ quantity: 0, unit: 'kg', period: 'WEEK', own: 0, byMember: [] });
  });

  it('names the member whose capacity is in an incompatible unit', () => {
    const derive = () =>
      deriveCatalogueCapacity({ unit: 't', period: 'MONTH' }, [
        { memberId: 'ok', memberStatus: ACTIVE, quantity: 1, unit: 't', period: 'MONTH', committed: true },
        {
          memberId: 'olive-press-7',
          memberStatus: ACTIVE,
          quantity: 300,
          unit: 'l',
          period: 'MONTH',
          committed: true,
        },
      ]);
    expect(derive).toThrow(IncompatibleMemberCapacityError);
    expect(derive).toThrow(/olive-press-7.*litres/);
  });

  it('ignores an uncommitted entry even in an incompatible unit', () => {
    expect(
      deriveCatalogueCapacity({ unit: 't', period: 'MONTH' }, [
        { memberId: 'x', memberStatus: ACTIVE, quantity: 3, unit: 'l', period: 'MONTH', committed: false },
      ]).quantity,
    ).toBe(0);
  });
});

describe('catalogue price for a need', () => {
  const offer = (o: Partial<CatalogueOffer>): CatalogueOffer => ({
    productCode: '121190',
    unit: 'kg',
    period: 'MONTH',
    priceMin: 6,
    priceMax: 9,
    currency: 'USD',
    minimumOrder: null,
    ...o,
  });
  const herbs = { productCode: '121190', unit: 't' as const, currency: 'USD' };

  it('takes the midpoint of the range, per the item unit, with its minimum order per period', () => {
    expect(cataloguePriceFor(herbs, [offer({ minimumOrder: 50 })])).toEqual({
      unitPrice: { amount: 7.5, per: 'kg' },
      minimumOrder: { quantity: 50, unit: 'kg', period: 'MONTH' },
      productCode: '121190',
    });
    expect(cataloguePriceFor(herbs, [offer({ priceMin: null, priceMax: 8 })])?.unitPrice.amount).toBe(8);
  });

  it('prefers the closest product, then the lower price', () => {
    const heading = { ...herbs, productCode: '1211' };
    const offers = [
      offer({ productCode: '121190', priceMin: 10, priceMax: 10 }),
      offer({ productCode: '121120', priceMin: 4, priceMax: 4 }),
    ];
    expect(cataloguePriceFor(heading, offers)?.productCode).toBe('121120');
    expect(cataloguePriceFor(herbs, offers)?.productCode).toBe('121190');
  });

  it('ignores items in another currency, of another product, in units that do not convert, or without a price', () => {
    expect(
      cataloguePriceFor(herbs, [
        offer({ currency: 'EUR' }),
        offer({ productCode: '090111' }),
        offer({ unit: 'pieces' }),
        offer({ priceMin: null, priceMax: null }),
      ]),
    ).toBeUndefined();
    expect(cataloguePriceFor({ ...herbs, currency: null }, [offer({})])).toBeUndefined();
  });
});

describe('catalogue price text', () => {
  it('writes a price range as people read it, or nothing without a price', () => {
    const base = { priceMin: null, priceMax: null, currency: null, unit: 'kg' };
    expect(priceRangeText(base)).toBeUndefined();
    expect(priceRangeText({ ...base, priceMin: 1200, priceMax: 1200, currency: 'USD', unit: 't' })).toBe(
      '1200 USD / t',
    );
    expect(priceRangeText({ ...base, priceMin: 28, priceMax: 35, currency: 'EUR', unit: 't' })).toBe(
      '28–35 EUR / t',
    );
    expect(priceRangeText({ ...base, priceMax: 3.456 })).toBe('3.46 / kg');
    expect(priceRangeText({ ...base, priceMin: 1500, currency: 'EUR' }, (n) => n.toLocaleString('en'))).toBe(
      '1,500 EUR / kg',
    );
  });
});
