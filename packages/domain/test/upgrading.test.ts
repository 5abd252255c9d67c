import fc from 'fast-check';
import {
  type CostSharing,
  type Gap,
  STANDARDS_REGISTRY,
  SUPPLIER_PAYS,
  UPGRADING_ACTION_STATUSES,
  addMonths,
  canMoveAction,
  closesAction,
  draftActionsFromGaps,
  message,
  planReadiness,
  sharingProblem,
  splitCost,
} from '../src/index.js';

const TODAY = '2026-11-23';

const gap = (over: Partial<Gap>): Gap => ({
  kind: 'CERTIFICATION',
  standardCode: 'ORGANIC_EU',
  missing: message('gap.renewal', {
    standard: 'ORGANIC_EU',
    held: 'ORGANIC_EU',
    lapses: '2027-02-01',
    lastDelivery: '2027-06-01',
  }),
  monthsToClose: 3,
  closeBy: '2027-05-01',
  suggestedAction: message('action.bookRecertification', { held: 'ORGANIC_EU', lapses: '2027-02-01' }),
  ...over,
});

describe('drafting actions from gaps', () => {
  it('turns a lapsing standard into a certification action aimed at it, due after its months to close', () => {
    const [action] = draftActionsFromGaps([gap({})], TODAY, 'en');
    expect(action).toEqual({
      kind: 'CERTIFICATION',
      title: 'Book the ORGANIC_EU recertification audit before Feb 1, 2027',
      standardCode: 'ORGANIC_EU',
      owner: 'SUPPLIER',
      // 3 months of 30.44 days, rounded up: 92 days.
      dueOn: '2027-02-23',
      neededBy: '2027-05-01',
      gap: 'renewal of ORGANIC_EU: the ORGANIC_EU certificate ends Feb 1, 2027, before the last delivery on Jun 1, 2027',
    });
  });

  it('writes the drafted titles in the language of the person making the plan', () => {
    const [action] = draftActionsFromGaps([gap({})], TODAY, 'es');
    expect(action!.title).toBe('Programar la auditoría de recertificación ORGANIC_EU antes del 1 feb 2027');
  });

  it('gives each other gap kind the work that fits, and a decision gap the gap’s own deadline', () => {
    const drafts = draftActionsFromGaps(
      [
        gap({ kind: 'COMPETENCE', standardCode: undefined, monthsToClose: 3 }),
        gap({ kind: 'CAPACITY', standardCode: undefined, monthsToClose: 0, closeBy: '2027-03-01' }),
        gap({ kind: 'LEAD_TIME', standardCode: undefined, monthsToClose: 0.5 }),
        gap({ kind: 'DISTANCE', standardCode: undefined, monthsToClose: 0, closeBy: '2027-04-01' }),
      ],
      TODAY,
      'en',
    );
    expect(drafts.map((d) => [d.kind, d.standardCode, d.dueOn])).toEqual([
      ['TECHNICAL_ASSISTANCE', null, '2027-02-23'],
      ['EQUIPMENT', null, '2027-03-01'],
      ['TECHNICAL_ASSISTANCE', null, '2026-12-09'],
      ['TECHNICAL_ASSISTANCE', null, '2027-04-01'],
    ]);
  });

  it('keeps a certification gap stored before gaps named their standard, aimed at nothing', () => {
    expect(draftActionsFromGaps([gap({ standardCode: undefined })], TODAY, 'en')[0]).toMatchObject({
      kind: 'CERTIFICATION',
      standardCode: null,
    });
    expect(draftActionsFromGaps([], TODAY, 'en')).toEqual([]);
  });
});

describe('action statuses', () => {
  it('lets work start, finish, be dropped, reopen and be planned again, and nothing else', () => {
    expect(canMoveAction('PLANNED', 'IN_PROGRESS')).toBe(true);
    expect(canMoveAction('IN_PROGRESS', 'DONE')).toBe(true);
    expect(canMoveAction('DONE', 'IN_PROGRESS')).toBe(true);
    expect(canMoveAction('CANCELLED', 'PLANNED')).toBe(true);
    expect(canMoveAction('DONE', 'CANCELLED')).toBe(false);
    expect(canMoveAction('CANCELLED', 'DONE')).toBe(false);
    for (const s of UPGRADING_ACTION_STATUSES) expect(canMoveAction(s, s)).toBe(false);
  });
});

