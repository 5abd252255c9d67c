import { type NeedMatchesView, type SourcingNeedView, type UpgradingPlanView } from '@linkage/contracts';
import {
  type Actor,
  type TestApp,
  argan,
  createOrganisation,
  createTestApp,
  inDays,
  signUp,
} from './support/test-app.js';
import { leadFirmStaff, platformAdmin, programmeBroker } from './support/viewers.js';
import { eventually, sharedMailDir, startWorker } from './support/worker-process.js';

/**
 * Upgrading plans (decision 0014): a conditional match's gaps become actions with owners, due dates
 * and shared costs; readiness is measured against the first delivery and a year; recording the
 * certificate an action aimed at closes it, and re-matching makes the supplier eligible.
 */
let t: TestApp;
let worker: { stop: () => Promise<void> };

beforeAll(async () => {
  t = await createTestApp();
  worker = await startWorker(await sharedMailDir());
});
afterAll(async () => {
  await worker?.stop();
  await t?.close();
});

async function send<T>(
  actor: Actor,
  method: 'get' | 'post' | 'patch' | 'delete',
  path: string,
  status: number,
  body?: object,
): Promise<T> {
  const req = t.http()[method](path).set(actor.auth);
  return (await (body ? req.send(body) : req).expect(status)).body as T;
}

/** The supplier's match on the need, once matching has run for the need's current state. */
async function matchOf(buyer: Actor, needId: string, supplierId: string, eligibility: string) {
  return eventually(async () => {
    const view = await send<NeedMatchesView>(buyer, 'get', `/needs/${needId}/matches`, 200);
    return view.matches.find((m) => m.supplierId === supplierId && m.eligibility === eligibility);
  }, 20_000);
}

/**
 * A group whose organic certificate lapses in 200 days, enrolled in a programme, matched to a buyer's
 * need delivering from day 150 to day 500: a conditional match whose one gap is the ORGANIC_EU renewal.
 */
