import fc from 'fast-check';
import {
  MATCHING_CONFIG,
  type SupplierCandidate,
  matchSuppliers,
  message,
  requiredProductPrefix,
} from '../src/index.js';
import { TODAY, english, englishText, herbsNeed, supplier } from './support/fixtures.js';

/** Matches then excluded suppliers, in result order. */
const ranked = (...args: Parameters<typeof matchSuppliers>) => {
  const result = matchSuppliers(...args);
  return [...result.matches, ...result.excluded];
};

const certified = (standardCode: string, validUntil = '2028-06-30') => ({
  standardCode,
  validUntil,
  verification: 'THIRD_PARTY_VERIFIED' as const,
});

describe('matchSuppliers: hard filters', () => {
  it('keeps only suppliers of the same HS chapter', () => {
    const matches = ranked(
      herbsNeed(),
      [
        supplier({ supplierId: 'herbs' }),
        supplier({ supplierId: 'coffee', productCodes: ['090111'] }),
        supplier({ supplierId: 'oil', productCodes: ['151590'] }),
      ],
      { today: TODAY },
    );
    expect(matches.map((m) => m.supplierId).sort()).toEqual(['coffee', 'herbs']);
  });

  it('excludes suppliers outside the allowed countries or beyond the maximum distance, saying why', () => {
    const need = herbsNeed({ allowedCountries: ['PE'], maxDistanceKm: 300 });
    const { matches, excluded } = matchSuppliers(
      need,
      [
        supplier({ supplierId: 'near' }),
        supplier({ supplierId: 'ecuador', country: 'EC' }),
        supplier({ supplierId: 'cusco', location: { lat: -13.53, lon: -71.97 } }), // ~570 km from Lima
      ],
      { today: TODAY },
    );
    expect(matches.map((m) => m.supplierId)).toEqual(['near']);
    expect(Object.fromEntries(excluded.map((m) => [m.supplierId, m.blockers.map(english)]))).toEqual({
      ecuador: ['based in Ecuador, outside the countries the buyer accepts'],
      cusco: ['574 km away, beyond the buyer’s limit of 300 km'],
    });
    expect(excluded.every((m) => m.eligibility === 'EXCLUDED')).toBe(true);
  });

  it('lists every reason that keeps a supplier out, not only the first', () => {
    const need = herbsNeed({
      allowedCountries: ['PE'],
      requirements: [{ standardCode: 'GLOBALGAP_IFA', level: 'EACH_SUPPLIER', mustHoldNow: true }],
    });
    const { excluded } = matchSuppliers(need, [supplier({ country: 'EC' })], { today: TODAY });
    expect(excluded[0]!.blockers).toEqual([
      message('blocker.country', { country: 'EC' }),
      message('blocker.notHeldRequiredNow', { standard: 'GLOBALGAP_IFA' }),
    ]);
    expect(englishText(excluded[0]!.explanation)).toMatch(
      /^Not eligible: based in Ecuador, outside the countries the buyer accepts; does not hold GLOBALGAP_IFA/,
    );
  });

  it('excludes suppliers lacking a standard the buyer requires now, or holding it only expired', () => {
    const need = herbsNeed({
      requirements: [{ standardCode: 'GLOBALGAP_IFA', level: 'EACH_SUPPLIER', mustHoldNow: true }],
    });
    const { matches, excluded } = matchSuppliers(
      need,
      [
        supplier({ supplierId: 'holds', certifications: [certified('GLOBALGAP_IFA')] }),
        supplier({ supplierId: 'expired', certifications: [certified('GLOBALGAP_IFA', '2026-11-22')] }),
        supplier({ supplierId: 'none' }),
      ],
      { today: TODAY },
    );
    expect(matches.map((m) => m.supplierId)).toEqual(['holds']);
    expect(Object.fromEntries(excluded.map((m) => [m.supplierId, m.blockers.map(english)]))).toEqual({
      expired: [
        'its GLOBALGAP_IFA certificate expired on Nov 22, 2026, and the buyer requires GLOBALGAP_IFA now',
      ],
      none: ['does not hold GLOBALGAP_IFA, which the buyer requires now'],
    });
  });

  it('counts a group certificate for its members when the scheme covers them (GLOBALG.A.P. option 2), not otherwise', () => {
    const group = (certifications: SupplierCandidate['certifications']) =>
      supplier({
        supplierId: 'group',
        certifications,
        units: [{ memberId: 'farm-1', quantity: 40, certifications: [] }],
      });
    const farm = herbsNeed({
      requirements: [{ standardCode: 'GLOBALGAP_IFA', level: 'GROUP_COVERS', mustHoldNow: true }],
    });
    expect(
      matchSuppliers(farm, [group([certified('GLOBALGAP_IFA')])], { today: TODAY }).matches[0],
    ).toMatchObject({
      supplierId: 'group',
      eligibility: 'ELIGIBLE',
      gaps: [],
    });

    // ISO 22000 certifies one plant: the group's certificate says nothing of its member's.
    const plant = herbsNeed({
      requirements: [{ standardCode: 'ISO_22000', level: 'EACH_SUPPLIER', mustHoldNow: true }],
    });
    const { matches, excluded } = matchSuppliers(plant, [group([certified('ISO_22000')])], { today: TODAY });
    expect(matches).toEqual([]);
    expect(excluded[0]!.blockers.map(english)).toEqual([
      'does not hold ISO_22000, which the buyer requires now',
    ]);
  });

  it('excludes suppliers whose capacity unit cannot be compared', () => {
    const { matches, excluded } = matchSuppliers(
      herbsNeed(),
      [supplier({ capacity: { quantity: 5, unit: 'l', period: 'MONTH' } })],
      { today: TODAY },
    );
    expect(matches).toEqual([]);
    expect(excluded[0]!.blockers).toEqual([message('blocker.unit', { unit: 'l', needUnit: 't' })]);
  });
});

