import {
  type CoalitionProposalView,
  type ExcludedSupplierView,
  type MyOrganisationView,
  type NeedCoalitionsView,
  type NeedExclusionsView,
  type NeedMatchesView,
  type SourcingNeedView,
} from '@linkage/contracts';
import {
  type Actor,
  type TestApp,
  createOrganisation,
  createTestApp,
  inDays,
  signUp,
} from './support/test-app.js';
import { leadFirmStaff, platformAdmin } from './support/viewers.js';
import { eventually, sharedMailDir, startWorker } from './support/worker-process.js';

/**
 * What matching found for a need, as its lead firm reads it (`/needs/:id/matches`, `/exclusions`,
 * `/coalitions`): the "why not" of the suppliers left out with every blocking reason, counts that
 * say the truth about an empty list, and the visibility rule (decisions 0007, 0008) applied to every
 * row, total and coalition, whether the tiers change by a lead firm's verification or a group's
 * own choice. Each describe works in an HS chapter no other API test file uses, since
 * `suppliersOfProduct` counts every group of the chapter in the run's database.
 */

let t: TestApp;
let worker: { stop: () => Promise<void> };

beforeAll(async () => {
  t = await createTestApp();
  worker = await startWorker(await sharedMailDir());
});
afterAll(async () => {
  await worker.stop();
  await t.close();
});