describe('cost sharing', () => {
  it('accepts whole percentages that add up to 100 and says what is wrong otherwise', () => {
    expect(sharingProblem(SUPPLIER_PAYS)).toBeNull();
    expect(sharingProblem({ LEAD_FIRM: 50, PROGRAMME: 30, SUPPLIER: 10 })).toBe(
      'The shares add up to 90%, not 100%',
    );
    expect(sharingProblem({ LEAD_FIRM: 50.5, PROGRAMME: 29.5, SUPPLIER: 20 })).toMatch(/whole percentage/);
    expect(sharingProblem({ LEAD_FIRM: -10, PROGRAMME: 60, SUPPLIER: 50 })).toMatch(/whole percentage/);
  });

  it('splits a cost into parts that add up to it to the cent', () => {
    expect(splitCost(1000, { LEAD_FIRM: 33, PROGRAMME: 33, SUPPLIER: 34 })).toEqual({
      LEAD_FIRM: 330,
      PROGRAMME: 330,
      SUPPLIER: 340,
    });
    expect(splitCost(0.01, { LEAD_FIRM: 50, PROGRAMME: 25, SUPPLIER: 25 })).toEqual({
      LEAD_FIRM: 0.01,
      PROGRAMME: 0,
      SUPPLIER: 0,
    });
  });

  it('never loses or invents a cent, and gives no party a negative part or more than its share rounded up', () => {
    const sharing = fc
      .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
      .map(([a, b]): CostSharing => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return { LEAD_FIRM: lo, PROGRAMME: hi - lo, SUPPLIER: 100 - hi };
      });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000 }), sharing, (cents, shares) => {
        expect(sharingProblem(shares)).toBeNull();
        const parts = splitCost(cents / 100, shares);
        const partCents = Object.values(parts).map((p) => Math.round(p * 100));
        expect(partCents.reduce((a, b) => a + b, 0)).toBe(cents);
        for (const [owner, part] of Object.entries(parts)) {
          const exact = (cents * shares[owner as keyof CostSharing]) / 100;
          expect(Math.round(part * 100)).toBeGreaterThanOrEqual(Math.floor(exact));
          expect(Math.round(part * 100)).toBeLessThanOrEqual(Math.ceil(exact));
        }
      }),
    );
  });
});

describe('plan readiness', () => {
  it('is the latest due date of the open actions, before the first delivery and within a year', () => {
    const r = planReadiness(
      [
        { status: 'PLANNED', dueOn: '2027-02-01', neededBy: null },
        { status: 'IN_PROGRESS', dueOn: '2027-03-01', neededBy: '2027-03-01' },
        // Finished or dropped actions no longer hold the supplier back.
        { status: 'DONE', dueOn: '2027-09-01', neededBy: null },
        { status: 'CANCELLED', dueOn: '2027-10-01', neededBy: null },
      ],
      '2027-04-01',
      TODAY,
    );
    expect(r).toEqual({
      readyOn: '2027-03-01',
      firstDelivery: '2027-04-01',
      beforeFirstDelivery: true,
      inTime: true,
      horizonEnd: '2027-11-23',
      withinHorizon: true,
      warnings: [],
    });
  });

  it('warns when an action finishes after it is needed and when the plan runs beyond the twelve-month horizon', () => {
    const r = planReadiness(
      [{ status: 'PLANNED', dueOn: '2027-12-01', neededBy: null }],
      '2027-04-01',
      TODAY,
    );
    expect([r.beforeFirstDelivery, r.inTime, r.withinHorizon]).toEqual([false, false, false]);
    expect(r.warnings.map((w) => w.code)).toEqual(['LATE_ACTIONS', 'BEYOND_HORIZON']);
    expect(r.warnings[0]!.message).toContain('due 2027-12-01, needed by 2027-04-01');
  });

  it('is in time when a renewal finishes after deliveries start but before the certificate lapses', () => {
    const renewal = { status: 'PLANNED' as const, dueOn: '2027-06-01', neededBy: '2027-10-05' };
    const r = planReadiness([renewal], '2027-01-20', TODAY);
    expect([r.beforeFirstDelivery, r.inTime, r.warnings]).toEqual([false, true, []]);
    const tooLate = planReadiness([{ ...renewal, dueOn: '2027-10-06' }], '2027-01-20', TODAY);
    expect(tooLate.warnings.map((w) => w.code)).toEqual(['LATE_ACTIONS']);
  });

  it('counts being ready on the day of the first delivery, or on the horizon’s last day, as in time', () => {
    const r = planReadiness(
      [{ status: 'PLANNED', dueOn: '2027-11-23', neededBy: null }],
      '2027-11-23',
      TODAY,
    );
    expect([r.beforeFirstDelivery, r.inTime, r.withinHorizon, r.warnings]).toEqual([true, true, true, []]);
  });

  it('is ready now with nothing open, has no first delivery to miss without a need, and flags overdue actions', () => {
    expect(
      planReadiness([{ status: 'DONE', dueOn: '2026-01-01', neededBy: null }], '2027-01-01', TODAY),
    ).toMatchObject({
      readyOn: null,
      beforeFirstDelivery: true,
      inTime: true,
      withinHorizon: true,
      warnings: [],
    });
    const late = planReadiness(
      [
        { status: 'PLANNED', dueOn: '2026-11-01', neededBy: null },
        { status: 'IN_PROGRESS', dueOn: '2026-11-22', neededBy: null },
      ],
      null,
      TODAY,
    );
    expect(late.beforeFirstDelivery).toBeNull();
    expect(late.warnings).toEqual([
      { code: 'OVERDUE_ACTIONS', message: '2 actions are past their due date' },
    ]);
  });

  it('adds calendar months, keeping to the end of shorter months', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 12)).toBe('2027-12-15');
  });
});