describe('matchSuppliers: eligibility and gaps', () => {
  it('is ELIGIBLE with no gaps when everything fits', () => {
    const [m] = ranked(
      herbsNeed({
        requirements: [{ standardCode: 'GFSI_RECOGNISED', level: 'EACH_SUPPLIER', mustHoldNow: false }],
      }),
      [supplier({ certifications: [certified('BRCGS_FOOD')] })],
      { today: TODAY },
    );
    expect(m).toMatchObject({ eligibility: 'ELIGIBLE', gaps: [] });
    expect(m!.components).toMatchObject({
      product: 1,
      capacity: 1,
      compliance: 1,
      leadTime: 1,
      trackRecord: null,
    });
  });

  it('is CONDITIONAL when a missing standard can be obtained before deliveries start', () => {
    // HACCP typically takes 4 months; deliveries start in a little over 3 months from today → too late,
    // so the buyer's start date is moved to June to leave room.
    const need = herbsNeed({
      startDate: '2027-06-01',
      requirements: [{ standardCode: 'HACCP', level: 'EACH_SUPPLIER', mustHoldNow: false }],
    });
    const [m] = ranked(need, [supplier()], { today: TODAY });
    expect(m!.eligibility).toBe('CONDITIONAL');
    expect(m!.gaps).toEqual([
      expect.objectContaining({
        kind: 'CERTIFICATION',
        missing: message('gap.notHeld', { standard: 'HACCP' }),
        suggestedAction: message('action.obtain', { route: 'HACCP' }),
        monthsToClose: 4,
        closeBy: '2027-06-01',
      }),
    ]);
    expect(englishText(m!.explanation)).toMatch(/^Conditional/);
  });

  it("measures the time to obtain a standard against the buyer's obtain-by date when the requirement gives one", () => {
    // HACCP takes 4 months. Deliveries start 2027-03-01 (too soon); a later obtain-by date makes room…
    const later = herbsNeed({
      requirements: [
        { standardCode: 'HACCP', level: 'EACH_SUPPLIER', mustHoldNow: false, obtainBy: '2027-06-15' },
      ],
    });
    const [conditional] = ranked(later, [supplier()], { today: TODAY });
    expect(conditional!.eligibility).toBe('CONDITIONAL');
    expect(conditional!.gaps[0]).toMatchObject({
      missing: message('gap.notHeld', { standard: 'HACCP' }),
      closeBy: '2027-06-15',
    });
    // …and an earlier one than the start date leaves none, even though deliveries start in June.
    const earlier = herbsNeed({
      startDate: '2027-06-01',
      requirements: [
        { standardCode: 'HACCP', level: 'EACH_SUPPLIER', mustHoldNow: false, obtainBy: '2027-01-15' },
      ],
    });
    const [excluded] = ranked(earlier, [supplier()], { today: TODAY });
    expect(excluded!.eligibility).toBe('EXCLUDED');
    expect(englishText(excluded!.explanation)).toMatch(
      /too long to hold it by the buyer’s deadline of Jan 15, 2027/,
    );
  });

  it('is EXCLUDED, with the reason, when the standard takes longer than the time left', () => {
    const need = herbsNeed({
      requirements: [{ standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER', mustHoldNow: false }],
    });
    const [m] = ranked(need, [supplier()], { today: TODAY });
    expect(m!.eligibility).toBe('EXCLUDED');
    expect(m!.gaps[0]).toMatchObject({
      kind: 'CERTIFICATION',
      missing: message('gap.notHeld', { standard: 'ORGANIC_EU' }),
      monthsToClose: 24,
    });
    expect(englishText(m!.explanation)).toMatch(/^Not eligible: ORGANIC_EU typically takes 24 months/);
  });

  it('excludes a supplier missing a standard the registry does not know, rather than guessing a time', () => {
    const need = herbsNeed({
      requirements: [{ standardCode: 'LOCAL_LABEL_X', level: 'EACH_SUPPLIER', mustHoldNow: false }],
    });
    const [holder, without] = ranked(
      need,
      [
        supplier({ supplierId: 'b' }),
        supplier({ supplierId: 'a', certifications: [certified('LOCAL_LABEL_X')] }),
      ],
      { today: TODAY },
    );
    expect(holder).toMatchObject({ supplierId: 'a', eligibility: 'ELIGIBLE' });
    expect(without).toMatchObject({ supplierId: 'b', eligibility: 'EXCLUDED' });
    expect(englishText(without!.explanation)).toContain('not in the standards registry');
  });

  it('treats a certificate expiring before the last delivery as a renewal gap due before it lapses', () => {
    const need = herbsNeed({
      requirements: [{ standardCode: 'GLOBALGAP_IFA', level: 'EACH_SUPPLIER', mustHoldNow: true }],
    });
    const lapsing = supplier({
      supplierId: 'lapsing',
      certifications: [certified('GLOBALGAP_IFA', '2027-05-31')],
    });
    const lasting = supplier({
      supplierId: 'lasting',
      certifications: [certified('GLOBALGAP_IFA', '2028-01-31')],
    });
    const [first, second] = ranked(need, [lapsing, lasting], { today: TODAY });
    expect(first!.supplierId).toBe('lasting');
    expect(second).toMatchObject({ supplierId: 'lapsing', eligibility: 'CONDITIONAL' });
    expect(second!.gaps).toEqual([
      expect.objectContaining({
        kind: 'CERTIFICATION',
        monthsToClose: MATCHING_CONFIG.renewalMonths,
        closeBy: '2027-05-31',
      }),
    ]);
    expect(second!.components.compliance).toBeLessThan(first!.components.compliance);
  });

  it('excludes a supplier whose lead time makes the first delivery late', () => {
    const [m] = ranked(herbsNeed({ startDate: '2026-12-10' }), [supplier({ leadTimeDays: 45 })], {
      today: TODAY,
    });
    expect(m!.eligibility).toBe('EXCLUDED');
    expect(m!.gaps).toEqual([expect.objectContaining({ kind: 'LEAD_TIME' })]);
    expect(englishText(m!.explanation)).toContain('28 days late'); // 45-day lead time, 17 days to the first delivery
  });

  it('reports a capacity shortfall as a gap closed by joining a coalition, not a reason to exclude', () => {
    const [m] = ranked(herbsNeed(), [supplier({ capacity: { quantity: 120, unit: 't', period: 'YEAR' } })], {
      today: TODAY,
    });
    expect(m!.eligibility).toBe('ELIGIBLE');
    expect(m!.components.capacity).toBe(0.25);
    expect(m!.gaps).toEqual([
      expect.objectContaining({
        kind: 'CAPACITY',
        missing: message('gap.capacity', {
          short: 30,
          offered: 10,
          quantity: 40,
          unit: 't',
          period: 'MONTH',
        }),
        monthsToClose: 0,
      }),
    ]);
  });

  it('flags a supplier of the right chapter but another heading with a competence gap', () => {
    const [m] = ranked(herbsNeed(), [supplier({ productCodes: ['091099'] })], { today: TODAY });
    expect(m!.components.product).toBe(MATCHING_CONFIG.productFitByLevel[2]);
    expect(m!.gaps.map((g) => g.kind)).toEqual(['COMPETENCE']);
    expect(m!.eligibility).toBe('CONDITIONAL');
  });

  it('excludes a supplier of the chapter alone when no trial can finish before deliveries start, and tells candidate generation', () => {
    // 53 days to the first delivery; a trial takes 3 months.
    const soon = herbsNeed({ startDate: '2027-01-15' });
    const [m] = ranked(soon, [supplier({ productCodes: ['091099'] })], { today: TODAY });
    expect(m!.eligibility).toBe('EXCLUDED');
    expect(requiredProductPrefix(soon, TODAY)).toBe('0904');
    expect(requiredProductPrefix(herbsNeed(), TODAY)).toBe('09');
    expect(requiredProductPrefix({ productCode: '09', startDate: '2027-01-15' }, TODAY)).toBe('09');
  });
});

describe('matchSuppliers: ranking', () => {
  it('ranks by score, excluded suppliers last, ties by supplier id', () => {
    const need = herbsNeed({
      requirements: [{ standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER', mustHoldNow: false }],
    });
    const organic = [certified('ORGANIC_EU')];
    const order = ranked(
      need,
      [
        supplier({ supplierId: 'z-organic', certifications: organic }),
        supplier({ supplierId: 'a-not-organic' }),
        supplier({ supplierId: 'b-organic', certifications: organic }),
        supplier({
          supplierId: 'c-organic-small',
          certifications: organic,
          capacity: { quantity: 10, unit: 't', period: 'MONTH' },
        }),
      ],
      { today: TODAY },
    );
    expect(order.map((m) => m.supplierId)).toEqual([
      'b-organic',
      'z-organic',
      'c-organic-small',
      'a-not-organic',
    ]);
    expect(order[3]!.eligibility).toBe('EXCLUDED');
  });

  it('lets a good delivery record lift a supplier over an identical one without history', () => {
    const order = ranked(
      herbsNeed(),
      [
        supplier({ supplierId: 'a-new' }),
        supplier({
          supplierId: 'b-proven',
          trackRecord: { deliveries: 20, onTimeDeliveries: 20, conformingDeliveries: 20 },
        }),
      ],
      { today: TODAY },
    );
    expect(order.map((m) => m.supplierId)).toEqual(['b-proven', 'a-new']);
  });

  const arbitrarySupplier = fc.record({
    supplierId: fc.string({ minLength: 1, maxLength: 6 }),
    country: fc.constantFrom('PE', 'EC', 'BO'),
    location: fc.record({
      lat: fc.double({ min: -20, max: 0, noNaN: true }),
      lon: fc.double({ min: -80, max: -65, noNaN: true }),
    }),
    productCodes: fc.array(fc.constantFrom('090421', '090422', '091099', '151590'), {
      minLength: 1,
      maxLength: 2,
    }),
    capacity: fc.record({
      quantity: fc.double({ min: 0, max: 200, noNaN: true }),
      unit: fc.constantFrom('t' as const, 'kg' as const),
      period: fc.constantFrom('WEEK' as const, 'MONTH' as const, 'YEAR' as const),
    }),
    leadTimeDays: fc.integer({ min: 0, max: 200 }),
    certifications: fc.array(
      fc.record({
        standardCode: fc.constantFrom('GLOBALGAP_IFA', 'ORGANIC_EU', 'BRCGS_FOOD', 'HACCP'),
        validUntil: fc.constantFrom('2026-10-01', '2027-05-31', '2028-12-31'),
        verification: fc.constantFrom(
          'SELF_DECLARED' as const,
          'BROKER_VERIFIED' as const,
          'THIRD_PARTY_VERIFIED' as const,
        ),
      }),
      { maxLength: 3 },
    ),
    trackRecord: fc.option(
      fc.integer({ min: 1, max: 30 }).chain((d) =>
        fc.record({
          deliveries: fc.constant(d),
          onTimeDeliveries: fc.integer({ min: 0, max: d }),
          conformingDeliveries: fc.integer({ min: 0, max: d }),
        }),
      ),
      { nil: undefined },
    ),
  }) satisfies fc.Arbitrary<SupplierCandidate>;

  it('gives scores in [0,1], in result order, and the same answer whatever the input order', () => {
    const need = herbsNeed({
      requirements: [
        { standardCode: 'GFSI_RECOGNISED', level: 'EACH_SUPPLIER', mustHoldNow: false },
        { standardCode: 'GLOBALGAP_IFA', level: 'EACH_SUPPLIER', mustHoldNow: false },
      ],
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitrarySupplier, { selector: (s) => s.supplierId, maxLength: 25 }),
        fc.integer({ min: 1, max: 30 }),
        (suppliers, limit) => {
          const result = matchSuppliers(need, suppliers, { today: TODAY, limit, excludedLimit: limit });
          const reversed = matchSuppliers(need, [...suppliers].reverse(), {
            today: TODAY,
            limit,
            excludedLimit: limit,
          });
          expect(reversed).toEqual(result);
          expect(result.matches.length).toBeLessThanOrEqual(limit);
          expect(result.excluded.length).toBeLessThanOrEqual(limit);
          expect(result.matches.every((m) => m.eligibility !== 'EXCLUDED' && m.blockers.length === 0)).toBe(
            true,
          );
          expect(result.excluded.every((m) => m.eligibility === 'EXCLUDED' && m.blockers.length > 0)).toBe(
            true,
          );
          for (const list of [result.matches, result.excluded]) {
            for (const [i, m] of list.entries()) {
              expect(m.score).toBeGreaterThanOrEqual(0);
              expect(m.score).toBeLessThanOrEqual(1);
              if (m.eligibility === 'ELIGIBLE') expect(m.gaps.every((g) => g.monthsToClose === 0)).toBe(true);
              const next = list[i + 1];
              if (next)
                expect(
                  m.score > next.score || (m.score === next.score && m.supplierId < next.supplierId),
                ).toBe(true);
            }
          }
        },
      ),
    );
  });

  it('returns the same top matches and exclusions as scoring everyone and sorting', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(arbitrarySupplier, { selector: (s) => s.supplierId, maxLength: 40 }),
        (suppliers) => {
          const all = matchSuppliers(herbsNeed(), suppliers, {
            today: TODAY,
            limit: 1000,
            excludedLimit: 1000,
          });
          const top = matchSuppliers(herbsNeed(), suppliers, { today: TODAY, limit: 5, excludedLimit: 3 });
          expect(top).toEqual({ matches: all.matches.slice(0, 5), excluded: all.excluded.slice(0, 3) });
        },
      ),
    );
  });
});