/** Near Marrakech: where every need here is delivered. */
const MARRAKECH = { lat: 31.63, lon: -7.98 };
const TANGIER = { lat: 35.76, lon: -5.83 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function get<T>(path: string, actor: Actor, status = 200): Promise<T> {
  return (await t.http().get(path).set(actor.auth).expect(status)).body as T;
}

async function post<T>(actor: Actor, path: string, body: object, status = 201): Promise<T> {
  return (await t.http().post(path).set(actor.auth).send(body).expect(status)).body as T;
}

/** A producer group of a tier, placed somewhere (its country's centroid otherwise). */
async function group(
  owner: Actor,
  name: string,
  {
    visibility = 'PUBLIC',
    country = 'MA',
    at,
  }: { visibility?: string; country?: string; at?: { lat: number; lon: number } } = {},
): Promise<MyOrganisationView> {
  const g = await createOrganisation(t, owner, { legalName: name, visibility, country });
  if (at)
    await t
      .http()
      .patch(`/organisations/${g.id}/profile`)
      .set(owner.auth)
      .send({ latitude: at.lat, longitude: at.lon })
      .expect(200);
  return g;
}

/** A committed capacity line per month (the group's own unless a member is named). */
async function line(
  owner: Actor,
  groupId: string,
  productCode: string,
  quantity: number,
  unit = 't',
  memberId?: string,
) {
  await post(owner, `/organisations/${groupId}/capacity-entries`, {
    productCode,
    productLabel: `Product ${productCode}`,
    quantity,
    unit,
    period: 'MONTH',
    committed: true,
    ...(memberId ? { memberId } : {}),
  });
}

async function certify(owner: Actor, groupId: string, standardCode: string, validUntil: string) {
  await post(owner, `/organisations/${groupId}/certifications`, { standardCode, validUntil });
}

const need = (productCode: string, quantity: number, extra: object = {}) => ({
  title: `Need for ${productCode}`,
  productCode,
  quantity,
  unit: 't',
  period: 'MONTH',
  deliveryCountry: 'MA',
  responseDeadline: inDays(30),
  schedule: { kind: 'ONE_OFF', deliverBy: inDays(60) },
  deliveryPlace: MARRAKECH,
  targetPrice: 900,
  currency: 'MAD',
  ...extra,
});

async function postNeed(buyer: Actor, firmId: string, body: object) {
  return post<SourcingNeedView>(buyer, `/organisations/${firmId}/needs`, body);
}

const matchesOf = (needId: string, viewer: Actor, query = '') =>
  get<NeedMatchesView>(`/needs/${needId}/matches${query}`, viewer);
const exclusionsOf = (needId: string, viewer: Actor, query = '') =>
  get<NeedExclusionsView>(`/needs/${needId}/exclusions${query}`, viewer);
const coalitionsOf = (needId: string, viewer: Actor) =>
  get<NeedCoalitionsView>(`/needs/${needId}/coalitions`, viewer);

/** The matches once the worker has matched the need's current version. */
async function ready(needId: string, viewer: Actor): Promise<NeedMatchesView> {
  return eventually(async () => {
    const view = await matchesOf(needId, viewer, '?perPage=100');
    return view.state === 'READY' ? view : undefined;
    // Generous: in the full suite every API test file's matching shares the run's worker queues.
  }, 45_000);
}

/**
 * Waits until the fixtures' changes have all reached the worker and no re-match they caused is still
 * to come (a change re-matches a need after REMATCH_DEBOUNCE_MS, 1.5 s): whatever re-matches the need
 * afterwards is the change a test makes.
 */
async function quiet(needIds: readonly string[], organisationIds: readonly string[]) {
  await eventually(async () => {
    const [row] = await t.dataSource.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM outbox_events
        WHERE dispatched_at IS NULL AND payload->>'organisationId' = ANY($1::text[])`,
      [organisationIds],
    );
    return row?.n === 0 ? true : undefined;
  });
  const stamp = async () =>
    JSON.stringify(
      await t.dataSource.query(
        `SELECT id, matched_at FROM sourcing_needs WHERE id = ANY($1::uuid[]) ORDER BY id`,
        [needIds],
      ),
    );
  let last = await stamp();
  for (;;) {
    await sleep(2_500);
    const now = await stamp();
    if (now === last) return;
    last = now;
  }
}

/** Stored results of a need naming a supplier: its match or exclusion rows, and its coalition allocations. */
async function storedRowsOf(needId: string, supplierId: string) {
  const [row] = await t.dataSource.query<{ matches: number; allocations: number }[]>(
    `SELECT (SELECT count(*)::int FROM matches WHERE need_id = $1 AND supplier_id = $2) AS matches,
            (SELECT count(*)::int FROM coalition_proposals p, jsonb_array_elements(p.allocations) a
              WHERE p.need_id = $1 AND a->>'supplierId' = $2::text) AS allocations`,
    [needId, supplierId],
  );
  return row!;
}

const idsOf = (rows: readonly { supplierId: string }[]) => rows.map((r) => r.supplierId).sort();
const sorted = (...ids: string[]) => [...ids].sort();

/** Every supplier a coalitions view names, in proposals and the single-supplier comparison. */
const coalitionSuppliers = (view: NeedCoalitionsView) =>
  [...view.proposals, ...(view.singleSupplier ? [view.singleSupplier] : [])].flatMap((p) =>
    p.members.map((m) => m.supplierId),
  );

/** A proposal as shown is whole: its members' quantities and shares add up to its total, and each member is named. */
function expectWhole(p: CoalitionProposalView, needQuantity: number) {
  expect(p.members.length).toBeGreaterThan(0);
  expect(p.members.reduce((s, m) => s + m.quantity, 0)).toBeCloseTo(p.totalQuantity, 4);
  expect(p.members.reduce((s, m) => s + m.share, 0)).toBeCloseTo(p.totalQuantity / needQuantity, 4);
  for (const m of p.members) expect(m.supplierName).not.toBe('');
}

describe('why not: the suppliers of the product left out, with every reason', () => {
  const CODE = '080410';
  let coordinator: Actor;
  const s = {} as Record<
    'eligible' | 'lacking' | 'expired' | 'foreign' | 'far' | 'litres',
    MyOrganisationView
  >;
  let buyer: Actor;
  let firm: MyOrganisationView;
  let main: SourcingNeedView;
  const expiredOn = inDays(-10);

  beforeAll(async () => {
    coordinator = await signUp(t, 'why-not-coordinator');
    const near = (d: number) => ({ lat: MARRAKECH.lat + d, lon: MARRAKECH.lon - d });
    s.eligible = await group(coordinator, 'Dattes du Sud', { at: near(0.05) });
    s.lacking = await group(coordinator, 'Dattes sans label', { at: near(0.1) });
    s.expired = await group(coordinator, 'Dattes au label échu', { at: near(0.15) });
    s.foreign = await group(coordinator, 'Dátiles de fuera', { country: 'ES', at: near(0.2) });
    s.far = await group(coordinator, 'Dattes du Nord', { at: TANGIER });
    s.litres = await group(coordinator, 'Sirop de dattes', { at: near(0.25) });
    for (const g of [s.eligible, s.lacking, s.expired, s.foreign, s.far])
      await line(coordinator, g.id, CODE, 12);
    await line(coordinator, s.litres.id, CODE, 12_000, 'l');
    for (const g of [s.eligible, s.foreign, s.far, s.litres])
      await certify(coordinator, g.id, 'GLOBALGAP_IFA', inDays(400));
    await certify(coordinator, s.expired.id, 'GLOBALGAP_IFA', expiredOn);

    ({ actor: buyer, firm } = await leadFirmStaff(t, { verified: false }));
    main = await postNeed(
      buyer,
      firm.id,
      need(CODE, 10, {
        maxDistanceKm: 200,
        allowedCountries: ['MA', 'TN'],
        requirements: [{ standardCode: 'GLOBALGAP_IFA', level: 'EACH_SUPPLIER', mustHoldNow: true }],
      }),
    );
    await ready(main.id, buyer);
  });

  it('lists the excluded suppliers best first, each with the reason that keeps it out', async () => {
    const view = await exclusionsOf(main.id, buyer);
    expect(view).toMatchObject({ needId: main.id, state: 'READY', needVersion: 1, page: 1, total: 5 });
    expect(idsOf(view.excluded)).toEqual(
      sorted(s.lacking.id, s.expired.id, s.foreign.id, s.far.id, s.litres.id),
    );
    expect(view.excluded.map((e) => e.rank)).toEqual([1, 2, 3, 4, 5]);
    for (let i = 1; i < view.excluded.length; i++)
      expect(view.excluded[i - 1]!.score).toBeGreaterThanOrEqual(view.excluded[i]!.score);

    const of = (g: MyOrganisationView): ExcludedSupplierView =>
      view.excluded.find((e) => e.supplierId === g.id)!;
    expect(of(s.lacking).blockers).toEqual([
      expect.stringMatching(/does not hold GLOBALGAP_IFA.*requires.*now/),
    ]);
    expect(of(s.expired).blockers).toEqual([
      expect.stringMatching(/GLOBALGAP_IFA certificate expired on .*requires GLOBALGAP_IFA now/),
    ]);
    expect(of(s.expired).blockerMessages).toEqual([
      expect.objectContaining({
        code: 'blocker.expiredRequiredNow',
        params: { held: 'GLOBALGAP_IFA', expired: expiredOn, standard: 'GLOBALGAP_IFA' },
      }),
    ]);
    expect(of(s.foreign)).toMatchObject({ supplierCountry: 'ES', supplierName: 'Dátiles de fuera' });
    expect(of(s.foreign).blockers).toEqual([expect.stringMatching(/based in Spain, outside the countries/)]);
    const far = of(s.far);
    expect(far.distanceKm).toBeGreaterThan(200);
    expect(far.blockers).toEqual([
      `${Math.round(far.distanceKm!)} km away, beyond the buyer’s limit of 200 km`,
    ]);
    // Its capacity cannot count, but it holds the standard: the unit is the one reason, not a missing certificate.
    expect(of(s.litres).blockers).toEqual([
      expect.stringMatching(/capacity is recorded in l, which cannot be compared with the need’s t/),
    ]);
  });

  it('pages the exclusions, and refuses a page larger than the limit naming the field', async () => {
    const all = await exclusionsOf(main.id, buyer);
    const page2 = await exclusionsOf(main.id, buyer, '?page=2&perPage=2');
    expect(page2).toMatchObject({ page: 2, perPage: 2, total: 5 });
    expect(page2.excluded.map((e) => [e.rank, e.supplierId])).toEqual(
      all.excluded.slice(2, 4).map((e) => [e.rank, e.supplierId]),
    );
    const page3 = await exclusionsOf(main.id, buyer, '?page=3&perPage=2');
    expect(page3.excluded.map((e) => [e.rank, e.supplierId])).toEqual([[5, all.excluded[4]!.supplierId]]);
    const tooMany = await t
      .http()
      .get(`/needs/${main.id}/exclusions?perPage=101`)
      .set(buyer.auth)
      .expect(400);
    expect(tooMany.body.fields).toEqual({ perPage: 'At most 100' });
  });

  it('says how many suppliers of the product there are and how many are excluded', async () => {
    const view = await matchesOf(main.id, buyer);
    expect(view).toMatchObject({ state: 'READY', total: 1, suppliersOfProduct: 6, excludedTotal: 5 });
    expect(view.matches.map((m) => m.supplierId)).toEqual([s.eligible.id]);
  });

  it('tells an empty list apart: a standard nobody holds, or a product nobody records', async () => {
    const nobodyHolds = await postNeed(
      buyer,
      firm.id,
      need(CODE, 10, {
        requirements: [{ standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER', mustHoldNow: true }],
      }),
    );
    const unrecorded = await postNeed(buyer, firm.id, need('970110', 1));
    const held = await ready(nobodyHolds.id, buyer);
    expect(held).toMatchObject({ total: 0, matches: [], suppliersOfProduct: 6, excludedTotal: 6 });
    expect(
      (await exclusionsOf(nobodyHolds.id, buyer)).excluded.every((e) =>
        e.blockers.some((b) => b.includes('ORGANIC_EU')),
      ),
    ).toBe(true);
    expect(await ready(unrecorded.id, buyer)).toMatchObject({
      total: 0,
      matches: [],
      suppliersOfProduct: 0,
      excludedTotal: 0,
    });
  });

  it("answers 404 to anyone but the lead firm's people (and the brokers who may read the need)", async () => {
    const rival = (await leadFirmStaff(t, { verified: true })).actor;
    for (const outsider of [coordinator, rival]) {
      await get(`/needs/${main.id}/exclusions`, outsider, 404);
      await get(`/needs/${main.id}/matches`, outsider, 404);
    }
  });
});

describe('results per viewer: a lead firm sees the tiers its verification opens', () => {
  const CODE = '100630';
  let owner: Actor;
  let buyer: Actor;
  let firm: MyOrganisationView;
  let rice: SourcingNeedView;
  /** Groups serving the need (P1 6 t, P2 5 t, L 6 t, B 20 t: only B covers 10 t alone) and one excluded (litres) per tier. */
  const g = {} as Record<'P1' | 'P2' | 'L' | 'B' | 'PX' | 'LX' | 'BX', MyOrganisationView>;

  beforeAll(async () => {
    owner = await signUp(t, 'tiers-coordinator');
    const specs = [
      ['P1', 'PUBLIC', 6, 't'],
      ['P2', 'PUBLIC', 5, 't'],
      ['L', 'LEAD_FIRMS', 6, 't'],
      ['B', 'BROKERS', 20, 't'],
      ['PX', 'PUBLIC', 9000, 'l'],
      ['LX', 'LEAD_FIRMS', 9000, 'l'],
      ['BX', 'BROKERS', 9000, 'l'],
    ] as const;
    for (const [key, visibility, quantity, unit] of specs) {
      g[key] = await group(owner, `Riz ${key}`, { visibility });
      await line(owner, g[key].id, CODE, quantity, unit);
    }
    ({ actor: buyer, firm } = await leadFirmStaff(t, { verified: false }));
    rice = await postNeed(buyer, firm.id, need(CODE, 10));
    await ready(rice.id, buyer);
    await quiet(
      [rice.id],
      Object.values(g).map((x) => x.id),
    );
  }, 60_000);

  it('shows an unverified lead firm public groups only: in matches, exclusions, coalitions and every count', async () => {
    const matches = await matchesOf(rice.id, buyer);
    expect(idsOf(matches.matches)).toEqual(sorted(g.P1.id, g.P2.id));
    expect(matches).toMatchObject({ total: 2, suppliersOfProduct: 3, excludedTotal: 1 });
    const excluded = await exclusionsOf(rice.id, buyer);
    expect(excluded).toMatchObject({ total: 1 });
    expect(idsOf(excluded.excluded)).toEqual([g.PX.id]);

    const coalitions = await coalitionsOf(rice.id, buyer);
    expect(coalitions).toMatchObject({
      state: 'READY',
      needed: true,
      singleSupplier: null,
      savingPerPeriod: null,
    });
    expect(coalitions.proposals.length).toBeGreaterThan(0);
    expect(coalitions.proposals[0]).toMatchObject({ role: 'BEST', totalQuantity: expect.closeTo(10, 4) });
    expect(sorted(...coalitions.proposals[0]!.members.map((m) => m.supplierId))).toEqual(
      sorted(g.P1.id, g.P2.id),
    );
    for (const p of coalitions.proposals) expectWhole(p, 10);
    expect(new Set(coalitionSuppliers(coalitions))).toEqual(new Set([g.P1.id, g.P2.id]));
  });

  it('shows it the LEAD_FIRMS tier once a broker verifies it (after re-matching), the BROKERS tier never', async () => {
    const before = await matchesOf(rice.id, buyer);
    const admin = await platformAdmin(t);
    await post(admin, `/organisations/${firm.id}/verification`, {}, 200);
    // Counted at read time: the firm's tiers apply from its next request.
    expect((await matchesOf(rice.id, buyer)).suppliersOfProduct).toBe(5);

    // Verification re-matches the lead firm's open needs: the LEAD_FIRMS-tier groups join the stored results.
    const after = await eventually(async () => {
      const view = await matchesOf(rice.id, buyer);
      return view.computedAt !== before.computedAt && view.total === 3 ? view : undefined;
    }, 15_000);
    expect(idsOf(after.matches)).toEqual(sorted(g.P1.id, g.P2.id, g.L.id));
    expect(after).toMatchObject({ state: 'READY', total: 3, suppliersOfProduct: 5, excludedTotal: 2 });
    expect(idsOf((await exclusionsOf(rice.id, buyer)).excluded)).toEqual(sorted(g.PX.id, g.LX.id));

    const coalitions = await coalitionsOf(rice.id, buyer);
    expect(coalitions).toMatchObject({ needed: true, singleSupplier: null });
    expect(coalitions.proposals.length).toBeGreaterThan(0);
    for (const p of coalitions.proposals) expectWhole(p, 10);
    const named = coalitionSuppliers(coalitions);
    expect(named).toContain(g.L.id);
    expect(named).not.toContain(g.B.id);
    for (const hidden of [g.B, g.BX])
      expect(await storedRowsOf(rice.id, hidden.id)).toEqual({ matches: 0, allocations: 0 });
  });
});

describe("hidden members in a coalition's contributors", () => {
  const CODE = '110100';
  let owner: Actor;
  let coop: MyOrganisationView;
  const names = {
    open: 'Minoterie Ouverte',
    buyersOnly: 'Minoterie Acheteurs',
    discreet: 'Minoterie Discrète',
  };

  beforeAll(async () => {
    owner = await signUp(t, 'flour-coordinator');
    coop = await group(owner, 'Union des minoteries');
    for (const [name, visibility, quantity] of [
      [names.open, 'PUBLIC', 3],
      [names.buyersOnly, 'LEAD_FIRMS', 2],
      [names.discreet, 'BROKERS', 1],
    ] as const) {
      const member = await post<{ id: string }>(owner, `/organisations/${coop.id}/group-members`, {
        enterprise: { legalName: name, visibility },
        status: 'ACTIVE',
      });
      await line(owner, coop.id, CODE, quantity, 't', member.id);
    }
    await line(owner, (await group(owner, 'Moulin voisin')).id, CODE, 5);
  });

  it.each([
    // Members it may not see are one unnamed line, summed: neither named nor counted (decision 0007).
    ['an unverified lead firm', false, [names.open, null], [3 / 6, 3 / 6]],
    ['a verified lead firm', true, [names.open, names.buyersOnly, null], [3 / 6, 2 / 6, 1 / 6]],
  ] as const)(
    'names to %s only the members it may see, and counts every member’s quantity',
    async (_, verified, expectedNames, expectedShares) => {
      const { actor: buyer, firm } = await leadFirmStaff(t, { verified });
      const flour = await postNeed(buyer, firm.id, need(CODE, 10));
      const matches = await ready(flour.id, buyer);
      // 6 t stands behind the group whoever looks: 3 + 2 + 1 from its members.
      expect(matches.matches.find((m) => m.supplierId === coop.id)?.offerableQuantity).toBe(6);

      const view = await coalitionsOf(flour.id, buyer);
      const [best] = view.proposals;
      expect(best).toMatchObject({ role: 'BEST', totalQuantity: expect.closeTo(10, 4) });
      expectWhole(best!, 10);
      const share = best!.members.find((m) => m.supplierId === coop.id)!;
      // The neighbour offers 5 t: the group's share needs more than its visible members have.
      expect(share.quantity).toBeGreaterThanOrEqual(5 - 1e-6);
      const contributors = [...share.contributors].sort((a, b) => b.quantity - a.quantity);
      expect(contributors.map((c) => c.name)).toEqual(expectedNames);
      expect(contributors.map((c) => c.quantity / share.quantity)).toEqual(
        expectedShares.map((x) => expect.closeTo(x, 6)),
      );
      expect(contributors.every((c) => !c.own)).toBe(true);
      expect(contributors.reduce((sum, c) => sum + c.quantity, 0)).toBeCloseTo(share.quantity, 6);
    },
  );
});

describe('a group that goes discreet after matching', () => {
  const CODE = '170199';
  let owner: Actor;
  let buyer: Actor;
  let sugar: SourcingNeedView;
  const g = {} as Record<'G1' | 'G2' | 'G3', MyOrganisationView>;

  beforeAll(async () => {
    owner = await signUp(t, 'sugar-coordinator');
    for (const [key, quantity, at] of [
      ['G1', 6, { lat: 31.7, lon: -8.0 }],
      ['G2', 5, { lat: 32.3, lon: -9.2 }],
      ['G3', 5, { lat: 32.9, lon: -6.9 }],
    ] as const) {
      g[key] = await group(owner, `Sucre ${key}`, { at });
      await line(owner, g[key].id, CODE, quantity);
    }
    let firm: MyOrganisationView;
    ({ actor: buyer, firm } = await leadFirmStaff(t, { verified: false }));
    sugar = await postNeed(buyer, firm.id, need(CODE, 10));
    await ready(sugar.id, buyer);
    await quiet(
      [sugar.id],
      Object.values(g).map((x) => x.id),
    );
  }, 60_000);

  it('is withheld from the lead firm at once, and gone from the stored results once re-matched', async () => {
    const before = await matchesOf(sugar.id, buyer);
    expect(idsOf(before.matches)).toEqual(sorted(g.G1.id, g.G2.id, g.G3.id));
    expect(before).toMatchObject({ total: 3, suppliersOfProduct: 3 });
    expect(coalitionSuppliers(await coalitionsOf(sugar.id, buyer))).toContain(g.G1.id);

    await t
      .http()
      .patch(`/organisations/${g.G1.id}/profile`)
      .set(owner.auth)
      .send({ visibility: 'BROKERS' })
      .expect(200);

    // Read-time filter: the stored results still name G1 until the re-match, the lead firm never sees it.
    const now = await matchesOf(sugar.id, buyer);
    expect(idsOf(now.matches)).toEqual(sorted(g.G2.id, g.G3.id));
    expect(now).toMatchObject({ total: 2, suppliersOfProduct: 2, excludedTotal: 0 });
    expect(idsOf((await exclusionsOf(sugar.id, buyer)).excluded)).toEqual([]);
    const withheld = await coalitionsOf(sugar.id, buyer);
    expect(coalitionSuppliers(withheld)).not.toContain(g.G1.id);
    for (const p of withheld.proposals) expectWhole(p, 10);
    // What the lead firm was shown is the filter's doing: the re-match waits out its debounce (1.5 s).
    expect((await storedRowsOf(sugar.id, g.G1.id)).matches).toBe(1);

    // The visibility change re-matches the group's needs: G1 leaves the stored matches and proposals.
    await eventually(async () => {
      const stored = await storedRowsOf(sugar.id, g.G1.id);
      return stored.matches === 0 && stored.allocations === 0 ? stored : undefined;
    }, 15_000);
    const rematched = await matchesOf(sugar.id, buyer);
    expect(rematched.computedAt).not.toBe(before.computedAt);
    expect(idsOf(rematched.matches)).toEqual(sorted(g.G2.id, g.G3.id));
    const coalitions = await coalitionsOf(sugar.id, buyer);
    expect(coalitions.proposals[0]).toMatchObject({ role: 'BEST', totalQuantity: expect.closeTo(10, 4) });
    expect(sorted(...coalitions.proposals[0]!.members.map((m) => m.supplierId))).toEqual(
      sorted(g.G2.id, g.G3.id),
    );
    for (const p of coalitions.proposals) expectWhole(p, 10);
  });
});
