import {
  type CoalitionOptions,
  type HeldCertification,
  type SupplierCandidate,
  STANDARDS_REGISTRY,
  formatMoney,
  holderRequirement,
  matchSuppliers,
  message,
  prepareRequirements,
  proposeCoalitions,
} from '../src/index.js';
import {
  LIMA,
  TODAY,
  coalitionSupplier,
  english,
  englishText,
  herbsNeed,
  supplier,
} from './support/fixtures.js';

const held = (standardCode: string, validUntil = '2028-06-30'): HeldCertification => ({
  standardCode,
  validUntil,
  verification: 'THIRD_PARTY_VERIFIED',
});
const inLima = { country: 'PE', location: LIMA };
const options: CoalitionOptions = {
  today: TODAY,
  transportCostPerUnitKm: 0,
  coordinationCostPerSupplier: 0,
  timeBudgetMs: 5_000,
};

describe('ANY_SUPPLIER: one holder in the coalition meets it for all', () => {
  const need = herbsNeed({
    quantity: 30,
    requirements: [{ standardCode: 'ORGANIC_EU', level: 'ANY_SUPPLIER', mustHoldNow: false }],
  });

  it('keeps a non-holder eligible, with a gap that says it can supply beside a holder', () => {
    const { matches, excluded } = matchSuppliers(need, [supplier({ supplierId: 'plain' })], { today: TODAY });
    expect(excluded).toEqual([]);
    expect(matches[0]).toMatchObject({ supplierId: 'plain', eligibility: 'ELIGIBLE', standsAlone: false });
    expect(matches[0]!.gaps).toEqual([
      expect.objectContaining({
        kind: 'CERTIFICATION',
        monthsToClose: 0,
        missing: message('gap.anySupplierNotHeld', { standard: 'ORGANIC_EU' }),
        suggestedAction: message('action.partnerOrObtain', {
          standard: 'ORGANIC_EU',
          route: expect.any(String),
          months: 24,
        }),
      }),
    ]);
  });

  it('lets a holder that covers the volume stand alone', () => {
    const { matches } = matchSuppliers(need, [supplier({ certifications: [held('ORGANIC_EU')] })], {
      today: TODAY,
    });
    expect(matches[0]).toMatchObject({ eligibility: 'ELIGIBLE', standsAlone: true, gaps: [] });
  });

  it('prefers two cheap non-holders and one small holder to the dear holders alone', () => {
    // Non-holders cost 100/t, holders 150/t and 200/t; 30 t needed. The holder need only supply its
    // floor, 1 % of the volume (0.3 t): 0.3×150 + 29.7×100 = 3,015, against 30×200 = 6,000 for the
    // one holder able to serve alone.
    const result = proposeCoalitions(
      need,
      [
        coalitionSupplier({
          ...inLima,
          supplierId: 'plain-1',
          capacity: { quantity: 15, unit: 't', period: 'MONTH' },
        }),
        coalitionSupplier({
          ...inLima,
          supplierId: 'plain-2',
          capacity: { quantity: 15, unit: 't', period: 'MONTH' },
        }),
        coalitionSupplier({
          ...inLima,
          supplierId: 'small-holder',
          capacity: { quantity: 5, unit: 't', period: 'MONTH' },
          unitPrice: { amount: 150, per: 't' },
          certifications: [held('ORGANIC_EU')],
        }),
        coalitionSupplier({
          ...inLima,
          supplierId: 'big-holder',
          capacity: { quantity: 30, unit: 't', period: 'MONTH' },
          unitPrice: { amount: 200, per: 't' },
          certifications: [held('ORGANIC_EU')],
        }),
      ],
      options,
    );
    expect(result.best!.objective).toBeCloseTo(3_015, 6);
    expect(result.best!.allocations.map((a) => [a.supplierId, Math.round(a.quantity * 1e6) / 1e6])).toEqual([
      ['plain-1', 15],
      ['plain-2', 14.7],
      ['small-holder', 0.3],
    ]);
    expect(result.bestSingle).toMatchObject({
      objective: 6_000,
      allocations: [{ supplierId: 'big-holder' }],
    });
  });

  it('counts a supplying member of a group as the holder', () => {
    const group = supplier({
      supplierId: 'group',
      certifications: [],
      units: [
        { memberId: 'organic-farm', quantity: 10, certifications: [held('ORGANIC_EU')] },
        { memberId: 'plain-farm', quantity: 30, certifications: [] },
      ],
    });
    const { matches } = matchSuppliers(need, [group], { today: TODAY });
    expect(matches[0]).toMatchObject({ eligibility: 'ELIGIBLE', standsAlone: true, gaps: [] });
  });
});

