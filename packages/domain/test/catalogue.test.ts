import { IncompatibleMemberCapacityError, deriveCatalogueCapacity } from '../src/index.js';

describe('catalogue capacity', () => {
  it('sums committed capacity in the item unit and period, per member', () => {
    const capacity = deriveCatalogueCapacity({ unit: 't', period: 'MONTH' }, [
      { memberId: 'coop-a', quantity: 24, unit: 't', period: 'YEAR', committed: true }, // 2 t/month
      { memberId: 'coop-b', quantity: 500, unit: 'kg', period: 'MONTH', committed: true }, // 0.5 t/month
      { memberId: 'coop-a', quantity: 1, unit: 't', period: 'MONTH', committed: true },
      { memberId: 'coop-c', quantity: 9, unit: 't', period: 'MONTH', committed: false },
    ]);
    expect(capacity.quantity).toBeCloseTo(3.5, 10);
    expect(capacity.byMember).toEqual([
      { memberId: 'coop-a', quantity: 3 },
      { memberId: 'coop-b', quantity: 0.5 },
    ]);
  });

  it('offers nothing when no member has committed capacity', () => {
    const capacity = deriveCatalogueCapacity({ unit: 'kg', period: 'WEEK' }, [
      { memberId: 'm', quantity: 5, unit: 'kg', period: 'WEEK', committed: false },
    ]);
    expect(capacity).toEqual({ quantity: 0, unit: 'kg', period: 'WEEK', byMember: [] });
  });

  it('names the member whose capacity is in an incompatible unit', () => {
    const derive = () =>
      deriveCatalogueCapacity({ unit: 't', period: 'MONTH' }, [
        { memberId: 'ok', quantity: 1, unit: 't', period: 'MONTH', committed: true },
        { memberId: 'olive-press-7', quantity: 300, unit: 'l', period: 'MONTH', committed: true },
      ]);
    expect(derive).toThrow(IncompatibleMemberCapacityError);
    expect(derive).toThrow(/olive-press-7.*litres/);
  });

  it('ignores an uncommitted entry even in an incompatible unit', () => {
    expect(
      deriveCatalogueCapacity({ unit: 't', period: 'MONTH' }, [
        { memberId: 'x', quantity: 3, unit: 'l', period: 'MONTH', committed: false },
      ]).quantity,
    ).toBe(0);
  });
});