async function conditionalMatch() {
  const coordinator = await signUp(t, 'coordinator');
  const group = await createOrganisation(t, coordinator, { kind: 'PRODUCER_GROUP', country: 'MA' });
  await send(coordinator, 'post', `/organisations/${group.id}/capacity-entries`, 201, {
    ...argan,
    committed: true,
  });
  await send(coordinator, 'post', `/organisations/${group.id}/certifications`, 201, {
    standardCode: 'ORGANIC_EU',
    validFrom: inDays(-165),
    validUntil: inDays(200),
  });
  const { broker, programmeId } = await programmeBroker(t, [
    { organisationId: group.id, manager: coordinator },
  ]);
  const { actor: buyer, firm } = await leadFirmStaff(t, { verified: true });
  const need = await send<SourcingNeedView>(buyer, 'post', `/organisations/${firm.id}/needs`, 201, {
    title: 'Organic argan oil',
    productCode: '151590',
    quantity: 2,
    unit: 't',
    period: 'MONTH',
    deliveryCountry: 'MA',
    responseDeadline: inDays(60),
    schedule: { kind: 'RECURRING', startDate: inDays(150), endDate: inDays(500) },
    requirements: [{ standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER' }],
    visibility: 'PUBLIC',
  });
  const match = await matchOf(buyer, need.id, group.id, 'CONDITIONAL');
  return { coordinator, group, broker, programmeId, buyer, firm, need, match };
}

const action = (over: object = {}) => ({
  kind: 'TRAINING',
  title: 'Train the members in organic record keeping',
  owner: 'PROGRAMME',
  dueOn: inDays(60),
  costAmount: 1200,
  currency: 'mad',
  sharing: { LEAD_FIRM: 50, PROGRAMME: 30, SUPPLIER: 20 },
  ...over,
});

describe('a plan from a conditional match', () => {
  let s: Awaited<ReturnType<typeof conditionalMatch>>;
  let plan: UpgradingPlanView;
  beforeAll(async () => {
    s = await conditionalMatch();
    plan = await send<UpgradingPlanView>(s.broker, 'post', '/upgrading-plans', 201, {
      needId: s.need.id,
      supplierId: s.group.id,
    });
  }, 60_000);

  it("carries the match's gaps as proposed actions, and is ready before the first delivery", () => {
    expect(s.match.gaps).toEqual([
      expect.objectContaining({ kind: 'CERTIFICATION', standardCode: 'ORGANIC_EU' }),
    ]);
    expect(plan).toMatchObject({
      supplier: { id: s.group.id },
      need: { id: s.need.id, leadFirm: { id: s.firm.id } },
      linkage: null,
      programmeId: s.programmeId,
      editable: true,
    });
    expect(plan.actions).toEqual([
      expect.objectContaining({
        kind: 'CERTIFICATION',
        standardCode: 'ORGANIC_EU',
        title: s.match.gaps[0]!.suggestedAction,
        gap: s.match.gaps[0]!.missing,
        owner: 'SUPPLIER',
        status: 'PLANNED',
        dueOn: inDays(92),
        sharing: { LEAD_FIRM: 0, PROGRAMME: 0, SUPPLIER: 100 },
        shares: null,
      }),
    ]);
    expect(plan.readiness).toMatchObject({
      readyOn: inDays(92),
      firstDelivery: inDays(150),
      beforeFirstDelivery: true,
      withinHorizon: true,
      warnings: [],
    });
  });

  it('returns the same plan when asked again, and finds it by need and supplier', async () => {
    const again = await send<UpgradingPlanView>(s.coordinator, 'post', '/upgrading-plans', 201, {
      needId: s.need.id,
      supplierId: s.group.id,
    });
    expect(again.id).toBe(plan.id);
    expect(again.actions).toHaveLength(1);
    const found = await send<UpgradingPlanView[]>(
      s.buyer,
      'get',
      `/upgrading-plans?needId=${s.need.id}&supplierId=${s.group.id}`,
      200,
    );
    expect(found.map((p) => p.id)).toEqual([plan.id]);
  });

  it('adds actions with cost sharing, warns when the plan overruns the first delivery and the year, and moves statuses the domain allows', async () => {
    const withTraining = await send<UpgradingPlanView>(
      s.broker,
      'post',
      `/upgrading-plans/${plan.id}/actions`,
      201,
      action({ ownerName: 'Programme officer' }),
    );
    const training = withTraining.actions.find((a) => a.kind === 'TRAINING')!;
    expect(training).toMatchObject({
      currency: 'MAD',
      shares: { LEAD_FIRM: 600, PROGRAMME: 360, SUPPLIER: 240 },
      nextStatuses: ['IN_PROGRESS', 'DONE', 'CANCELLED'],
    });

    const late = await send<UpgradingPlanView>(
      s.coordinator,
      'post',
      `/upgrading-plans/${plan.id}/actions`,
      201,
      action({
        kind: 'EQUIPMENT',
        title: 'Second cold press',
        dueOn: inDays(400),
        costAmount: null,
        currency: null,
      }),
    );
    expect(late.readiness).toMatchObject({
      readyOn: inDays(400),
      beforeFirstDelivery: false,
      inTime: false,
      withinHorizon: false,
    });
    expect(late.readiness.warnings.map((w) => w.code)).toEqual(['LATE_ACTIONS', 'BEYOND_HORIZON']);
    const press = late.actions.find((a) => a.kind === 'EQUIPMENT')!;

    const cancelled = await send<UpgradingPlanView>(
      s.broker,
      'patch',
      `/upgrading-plans/${plan.id}/actions/${press.id}`,
      200,
      { status: 'CANCELLED' },
    );
    expect(cancelled.readiness.warnings).toEqual([]);
    const refused = await send<{ fields: Record<string, string> }>(
      s.broker,
      'patch',
      `/upgrading-plans/${plan.id}/actions/${press.id}`,
      409,
      { status: 'DONE' },
    );
    expect(refused.fields).toEqual({ status: 'From CANCELLED it moves to PLANNED' });

    const removed = await send<UpgradingPlanView>(
      s.broker,
      'delete',
      `/upgrading-plans/${plan.id}/actions/${press.id}`,
      200,
    );
    expect(removed.actions.map((a) => a.id)).not.toContain(press.id);
  });

  it('refuses bad input with 400 naming the field', async () => {
    const bad = await send<{ fields: Record<string, string> }>(
      s.broker,
      'post',
      `/upgrading-plans/${plan.id}/actions`,
      400,
      action({
        kind: 'COFFEE',
        sharing: { LEAD_FIRM: 50, PROGRAMME: 30, SUPPLIER: 10 },
        dueOn: '2027-02-30',
      }),
    );
    expect(Object.keys(bad.fields).sort()).toEqual(['dueOn', 'kind', 'sharing']);
    expect(bad.fields.sharing).toBe('The shares add up to 90%, not 100%');

    const noCurrency = await send<{ fields: Record<string, string> }>(
      s.broker,
      'post',
      `/upgrading-plans/${plan.id}/actions`,
      400,
      action({ currency: undefined }),
    );
    expect(Object.keys(noCurrency.fields)).toEqual(['currency']);

    const misaimed = await send<{ fields: Record<string, string> }>(
      s.broker,
      'post',
      `/upgrading-plans/${plan.id}/actions`,
      400,
      action({ standardCode: 'ORGANIC_EU' }),
    );
    expect(Object.keys(misaimed.fields)).toEqual(['standardCode']);

    const notProvider = await send<{ fields: Record<string, string> }>(
      s.broker,
      'post',
      `/upgrading-plans/${plan.id}/actions`,
      400,
      action({ serviceProviderId: s.group.id }),
    );
    expect(Object.keys(notProvider.fields)).toEqual(['serviceProviderId']);

    const noMatch = await send<{ fields: Record<string, string> }>(
      s.broker,
      'post',
      '/upgrading-plans',
      400,
      {
        needId: 'not-a-uuid',
      },
    );
    expect(Object.keys(noMatch.fields).sort()).toEqual(['needId', 'supplierId']);
  });

  it("lets the lead firm read but not change it, and hides it from other programmes' brokers and outsiders", async () => {
    const read = await send<UpgradingPlanView>(s.buyer, 'get', `/upgrading-plans/${plan.id}`, 200);
    expect(read.editable).toBe(false);
    await send(s.buyer, 'post', `/upgrading-plans/${plan.id}/actions`, 403, action());
    await send(s.buyer, 'post', '/upgrading-plans', 404, { needId: s.need.id, supplierId: s.group.id });

    const { broker: otherBroker } = await programmeBroker(t);
    const outsider = await signUp(t, 'outsider');
    for (const who of [otherBroker, outsider]) {
      await send(who, 'get', `/upgrading-plans/${plan.id}`, 404);
      await send(who, 'post', `/upgrading-plans/${plan.id}/actions`, 404, action());
      await send(who, 'post', '/upgrading-plans', 404, { needId: s.need.id, supplierId: s.group.id });
      expect(
        await send<UpgradingPlanView[]>(who, 'get', `/upgrading-plans?needId=${s.need.id}`, 200),
      ).toEqual([]);
    }
    const admin = await platformAdmin(t);
    expect((await send<UpgradingPlanView>(admin, 'get', `/upgrading-plans/${plan.id}`, 200)).editable).toBe(
      true,
    );
  });

  it('shows a need’s plan to programme staff only while they may read the need, and to its lead firm only while it may see the supplier', async () => {
    // The need becomes INVITED: its lead firm is not enrolled with the group's programme, so that
    // programme's broker may no longer read it, nor a plan that names it.
    await send(s.buyer, 'patch', `/needs/${s.need.id}`, 200, { visibility: 'INVITED' });
    await send(s.broker, 'get', `/upgrading-plans/${plan.id}`, 404);
    expect(
      await send<UpgradingPlanView[]>(s.broker, 'get', `/upgrading-plans?needId=${s.need.id}`, 200),
    ).toEqual([]);
    await send(s.broker, 'post', '/upgrading-plans', 404, { needId: s.need.id, supplierId: s.group.id });
    // The group's own coordinator still reads and writes it.
    expect(
      (await send<UpgradingPlanView>(s.coordinator, 'get', `/upgrading-plans/${plan.id}`, 200)).editable,
    ).toBe(true);
    await send(s.buyer, 'patch', `/needs/${s.need.id}`, 200, { visibility: 'PUBLIC' });
    await send(s.broker, 'get', `/upgrading-plans/${plan.id}`, 200);

    // The group goes discreet (brokers only): the buyer no longer sees it, nor its plan.
    await send(s.coordinator, 'patch', `/organisations/${s.group.id}/profile`, 200, {
      visibility: 'BROKERS',
    });
    await send(s.buyer, 'get', `/upgrading-plans/${plan.id}`, 404);
    expect(
      await send<UpgradingPlanView[]>(s.buyer, 'get', `/upgrading-plans?needId=${s.need.id}`, 200),
    ).toEqual([]);
    await send(s.coordinator, 'patch', `/organisations/${s.group.id}/profile`, 200, { visibility: 'PUBLIC' });
    await send(s.buyer, 'get', `/upgrading-plans/${plan.id}`, 200);
  });

  it('closes the certification action when the renewed certificate is recorded, tells the parties, and the re-matched supplier is eligible', async () => {
    // A renewal that lapses again before the last delivery closes nothing.
    await send(s.coordinator, 'post', `/organisations/${s.group.id}/certifications`, 201, {
      standardCode: 'ORGANIC_EU',
      validFrom: inDays(-1),
      validUntil: inDays(400),
    });
    let current = await send<UpgradingPlanView>(s.broker, 'get', `/upgrading-plans/${plan.id}`, 200);
    expect(current.actions.find((a) => a.kind === 'CERTIFICATION')!.status).toBe('PLANNED');

    const renewed = await send<{ id: string }>(
      s.coordinator,
      'post',
      `/organisations/${s.group.id}/certifications`,
      201,
      {
        standardCode: 'ORGANIC_EU',
        validFrom: inDays(-1),
        validUntil: inDays(800),
      },
    );
    current = await send<UpgradingPlanView>(s.broker, 'get', `/upgrading-plans/${plan.id}`, 200);
    expect(current.actions.find((a) => a.kind === 'CERTIFICATION')).toMatchObject({
      status: 'DONE',
      closedByCertificateId: renewed.id,
      nextStatuses: ['IN_PROGRESS'],
    });
    const told = await t.dataSource.query(
      `SELECT user_id FROM notifications WHERE kind = 'UPGRADING_ACTION_CLOSED' AND link LIKE $1`,
      [`%/upgrading-plans/${plan.id}`],
    );
    expect(told.map((r: { user_id: string }) => r.user_id).sort()).toEqual(
      [s.coordinator.userId, s.buyer.userId, s.broker.userId].sort(),
    );

    const eligible = await matchOf(s.buyer, s.need.id, s.group.id, 'ELIGIBLE');
    expect(eligible.gaps).toEqual([]);
  });
});

describe('a plan for a linkage', () => {
  it('starts from the gaps of the supplier’s matches on the lead firm’s needs, once per linkage, and closes on a certificate update', async () => {
    const s = await conditionalMatch();
    const [linkage] = await t.dataSource.query(
      `INSERT INTO linkages (lead_firm_id, supplier_id, stage) VALUES ($1, $2, 'MEETING') RETURNING id`,
      [s.firm.id, s.group.id],
    );
    // Two people starting the plan at once make one plan, drafted once.
    const [plan, twin] = (await Promise.all(
      [s.broker, s.coordinator].map((who) =>
        send<UpgradingPlanView>(who, 'post', '/upgrading-plans', 201, { linkageId: linkage.id }),
      ),
    )) as [UpgradingPlanView, UpgradingPlanView];
    expect(twin.id).toBe(plan.id);
    const [rows] = await t.dataSource.query(
      `SELECT count(DISTINCT p.id)::int AS plans, count(a.id)::int AS actions
         FROM upgrading_plans p LEFT JOIN upgrading_actions a ON a.plan_id = p.id WHERE p.linkage_id = $1`,
      [linkage.id],
    );
    expect(rows).toEqual({ plans: 1, actions: 1 });
    expect(plan).toMatchObject({ need: null, linkage: { id: linkage.id, leadFirm: { id: s.firm.id } } });
    expect(plan.actions.map((a) => [a.kind, a.standardCode])).toEqual([['CERTIFICATION', 'ORGANIC_EU']]);
    expect(plan.readiness).toMatchObject({ firstDelivery: null, beforeFirstDelivery: null });
    const again = await send<UpgradingPlanView>(s.coordinator, 'post', '/upgrading-plans', 201, {
      linkageId: linkage.id,
    });
    expect(again.id).toBe(plan.id);
    const listed = await send<UpgradingPlanView[]>(
      s.buyer,
      'get',
      `/upgrading-plans?linkageId=${linkage.id}`,
      200,
    );
    expect(listed.map((p) => p.id)).toEqual([plan.id]);

    // Updating a certificate counts as recording it: the extended organic certificate closes the action.
    const [cert] = await send<Array<{ id: string }>>(
      s.coordinator,
      'get',
      `/organisations/${s.group.id}/certifications`,
      200,
    );
    await send(s.coordinator, 'patch', `/certifications/${cert!.id}`, 200, { validUntil: inDays(700) });
    const after = await send<UpgradingPlanView>(s.coordinator, 'get', `/upgrading-plans/${plan.id}`, 200);
    expect(after.actions[0]).toMatchObject({ status: 'DONE', closedByCertificateId: cert!.id });
    expect(after.readiness).toMatchObject({ readyOn: null, warnings: [] });
  }, 60_000);
});
