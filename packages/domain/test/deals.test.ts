import fc from 'fast-check';
import {
  DealError,
  assertAwardQuantity,
  assertTakesOffers,
  availableThroughout,
  committedInMonth,
  defaultAllocation,
  deliveryMonths,
  landedCost,
  ledgerShortfalls,
  monthsFrom,
  offersUnsealed,
  stageAfterAward,
} from '../src/index.js';

const line = (quantity: number, extra: Partial<Parameters<typeof committedInMonth>[0]> = {}) => ({
  quantity,
  unit: 't' as const,
  period: 'MONTH' as const,
  offerable: true,
  availableMonths: [] as number[],
  ...extra,
});

describe('the capacity ledger', () => {
  it('delivers a recurring need in every month from start to end, across a year end; a one-off in its month', () => {
    expect(deliveryMonths({ startDate: '2027-11-15', endDate: '2028-02-01' })).toEqual([
      '2027-11',
      '2027-12',
      '2028-01',
      '2028-02',
    ]);
    expect(deliveryMonths({ startDate: '2027-06-30', endDate: null })).toEqual(['2027-06']);
    expect(monthsFrom('2026-12-04', 3)).toEqual(['2026-12', '2027-01', '2027-02']);
  });

  it('commits a line’s monthly rate in season only, and nothing once it no longer counts towards an offer', () => {
    expect(committedInMonth(line(12, { period: 'YEAR' }), '2027-03')).toBeCloseTo(1);
    expect(committedInMonth(line(5, { availableMonths: [6, 7, 8] }), '2027-07')).toBe(5);
    expect(committedInMonth(line(5, { availableMonths: [6, 7, 8] }), '2027-03')).toBe(0);
    expect(committedInMonth(line(5, { offerable: false }), '2027-07')).toBe(0);
  });

  it('names the months where a draw does not fit, with what is committed, reserved and left', () => {
    const reserved = new Map([['2027-02', 7]]);
    expect(ledgerShortfalls(line(10), ['2027-01', '2027-02'], reserved, 4)).toEqual([
      { month: '2027-02', committed: 10, reserved: 7, available: 3, requested: 4 },
    ]);
    expect(ledgerShortfalls(line(10), ['2027-01', '2027-02'], reserved, 3)).toEqual([]);
    expect(availableThroughout(line(10), ['2027-01', '2027-02'], reserved)).toBe(3);
  });

  it('never lets accepted draws add up to more than a line commits (any order, any sizes)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 40 }),
        (committed, draws) => {
          const reserved = new Map<string, number>();
          for (const draw of draws)
            if (ledgerShortfalls(line(committed), ['2027-05'], reserved, draw).length === 0)
              reserved.set('2027-05', (reserved.get('2027-05') ?? 0) + draw);
          expect(reserved.get('2027-05') ?? 0).toBeLessThanOrEqual(committed);
        },
      ),
    );
  });
});

describe('offers and awards', () => {
  it('takes offers while the need is open or evaluating and its deadline has not passed', () => {
    expect(() =>
      assertTakesOffers({ status: 'OPEN', responseDeadline: '2027-01-31' }, '2027-01-31'),
    ).not.toThrow();
    expect(() => assertTakesOffers({ status: 'OPEN', responseDeadline: '2027-01-31' }, '2027-02-01')).toThrow(
      DealError,
    );
    expect(() =>
      assertTakesOffers({ status: 'AWARDED', responseDeadline: '2027-01-31' }, '2027-01-01'),
    ).toThrow(/awarded need takes no offers/);
  });

  it('keeps sealed offers closed until the day after the deadline', () => {
    expect(offersUnsealed({ sealOffers: true, responseDeadline: '2027-01-31' }, '2027-01-31')).toBe(false);
    expect(offersUnsealed({ sealOffers: true, responseDeadline: '2027-01-31' }, '2027-02-01')).toBe(true);
    expect(offersUnsealed({ sealOffers: false, responseDeadline: '2027-01-31' }, '2027-01-01')).toBe(true);
  });

  it('adds transport to the landed cost unless the Incoterm delivers to the buyer', () => {
    expect(landedCost({ price: 100, incoterm: 'FCA', transportPerUnit: 12 })).toBe(112);
    expect(landedCost({ price: 100, incoterm: 'DAP', transportPerUnit: 12 })).toBe(100);
    expect(landedCost({ price: 100, incoterm: 'EXW', transportPerUnit: null })).toBe(100);
  });

  it('splits an offer over the lines with most available first, or says it cannot', () => {
    const lines = [
      { lineId: 'a', available: 2 },
      { lineId: 'b', available: 5 },
      { lineId: 'c', available: 0 },
    ];
    expect(defaultAllocation(6, lines)).toEqual([
      { lineId: 'b', quantity: 5 },
      { lineId: 'a', quantity: 1 },
    ]);
    expect(defaultAllocation(7.5, lines)).toBeUndefined();
  });

  it('awards at most what was offered', () => {
    expect(() => assertAwardQuantity({ quantity: 10 }, 10)).not.toThrow();
    expect(() => assertAwardQuantity({ quantity: 10 }, 10.5)).toThrow(/cannot take more/);
  });

  it('brings a linkage to the agreement, never back from supplying', () => {
    expect(stageAfterAward(undefined)).toBe('AGREEMENT');
    expect(stageAfterAward('INTRODUCED')).toBe('AGREEMENT');
    expect(stageAfterAward('SUPPLYING')).toBe('SUPPLYING');
    expect(stageAfterAward('ENDED')).toBe('AGREEMENT');
  });
});