describe('a recorded certificate closing a certification action', () => {
  const action = { kind: 'CERTIFICATION' as const, status: 'PLANNED' as const, standardCode: 'ORGANIC_EU' };
  const ctx = {
    supplierId: 'group',
    memberIds: new Set(['member']),
    today: TODAY,
    coverUntil: '2027-12-31',
    registry: STANDARDS_REGISTRY,
  };
  const cert = {
    standardCode: 'ORGANIC_EU',
    holderId: 'group',
    validFrom: '2026-11-01',
    validUntil: '2028-01-31',
  };

  it('closes it when the supplier or a member holds the standard, in force today and through the deliveries', () => {
    expect(closesAction(action, cert, ctx)).toBe(true);
    expect(closesAction(action, { ...cert, holderId: 'member' }, ctx)).toBe(true);
    expect(closesAction({ ...action, status: 'IN_PROGRESS' }, { ...cert, validFrom: null }, ctx)).toBe(true);
    expect(closesAction(action, cert, { ...ctx, coverUntil: null })).toBe(true);
  });

  it('accepts an equivalent scheme the registry recognises, never the reverse', () => {
    const haccp = { ...action, standardCode: 'HACCP' };
    expect(closesAction(haccp, { ...cert, standardCode: 'FSSC_22000' }, ctx)).toBe(true);
    expect(
      closesAction({ ...action, standardCode: 'FSSC_22000' }, { ...cert, standardCode: 'HACCP' }, ctx),
    ).toBe(false);
  });

  it('leaves it open for another holder, another standard, a certificate not yet or no longer in force, or one lapsing before the last delivery', () => {
    expect(closesAction(action, { ...cert, holderId: 'competitor' }, ctx)).toBe(false);
    expect(closesAction(action, { ...cert, standardCode: 'ORGANIC_USDA_NOP' }, ctx)).toBe(false);
    expect(closesAction(action, { ...cert, validFrom: '2026-12-01' }, ctx)).toBe(false);
    expect(closesAction(action, { ...cert, validUntil: '2026-11-22' }, { ...ctx, coverUntil: null })).toBe(
      false,
    );
    expect(closesAction(action, { ...cert, validUntil: '2027-12-30' }, ctx)).toBe(false);
  });

  it('closes only open certification actions aimed at a standard', () => {
    expect(closesAction({ ...action, status: 'DONE' }, cert, ctx)).toBe(false);
    expect(closesAction({ ...action, status: 'CANCELLED' }, cert, ctx)).toBe(false);
    expect(closesAction({ ...action, kind: 'TRAINING' }, cert, ctx)).toBe(false);
    expect(closesAction({ ...action, standardCode: null }, cert, ctx)).toBe(false);
  });
});
