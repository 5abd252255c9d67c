import {
  type CoalitionCandidate,
  type CoalitionOptions,
  deliveryPeriods,
  proposeCoalitions,
  proposeSeasonalCoalitions,
  renderMessage,
  renderSentences,
} from '../src/index.js';
import { LIMA, TODAY, coalitionSupplier, herbsNeed } from './support/fixtures.js';

// Suppliers in Lima, transport free: landed cost is the price, so the sums can be done by hand.
const options: CoalitionOptions = {
  today: TODAY,
  transportCostPerUnitKm: 0,
  coordinationCostPerSupplier: 50,
};

/** A supplier in Lima with `perMonth` t available in each listed month (and nothing in the others). */
function harvester(
  supplierId: string,
  price: number,
  months: Record<string, number>,
  over: Partial<CoalitionCandidate> = {},
): CoalitionCandidate {
  const peak = Math.max(...Object.values(months));
  return coalitionSupplier({
    supplierId,
    location: LIMA,
    capacity: { quantity: peak, unit: 't', period: 'MONTH' },
    unitPrice: { amount: price, per: 't' },
    units: [{ memberId: null, quantity: peak, certifications: [], byMonth: new Map(Object.entries(months)) }],
    ...over,
  });
}

const monthsOf = (from: number, to: number, year: number, quantity: number) =>
  Object.fromEntries(
    Array.from({ length: to - from + 1 }, (_, k) => [
      `${year}-${String(from + k).padStart(2, '0')}`,
      quantity,
    ]),
  );

describe('deliveryPeriods', () => {
  it('gives one period per month of the schedule, with the demand per month and the delivery days in it', () => {
    const periods = deliveryPeriods(
      herbsNeed({ quantity: 24, period: 'YEAR', startDate: '2027-03-15', endDate: '2027-05-10' }),
    );
    expect(periods).toEqual([
      { month: '2027-03', firstDay: '2027-03-15', lastDay: '2027-03-31', demand: 2 },
      { month: '2027-04', firstDay: '2027-04-01', lastDay: '2027-04-30', demand: 2 },
      { month: '2027-05', firstDay: '2027-05-01', lastDay: '2027-05-10', demand: 2 },
    ]);
  });
});