describe('EACH_SUPPLIER: every supplying unit holds the standard', () => {
  const need = herbsNeed({
    quantity: 3,
    requirements: [{ standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER', mustHoldNow: true }],
  });
  const member = (memberId: string, quantity: number, certifications: HeldCertification[] = []) => ({
    memberId,
    quantity,
    certifications,
  });

  it("counts members' own certificates when the group holds none", () => {
    const group = supplier({
      supplierId: 'group',
      capacity: { quantity: 3, unit: 't', period: 'MONTH' },
      units: [member('a', 1.5, [held('ORGANIC_EU')]), member('b', 1.5, [held('ORGANIC_EU')])],
    });
    const { matches } = matchSuppliers(need, [group], { today: TODAY });
    expect(matches[0]).toMatchObject({ eligibility: 'ELIGIBLE', standsAlone: true, offerableQuantity: 3 });
  });

  it('keeps counting certificates when the capacity is in a unit that cannot be compared: the unit alone keeps it out', () => {
    // 12,000 l against a need in t: the members' ORGANIC_EU still counts, so "why not" names only the unit.
    const group = supplier({
      supplierId: 'litres',
      capacity: { quantity: 12_000, unit: 'l', period: 'MONTH' },
      units: [member('a', 0, [held('ORGANIC_EU')])],
    });
    const { matches, excluded } = matchSuppliers(need, [group], { today: TODAY });
    expect(matches).toEqual([]);
    expect(excluded[0]!.blockers.map(english)).toEqual([
      'capacity is recorded in l, which cannot be compared with the need’s t',
    ]);
    const own = supplier({
      supplierId: 'own',
      capacity: { quantity: 5, unit: 'l', period: 'MONTH' },
      certifications: [held('ORGANIC_EU')],
    });
    expect(matchSuppliers(need, [own], { today: TODAY }).excluded[0]!.blockers).toEqual([
      message('blocker.unit', { unit: 'l', needUnit: 't' }),
    ]);
  });

  it('excludes a group none of whose capacity counts towards an offer', () => {
    const empty = supplier({ supplierId: 'empty', capacity: { quantity: 0, unit: 't', period: 'MONTH' }, units: [] });
    const { matches, excluded } = matchSuppliers(herbsNeed({ quantity: 3 }), [empty], { today: TODAY });
    expect(matches).toEqual([]);
    expect(excluded[0]!.blockers.map(english)).toEqual(['offers no committed capacity of this product']);
  });

  it("splits a coalition share over exactly the members that comply, in proportion to what each committed", () => {
    const each = herbsNeed({
      quantity: 8,
      requirements: [{ standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER', mustHoldNow: true }],
    });
    const result = proposeCoalitions(
      each,
      [
        coalitionSupplier({
          ...inLima,
          supplierId: 'mixed',
          capacity: { quantity: 9, unit: 't', period: 'MONTH' },
          units: [member('a', 3, [held('ORGANIC_EU')]), member('b', 1, [held('ORGANIC_EU')]), member('c', 5)],
        }),
        coalitionSupplier({
          ...inLima,
          supplierId: 'organic',
          capacity: { quantity: 6, unit: 't', period: 'MONTH' },
          certifications: [held('ORGANIC_EU')],
        }),
      ],
      options,
    );
    const mixed = result.best!.allocations.find((a) => a.supplierId === 'mixed')!;
    // 4 t of its 9 t qualifies (members a and b); c holds no certificate and supplies nothing.
    expect(mixed.quantity).toBeLessThanOrEqual(4 + 1e-9);
    expect(mixed.members.map((m) => m.memberId)).toEqual(['a', 'b']);
    expect(mixed.members[0]!.quantity / mixed.members[1]!.quantity).toBeCloseTo(3, 6);
    expect(mixed.members.reduce((sum, m) => sum + m.quantity, 0)).toBeCloseTo(mixed.quantity, 9);
  });

  it('does not let members who each hold a different required standard add up to a compliant group', () => {
    const two = herbsNeed({
      quantity: 3,
      requirements: [
        { standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER', mustHoldNow: true },
        { standardCode: 'HACCP', level: 'EACH_SUPPLIER', mustHoldNow: true },
      ],
    });
    const split = supplier({
      supplierId: 'split',
      capacity: { quantity: 4, unit: 't', period: 'MONTH' },
      units: [member('organic-only', 2, [held('ORGANIC_EU')]), member('haccp-only', 2, [held('HACCP')])],
    });
    const { matches, excluded } = matchSuppliers(two, [split], { today: TODAY });
    expect(matches).toEqual([]);
    expect(excluded[0]!.blockers.map(english)).toEqual([
      'does not hold ORGANIC_EU, which the buyer requires now',
      'does not hold HACCP, which the buyer requires now',
    ]);
  });

  it('offers only the capacity of compliant members, and says so', () => {
    const group = supplier({
      supplierId: 'group',
      capacity: { quantity: 3, unit: 't', period: 'MONTH' },
      units: [
        member('a', 0.7, [held('ORGANIC_EU')]),
        member('b', 0.5, [held('ORGANIC_EU')]),
        member('c', 0.6),
        member('d', 0.6),
        member('e', 0.6),
      ],
    });
    const { matches } = matchSuppliers(need, [group], { today: TODAY });
    expect(matches[0]).toMatchObject({ eligibility: 'ELIGIBLE', standsAlone: false, offerableQuantity: 1.2 });
    expect(matches[0]!.components.capacity).toBe(0.4);
    // In quantities, not heads: the lead firm may not see every member (decision 0007).
    expect(englishText(matches[0]!.explanation)).toContain(
      'Only members holding ORGANIC_EU qualify: 1.2 of 3 t/month',
    );
    expect(matches[0]!.gaps).toEqual([
      expect.objectContaining({
        kind: 'CAPACITY',
        missing: message('gap.capacity', {
          short: 1.8,
          offered: 1.2,
          quantity: 3,
          unit: 't',
          period: 'MONTH',
        }),
      }),
    ]);
  });

  it('splits a coalition share over exactly the compliant members', () => {
    const group = coalitionSupplier({
      ...inLima,
      supplierId: 'group',
      capacity: { quantity: 4, unit: 't', period: 'MONTH' },
      units: [member('a', 2, [held('ORGANIC_EU')]), member('b', 1, [held('ORGANIC_EU')]), member('c', 1)],
    });
    const result = proposeCoalitions(need, [group], options);
    expect(result.best!.allocations).toEqual([
      expect.objectContaining({
        supplierId: 'group',
        quantity: 3,
        members: [
          { memberId: 'a', quantity: 2 },
          { memberId: 'b', quantity: 1 },
        ],
      }),
    ]);
  });

  it("counts a covering group certificate for every member, and a non-covering one for the group's own lines only", () => {
    const covered = herbsNeed({
      quantity: 3,
      requirements: [{ standardCode: 'FAIRTRADE_SPO', level: 'EACH_SUPPLIER', mustHoldNow: true }],
    });
    const group = (certifications: HeldCertification[]): SupplierCandidate =>
      supplier({
        supplierId: 'group',
        capacity: { quantity: 3, unit: 't', period: 'MONTH' },
        certifications,
        units: [member('a', 2), { memberId: null, quantity: 1, certifications: [] }],
      });
    expect(
      matchSuppliers(covered, [group([held('FAIRTRADE_SPO')])], { today: TODAY }).matches[0],
    ).toMatchObject({
      offerableQuantity: 3,
    });
    const plant = herbsNeed({
      quantity: 3,
      requirements: [{ standardCode: 'ISO_22000', level: 'EACH_SUPPLIER', mustHoldNow: true }],
    });
    expect(matchSuppliers(plant, [group([held('ISO_22000')])], { today: TODAY }).matches[0]).toMatchObject({
      offerableQuantity: 1,
    });
  });

  it('GROUP_COVERS takes a group certificate of a covering scheme, not members holding it individually', () => {
    const need = herbsNeed({
      requirements: [{ standardCode: 'GLOBALGAP_IFA', level: 'GROUP_COVERS', mustHoldNow: true }],
    });
    const individually = supplier({ units: [member('a', 40, [held('GLOBALGAP_IFA')])] });
    const { excluded } = matchSuppliers(need, [individually], { today: TODAY });
    expect(excluded[0]!.blockers.map(english)).toEqual([
      'does not hold GLOBALGAP_IFA, which the buyer requires now',
    ]);
  });
});

describe('a certificate that lapses before deliveries start', () => {
  it('is a renewal gap that makes a conditional match, dated by the first delivery', () => {
    // Organic certificate ends 2027-01-10; deliveries run 2027-04-01 to 2028-03-31: 129 days to renew.
    const need = herbsNeed({
      startDate: '2027-04-01',
      endDate: '2028-03-31',
      requirements: [{ standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER', mustHoldNow: false }],
    });
    const { matches } = matchSuppliers(
      need,
      [supplier({ certifications: [held('ORGANIC_EU', '2027-01-10')] })],
      {
        today: TODAY,
      },
    );
    expect(matches[0]).toMatchObject({ eligibility: 'CONDITIONAL' });
    expect(matches[0]!.gaps).toEqual([
      expect.objectContaining({ kind: 'CERTIFICATION', monthsToClose: 3, closeBy: '2027-04-01' }),
    ]);
    expect(englishText(matches[0]!.explanation)).toMatch(
      /^Conditional: can close its gaps in time; the slowest takes about 3 months and must be closed before deliveries start on Apr 1, 2027\./,
    );
  });

  it("names the buyer's own obtain-by date, not the first delivery, when that is the deadline", () => {
    const need = herbsNeed({
      startDate: '2027-09-01',
      requirements: [
        { standardCode: 'HACCP', level: 'EACH_SUPPLIER', mustHoldNow: false, obtainBy: '2027-06-15' },
      ],
    });
    const { matches } = matchSuppliers(need, [supplier()], { today: TODAY });
    expect(englishText(matches[0]!.explanation)).toContain('must be closed by Jun 15, 2027');
  });
});

describe('coalition against the best single supplier', () => {
  it('proposes two smaller suppliers with minimum orders that cost 40 % less than the one that covers alone', () => {
    const need = herbsNeed({ quantity: 10, currency: 'USD' });
    const result = proposeCoalitions(
      need,
      [
        coalitionSupplier({
          ...inLima,
          supplierId: 'big',
          capacity: { quantity: 10, unit: 't', period: 'MONTH' },
          unitPrice: { amount: 1_000, per: 't' },
        }),
        ...['small-1', 'small-2'].map((supplierId) =>
          coalitionSupplier({
            ...inLima,
            supplierId,
            capacity: { quantity: 5, unit: 't', period: 'MONTH' },
            minimumOrder: { quantity: 5, unit: 't', period: 'MONTH' },
            unitPrice: { amount: 550, per: 't' },
          }),
        ),
      ],
      { ...options, coordinationCostPerSupplier: 250 },
    );
    // Coalition: 10 t × 550 + 2 × 250 = 6,000; big alone: 10,000 + 250 = 10,250 (41 % dearer).
    expect(result.best!.objective).toBeCloseTo(6_000, 6);
    expect(result.bestSingle).toMatchObject({ objective: 10_250, allocations: [{ supplierId: 'big' }] });
    expect(englishText(result.best!.explanation)).toContain('at a landed cost of USD 6,000.00 per month');
  });

  it('reports no separate single supplier when one supplier is itself the cheapest answer', () => {
    const result = proposeCoalitions(
      herbsNeed({ quantity: 10 }),
      [
        coalitionSupplier({
          ...inLima,
          supplierId: 'only',
          capacity: { quantity: 10, unit: 't', period: 'MONTH' },
        }),
      ],
      options,
    );
    expect(result.best!.allocations.map((a) => a.supplierId)).toEqual(['only']);
    expect(result.bestSingle).toBeUndefined();
  });
});

describe('formatMoney', () => {
  it('groups digits and names the currency', () => {
    expect(formatMoney(1234567.891, 'EUR')).toBe('EUR 1,234,567.89');
    expect(formatMoney(42, undefined)).toBe('42');
  });
});

describe('which requirements let candidate generation leave a supplier out', () => {
  const prepared = (requirement: Parameters<typeof prepareRequirements>[0][number]) =>
    prepareRequirements([requirement], STANDARDS_REGISTRY)[0]!;
  const need = { startDate: '2027-01-15' };

  it('a standard required now: a valid certificate today, of any accepted scheme', () => {
    const filter = holderRequirement(prepared({ standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER', mustHoldNow: true }), need, TODAY);
    expect(filter).toMatchObject({ validOn: TODAY, groupOnly: false });
    expect(filter!.codes).toContain('ORGANIC_EU');
  });

  it('a standard that cannot be obtained by the first delivery, but not one that can', () => {
    // Organic takes about two years; ISO 9001 about nine months.
    expect(holderRequirement(prepared({ standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER', mustHoldNow: false }), need, TODAY)).toMatchObject({
      validOn: undefined,
    });
    expect(
      holderRequirement(prepared({ standardCode: 'ISO_9001', level: 'EACH_SUPPLIER', mustHoldNow: false }), { startDate: '2027-12-31' }, TODAY),
    ).toBeUndefined();
  });

  it('never an ANY_SUPPLIER standard; for GROUP_COVERS only schemes whose group certificate covers members', () => {
    expect(holderRequirement(prepared({ standardCode: 'ORGANIC_EU', level: 'ANY_SUPPLIER', mustHoldNow: true }), need, TODAY)).toBeUndefined();
    const group = holderRequirement(prepared({ standardCode: 'GLOBALGAP_IFA', level: 'GROUP_COVERS', mustHoldNow: true }), need, TODAY)!;
    expect(group.groupOnly).toBe(true);
    const covering = new Set(STANDARDS_REGISTRY.filter((s) => s.coversGroupMembers).map((s) => s.code));
    expect(group.codes.length).toBeGreaterThan(0);
    expect(group.codes.every((code) => covering.has(code))).toBe(true);
  });
});