describe('proposeSeasonalCoalitions: hand-checked cases', () => {
  it('covers March to October only with a spring and an autumn harvester together', () => {
    // 2 t/month from March to October. Spring (Mar–Jun) and Autumn (Jul–Oct) each cover half the
    // season; Summer (May–Aug, at 40) is cheap but leaves both ends uncovered; no one covers every month.
    const need = herbsNeed({ quantity: 2, startDate: '2027-03-01', endDate: '2027-10-31' });
    const result = proposeSeasonalCoalitions(
      need,
      [
        harvester('spring', 100, monthsOf(3, 6, 2027, 5)),
        harvester('autumn', 110, monthsOf(7, 10, 2027, 5)),
        harvester('summer', 40, monthsOf(5, 8, 2027, 5)),
      ],
      options,
    );
    const best = result.best!;
    expect(best.schedule!.partial).toBe(false);
    expect(best.provenOptimal).toBe(true);
    // Summer undercuts both in May–August: it saves 2 × 2 × 60 + 2 × 2 × 70 = 520, more than the
    // 8 × 50 its coordination costs (once per member, valued over the 8 months): it joins.
    expect(best.allocations.map((a) => a.supplierId).sort()).toEqual(['autumn', 'spring', 'summer']);
    const by = new Map(best.allocations.map((a) => [a.supplierId, a.perPeriod]));
    expect(by.get('spring')).toEqual([2, 2, 0, 0, 0, 0, 0, 0]);
    expect(by.get('summer')).toEqual([0, 0, 2, 2, 2, 2, 0, 0]);
    expect(by.get('autumn')).toEqual([0, 0, 0, 0, 0, 0, 2, 2]);
    // Schedule cost: 4 × 100 + 8 × 40 + 4 × 110 + 3 members × 8 months × 50 = 2360, per month 295.
    expect(best.objective).toBeCloseTo(2360 / 8, 9);
    expect(best.schedule!.periods.every((p) => p.supplied === 2 && p.available === 2)).toBe(true);
    expect(result.bestSingle).toBeUndefined(); // nobody covers the season alone
  });

  it('uses only the spring and the autumn harvester when coordinating a third costs more than it saves', () => {
    const need = herbsNeed({ quantity: 2, startDate: '2027-03-01', endDate: '2027-10-31' });
    const result = proposeSeasonalCoalitions(
      need,
      [
        harvester('spring', 100, monthsOf(3, 6, 2027, 5)),
        harvester('autumn', 110, monthsOf(7, 10, 2027, 5)),
        harvester('summer', 95, monthsOf(5, 8, 2027, 5)),
      ],
      options,
    );
    // Summer would save 2 × 2 × 5 + 2 × 2 × 15 = 80 and costs 400 to coordinate.
    expect(result.best!.allocations.map((a) => a.supplierId).sort()).toEqual(['autumn', 'spring']);
    expect(result.best!.objective).toBeCloseTo((8 * 100 + 8 * 110 + 2 * 8 * 50) / 8, 9);
    expect(renderSentences(result.best!.explanation, 'en')).toContain(
      '2 suppliers cover 16 of 16 t over 8 months, March 2027 to October 2027',
    );
  });

  it('proposes a partial coalition with the shortfall when no one can serve August in full', () => {
    const need = herbsNeed({ quantity: 4, startDate: '2027-06-01', endDate: '2027-09-30' });
    const result = proposeSeasonalCoalitions(
      need,
      [
        harvester('north', 100, { '2027-06': 4, '2027-07': 4, '2027-08': 1.5, '2027-09': 4 }),
        harvester('south', 120, { '2027-06': 3, '2027-08': 1, '2027-09': 3 }),
      ],
      options,
    );
    const best = result.best!;
    expect(best.schedule!.partial).toBe(true);
    expect(best.schedule!.periods.map((p) => [p.month, p.available, p.supplied])).toEqual([
      ['2027-06', 4, 4],
      ['2027-07', 4, 4],
      ['2027-08', 2.5, 2.5],
      ['2027-09', 4, 4],
    ]);
    // August needs both; the other months are north's alone.
    const by = new Map(best.allocations.map((a) => [a.supplierId, a.perPeriod]));
    expect(by.get('north')).toEqual([4, 4, 1.5, 4]);
    expect(by.get('south')).toEqual([0, 0, 1, 0]);
    const english = renderSentences(best.explanation, 'en');
    expect(english).toContain('Partial');
    expect(english).toContain('August 2027: 2.5 of 4 t available');
    expect(renderSentences(best.explanation, 'fr')).toContain('août 2027 : 2,5 t disponibles sur 4');
  });

  it('leaves out a member whose shipments would be smaller than the minimum lot', () => {
    // 10 t/month, March to May. Small (2 t at 50) with Big (10 t at 100) costs 2 × 50 + 8 × 100 + 50
    // coordination a month = 950 + 50, less than Big alone (1000 + 50); a 3 t lot rules Small out.
    const base = herbsNeed({ quantity: 10, startDate: '2027-03-01', endDate: '2027-05-31' });
    const suppliers = [
      harvester('small', 50, monthsOf(3, 5, 2027, 2)),
      harvester('big', 100, monthsOf(3, 5, 2027, 10)),
    ];
    const free = proposeSeasonalCoalitions(base, suppliers, options);
    expect(free.best!.allocations.map((a) => a.supplierId).sort()).toEqual(['big', 'small']);
    const lotted = proposeSeasonalCoalitions({ ...base, minimumLot: 3 }, suppliers, options);
    expect(lotted.best!.allocations.map((a) => a.supplierId)).toEqual(['big']);
    expect(lotted.excluded.map((e) => [e.supplierId, renderMessage(e.reason, 'en')])).toEqual([
      ['small', 'ships less than the minimum lot of 3 t in every delivery month'],
    ]);
  });

  it('uses a member only in the months its certificate covers', () => {
    // EACH_SUPPLIER GLOBALG.A.P.: Lapsing's certificate ends 30 April, so it supplies March and April only.
    const gap = (validUntil: string) => [
      { standardCode: 'GLOBALGAP_IFA', validUntil, verification: 'THIRD_PARTY_VERIFIED' as const },
    ];
    const need = herbsNeed({
      quantity: 3,
      startDate: '2027-03-01',
      endDate: '2027-06-30',
      requirements: [{ standardCode: 'GLOBALGAP_IFA', level: 'EACH_SUPPLIER', mustHoldNow: true }],
    });
    const result = proposeSeasonalCoalitions(
      need,
      [
        harvester('lapsing', 50, monthsOf(3, 6, 2027, 3), { certifications: gap('2027-04-30') }),
        harvester('steady', 100, monthsOf(3, 6, 2027, 3), { certifications: gap('2028-06-30') }),
      ],
      options,
    );
    const by = new Map(result.best!.allocations.map((a) => [a.supplierId, a.perPeriod]));
    expect(by.get('lapsing')).toEqual([3, 3, 0, 0]);
    expect(by.get('steady')).toEqual([0, 0, 3, 3]);
  });

  it('ranks an all-year need with all-year suppliers as the single-period model does', () => {
    const need = herbsNeed({ quantity: 30, startDate: '2027-01-01', endDate: '2027-12-31' });
    const suppliers = [12, 11, 10, 40].map((q, i) =>
      coalitionSupplier({
        supplierId: `s${i}`,
        location: LIMA,
        capacity: { quantity: q, unit: 't', period: 'MONTH' },
        unitPrice: { amount: [100, 110, 120, 135][i]!, per: 't' },
      }),
    );
    const seasonal = proposeSeasonalCoalitions(need, suppliers, options).best!;
    const single = proposeCoalitions(need, suppliers, options).best!;
    expect(seasonal.allocations.map((a) => a.supplierId)).toEqual(
      single.allocations.map((a) => a.supplierId),
    );
    seasonal.allocations.forEach((a, k) =>
      expect(a.quantity).toBeCloseTo(single.allocations[k]!.quantity, 9),
    );
    expect(seasonal.objective).toBeCloseTo(single.objective, 6);
  });
});
