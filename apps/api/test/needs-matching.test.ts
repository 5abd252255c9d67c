import {
  type MatchedNeedView,
  type NeedCoalitionsView,
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
import { eventually, sharedMailDir, startWorker } from './support/worker-process.js';

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

/** A producer group supplying `tonnes` per month of one product; each test uses its own HS chapter. */
async function supplier(coordinator: Actor, productCode: string, tonnes: number, country = 'PE') {
  const group = await createOrganisation(t, coordinator, { kind: 'PRODUCER_GROUP', country });
  await t
    .http()
    .post(`/organisations/${group.id}/capacity-entries`)
    .set(coordinator.auth)
    .send({
      productCode,
      productLabel: `Product ${productCode}`,
      quantity: tonnes,
      unit: 't',
      period: 'MONTH',
    })
    .expect(201);
  return group;
}

const fullNeed = (productCode: string, quantity: number) => ({
  title: `Need for ${productCode}`,
  productCode,
  quantity,
  unit: 't',
  period: 'MONTH',
  deliveryCountry: 'PE',
  responseDeadline: inDays(180),
  schedule: { kind: 'RECURRING', startDate: inDays(210), endDate: inDays(575) },
  deliveryPlace: { lat: -12.05, lon: -77.04 },
  allowedCountries: ['PE', 'BO'],
  targetPrice: 2500,
  currency: 'pen',
  criticality: 'CORE',
  businessRationale: 'IMPORT_SUBSTITUTION',
  visibility: 'PUBLIC',
});

async function postNeed(buyer: Actor, firmId: string, body: object) {
  return (await t.http().post(`/organisations/${firmId}/needs`).set(buyer.auth).send(body).expect(201))
    .body as SourcingNeedView;
}

async function ready(needId: string, buyer: Actor, query = '', version?: number) {
  return eventually(async () => {
    const view = (await t.http().get(`/needs/${needId}/matches${query}`).set(buyer.auth).expect(200))
      .body as NeedMatchesView;
    return view.state === 'READY' && (version === undefined || view.matchedVersion === version)
      ? view
      : undefined;
  }, 15_000);
}

describe('complete sourcing needs', () => {
  it('stores schedule, delivery place, requirements and commercial terms, and shows them back', async () => {
    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM', country: 'PE' });
    const need = await postNeed(buyer, firm.id, {
      ...fullNeed('330129', 2),
      requirements: [{ standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER', obtainBy: inDays(195) }],
    });
    expect(need).toMatchObject({
      status: 'OPEN',
      version: 1,
      schedule: { kind: 'RECURRING', startDate: inDays(210), endDate: inDays(575) },
      deliveryPlace: { lat: -12.05, lon: -77.04 },
      allowedCountries: ['PE', 'BO'],
      targetPrice: 2500,
      currency: 'PEN',
      criticality: 'CORE',
      businessRationale: 'IMPORT_SUBSTITUTION',
      visibility: 'PUBLIC',
      requirements: [
        { standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER', mustHoldNow: false, obtainBy: inDays(195) },
      ],
    });
    const fetched = (await t.http().get(`/needs/${need.id}`).set(buyer.auth).expect(200)).body;
    expect(fetched).toEqual(need);
  });

  it('rejects a requirement level it does not know with a 400 naming the field', async () => {
    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM' });
    const res = await t
      .http()
      .post(`/organisations/${firm.id}/needs`)
      .set(buyer.auth)
      .send({
        ...fullNeed('330129', 2),
        requirements: [{ standardCode: 'ISO_9001', level: 'SOME_SUPPLIERS' }],
      })
      .expect(400);
    expect(res.body.fields).toEqual({
      'requirements.0.level': 'Choose EACH_SUPPLIER, ANY_SUPPLIER or GROUP_COVERS',
    });
  });

  it('refuses a quantity finer than it can store, naming the field, and keeps four decimals exactly', async () => {
    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM' });
    const tiny = await t
      .http()
      .post(`/organisations/${firm.id}/needs`)
      .set(buyer.auth)
      .send(fullNeed('330129', 0.00001))
      .expect(400);
    expect(tiny.body.fields).toEqual({ quantity: expect.stringContaining('4 decimal places') });
    const fine = await postNeed(buyer, firm.id, fullNeed('330129', 0.0125));
    expect(fine.quantity).toBe(0.0125);
    const price = await t
      .http()
      .post(`/organisations/${firm.id}/needs`)
      .set(buyer.auth)
      .send({ ...fullNeed('330129', 2), targetPrice: 1.23456 })
      .expect(400);
    expect(price.body.fields).toHaveProperty('targetPrice');
  });

  it('refuses to post, open or move into the past a need whose deadline or first delivery has passed; a draft may wait', async () => {
    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM' });
    const past = {
      ...fullNeed('330129', 2),
      responseDeadline: inDays(-1),
      schedule: { kind: 'ONE_OFF', deliverBy: inDays(-2) },
    };
    const posted = await t
      .http()
      .post(`/organisations/${firm.id}/needs`)
      .set(buyer.auth)
      .send(past)
      .expect(400);
    expect(Object.keys(posted.body.fields).sort()).toEqual(['responseDeadline', 'schedule.deliverBy']);
    // Without a schedule the first delivery is the deadline: the deadline alone is named.
    const noSchedule = { ...fullNeed('330129', 2), schedule: undefined, responseDeadline: inDays(-1) };
    const bare = await t
      .http()
      .post(`/organisations/${firm.id}/needs`)
      .set(buyer.auth)
      .send(noSchedule)
      .expect(400);
    expect(Object.keys(bare.body.fields)).toEqual(['responseDeadline']);
    // Today is still in time.
    await postNeed(buyer, firm.id, { ...fullNeed('330129', 2), responseDeadline: inDays(0) });

    const draft = await postNeed(buyer, firm.id, { ...past, status: 'DRAFT' });
    const opening = await t
      .http()
      .post(`/needs/${draft.id}/status`)
      .set(buyer.auth)
      .send({ status: 'OPEN' })
      .expect(400);
    expect(opening.body.fields).toHaveProperty('responseDeadline');
    expect((await t.http().get(`/needs/${draft.id}`).set(buyer.auth).expect(200)).body).toMatchObject({
      status: 'DRAFT',
      version: 1,
    });
    await t
      .http()
      .patch(`/needs/${draft.id}`)
      .set(buyer.auth)
      .send({ responseDeadline: inDays(10), schedule: { kind: 'ONE_OFF', deliverBy: inDays(40) } })
      .expect(200);
    await t.http().post(`/needs/${draft.id}/status`).set(buyer.auth).send({ status: 'OPEN' }).expect(200);

    const open = await postNeed(buyer, firm.id, fullNeed('330129', 2));
    const moved = await t
      .http()
      .patch(`/needs/${open.id}`)
      .set(buyer.auth)
      .send({ schedule: { kind: 'RECURRING', startDate: inDays(-30), endDate: inDays(300) } })
      .expect(400);
    expect(moved.body.fields).toEqual({ 'schedule.startDate': expect.stringContaining('already passed') });
    expect((await t.http().get(`/needs/${open.id}`).set(buyer.auth).expect(200)).body).toMatchObject({
      version: 1,
    });
  });

  it('requires standards from the registry table: an unknown code is named, one an administrator adds is accepted', async () => {
    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM' });
    const code = `NEW_${Date.now().toString(36).toUpperCase()}`;
    const asked = { ...fullNeed('330129', 2), requirements: [{ standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER' }, { standardCode: code, level: 'ANY_SUPPLIER' }] };
    const unknown = await t.http().post(`/organisations/${firm.id}/needs`).set(buyer.auth).send(asked).expect(400);
    expect(unknown.body.fields).toEqual({ 'requirements.1.standardCode': expect.stringContaining(`${code} is not in the standards registry`) });
    const admin = await signUp(t, 'admin');
    await t.dataSource.query(`UPDATE users SET platform_role = 'ADMIN' WHERE id = $1`, [admin.userId]);
    await t.http().post('/standards').set(admin.auth).send({ code, name: 'A new scheme', kind: 'PRODUCT', typicalMonthsToCertify: 3 }).expect(201);
    const posted = await postNeed(buyer, firm.id, asked);
    expect(posted.requirements.map((r) => r.standardCode)).toEqual(['ORGANIC_EU', code]);
  });

  it('refuses a requirement whose date to obtain it by has passed, naming it', async () => {
    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM' });
    const res = await t
      .http()
      .post(`/organisations/${firm.id}/needs`)
      .set(buyer.auth)
      .send({ ...fullNeed('330129', 2), requirements: [{ standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER', obtainBy: inDays(-3) }] })
      .expect(400);
    expect(res.body.fields).toEqual({ 'requirements.0.obtainBy': expect.stringContaining('already passed') });
  });

  it('keeps editing an open need whose deadline has passed since, as long as the edit names no past date', async () => {
    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM' });
    const open = await postNeed(buyer, firm.id, fullNeed('330129', 2));
    await t.dataSource.query(`UPDATE sourcing_needs SET response_deadline = $2 WHERE id = $1`, [
      open.id,
      inDays(-5),
    ]);
    const edited = await t
      .http()
      .patch(`/needs/${open.id}`)
      .set(buyer.auth)
      .send({ title: 'Renamed' })
      .expect(200);
    expect(edited.body).toMatchObject({ title: 'Renamed', responseDeadline: inDays(-5), status: 'OPEN' });
  });

  it('rejects a recurring need per year, naming the period', async () => {
    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM' });
    const res = await t
      .http()
      .post(`/organisations/${firm.id}/needs`)
      .set(buyer.auth)
      .send({ ...fullNeed('330129', 2), period: 'YEAR' })
      .expect(400);
    expect(res.body.fields).toHaveProperty('period');
  });

  it('refuses an illegal status transition with 409, and opens a draft as a new version', async () => {
    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM' });
    const draft = await postNeed(buyer, firm.id, { ...fullNeed('330129', 2), status: 'DRAFT' });
    const illegal = await t
      .http()
      .post(`/needs/${draft.id}/status`)
      .set(buyer.auth)
      .send({ status: 'AWARDED' })
      .expect(409);
    expect(illegal.body).toMatchObject({
      code: 'INVALID_TRANSITION',
      fields: { status: expect.stringContaining('DRAFT to AWARDED') },
    });
    const opened = await t
      .http()
      .post(`/needs/${draft.id}/status`)
      .set(buyer.auth)
      .send({ status: 'OPEN' })
      .expect(200);
    expect(opened.body).toMatchObject({ status: 'OPEN', version: 2 });
    await ready(draft.id, buyer, '', 2);
  });

  it('re-matches an edited need as a new version', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM' });
    const g = await supplier(coordinator, '340130', 5);
    const need = await postNeed(buyer, firm.id, fullNeed('340130', 10));
    const first = await ready(need.id, buyer);
    expect(first.matches.find((m) => m.supplierId === g.id)?.components.capacity).toBe(0.5);

    const edited = await t
      .http()
      .patch(`/needs/${need.id}`)
      .set(buyer.auth)
      .send({ quantity: 4 })
      .expect(200);
    expect(edited.body).toMatchObject({ version: 2, quantity: 4 });
    const second = await ready(need.id, buyer, '', 2);
    expect(second.matches.find((m) => m.supplierId === g.id)?.components.capacity).toBe(1);
  });
});

describe('matches, coalitions and matched needs', () => {
  it('pages ranked matches with components, explanation, gaps and eligibility; lets the lead firm shortlist one', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM' });
    const big = await supplier(coordinator, '350110', 12);
    const small = await supplier(coordinator, '350110', 3);
    const need = await postNeed(buyer, firm.id, fullNeed('350110', 10));

    const page1 = await ready(need.id, buyer, '?page=1&perPage=1');
    expect(page1).toMatchObject({ page: 1, perPage: 1, total: 2 });
    expect(page1.matches).toHaveLength(1);
    expect(page1.matches[0]).toMatchObject({
      supplierId: big.id,
      rank: 1,
      eligibility: 'ELIGIBLE',
      gaps: [],
      needVersion: 1,
      components: { product: 1, capacity: 1 },
    });
    expect(page1.matches[0]!.explanation).toContain('Covers the full 10 t/month');
    const page2 = await ready(need.id, buyer, '?page=2&perPage=1');
    expect(page2.matches[0]).toMatchObject({ supplierId: small.id, rank: 2 });
    expect(page2.matches[0]!.gaps).toEqual([expect.objectContaining({ kind: 'CAPACITY' })]);
    await t.http().get(`/needs/${need.id}/matches?perPage=500`).set(buyer.auth).expect(400);

    const matchId = page1.matches[0]!.id;
    const shortlisted = await t
      .http()
      .post(`/needs/${need.id}/matches/${matchId}/status`)
      .set(buyer.auth)
      .send({ status: 'SHORTLISTED' })
      .expect(200);
    expect(shortlisted.body).toMatchObject({ id: matchId, status: 'SHORTLISTED' });
    // Only the lead firm's people may: to anyone else the need does not exist.
    await t
      .http()
      .post(`/needs/${need.id}/matches/${matchId}/status`)
      .set(coordinator.auth)
      .send({ status: 'DISMISSED' })
      .expect(404);
    await t
      .http()
      .post(`/needs/${need.id}/matches/${matchId}/status`)
      .set(buyer.auth)
      .send({ status: 'INVITED' })
      .expect(400);
    const coalitions = (await t.http().get(`/needs/${need.id}/coalitions`).set(buyer.auth).expect(200))
      .body as NeedCoalitionsView;
    // The big supplier covers alone and nothing combined beats it: the best proposal is that supplier,
    // so there is no single-supplier comparison to show.
    expect(coalitions).toMatchObject({
      state: 'READY',
      needed: false,
      singleSupplier: null,
      savingPerPeriod: null,
    });
    expect(coalitions.proposals[0]).toMatchObject({
      role: 'BEST',
      members: [expect.objectContaining({ supplierId: big.id, quantity: 10 })],
    });
  });

  it('renders the same stored match in each reader’s language: Accept-Language, else the saved choice', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM' });
    const small = await supplier(coordinator, '350190', 3);
    const need = await postNeed(buyer, firm.id, fullNeed('350190', 10));
    await ready(need.id, buyer);
    const read = async (headers: Record<string, string>) => {
      const res = await t.http().get(`/needs/${need.id}/matches`).set(buyer.auth).set(headers).expect(200);
      return { match: (res.body as NeedMatchesView).matches.find((m) => m.supplierId === small.id)!, res };
    };

    const french = await read({ 'Accept-Language': 'fr-FR,fr;q=0.9,en;q=0.5' });
    expect(french.res.headers['content-language']).toBe('fr');
    expect(french.match.explanation).toMatch(/Couvre 30\s?% des 10 t\/mois\./);
    expect(french.match.reason).toBe(french.match.explanation);
    expect(french.match.gaps[0]).toMatchObject({
      kind: 'CAPACITY',
      missing: 'il manque 7 t/mois : offre 3 des 10 t/mois nécessaires',
      suggestedAction: 'Fournir au sein d’une coalition avec d’autres fournisseurs',
      missingMessage: {
        code: 'gap.capacity',
        params: { short: 7, offered: 3, quantity: 10, unit: 't', period: 'MONTH' },
      },
    });

    const spanish = await read({ 'Accept-Language': 'es-PE' });
    expect(spanish.res.headers['content-language']).toBe('es');
    expect(spanish.match.explanation).toMatch(/Cubre el 30\s?% de 10 t\/mes\./);
    expect(spanish.match.gaps[0]!.missing).toBe('faltan 7 t/mes: ofrece 3 de los 10 t/mes necesarios');
    // The same stored messages behind both texts.
    expect(spanish.match.explanationMessages.map(({ code, params }) => ({ code, params }))).toEqual(
      french.match.explanationMessages.map(({ code, params }) => ({ code, params })),
    );

    // Without a language the API speaks, the reader's saved choice applies; without one, English.
    expect((await read({ 'Accept-Language': 'de' })).match.explanation).toMatch(
      /Covers 30% of the 10 t\/month\./,
    );
    await t.http().patch('/auth/me').set(buyer.auth).send({ locale: 'ar' }).expect(200);
    const arabic = await read({ 'Accept-Language': 'de' });
    expect(arabic.res.headers['content-language']).toBe('ar');
    expect(arabic.match.gaps[0]!.suggestedAction).toBe('ورّد ضمن تحالف مع موردين آخرين');
  });

  it('proposes the coalition of three groups that only together meet the volume, with each share', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM' });
    const groups = [
      await supplier(coordinator, '360200', 4),
      await supplier(coordinator, '360200', 4),
      await supplier(coordinator, '360200', 3, 'BO'),
    ];
    const need = await postNeed(buyer, firm.id, fullNeed('360200', 10));
    await ready(need.id, buyer);
    const view = (await t.http().get(`/needs/${need.id}/coalitions`).set(buyer.auth).expect(200))
      .body as NeedCoalitionsView;
    expect(view).toMatchObject({
      state: 'READY',
      needed: true,
      needVersion: 1,
      proposals: [expect.objectContaining({ rank: 0, provenOptimal: true, relativeGap: 0, currency: 'PEN' })],
    });
    const [best] = view.proposals;
    expect(best!.members.map((m) => m.supplierId).sort()).toEqual(groups.map((g) => g.id).sort());
    expect(best!.members.reduce((s, m) => s + m.share, 0)).toBeCloseTo(1, 6);
    expect(best!.totalQuantity).toBeCloseTo(10, 6);

    // Re-matched (a new version) to the same three groups, the proposal keeps its id, so a joint
    // offer a group is writing against it still names a proposal that exists.
    await t.http().patch(`/needs/${need.id}`).set(buyer.auth).send({ title: 'Wax, re-read' }).expect(200);
    await ready(need.id, buyer, '', 2);
    const again = (await t.http().get(`/needs/${need.id}/coalitions`).set(buyer.auth).expect(200))
      .body as NeedCoalitionsView;
    expect(again.needVersion).toBe(2);
    expect(again.proposals[0]!.id).toBe(best!.id);
  });

  it("splits a group's share of a coalition over its members, naming only those the buyer may see", async () => {
    const coordinator = await signUp(t, 'coordinator');
    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM' });
    const group = await createOrganisation(t, coordinator, { kind: 'PRODUCER_GROUP', country: 'PE' });
    const addMember = async (legalName: string, visibility?: string) =>
      (
        await t
          .http()
          .post(`/organisations/${group.id}/group-members`)
          .set(coordinator.auth)
          .send({ enterprise: { legalName, ...(visibility ? { visibility } : {}) }, status: 'ACTIVE' })
          .expect(201)
      ).body as { id: string };
    const open = await addMember('Cooperativa Abierta');
    const discreet = await addMember('Cooperativa Discreta', 'BROKERS');
    for (const [memberId, quantity] of [
      [open.id, 4],
      [discreet.id, 2],
    ] as const)
      await t
        .http()
        .post(`/organisations/${group.id}/capacity-entries`)
        .set(coordinator.auth)
        .send({
          productCode: '380210',
          productLabel: 'Activated carbon',
          quantity,
          unit: 't',
          period: 'MONTH',
          memberId,
          committed: true,
        })
        .expect(201);
    await supplier(coordinator, '380210', 5);
    const need = await postNeed(buyer, firm.id, fullNeed('380210', 10));
    await ready(need.id, buyer);

    const share = async (actor: Actor) => {
      const view = (await t.http().get(`/needs/${need.id}/coalitions`).set(actor.auth).expect(200))
        .body as NeedCoalitionsView;
      return view.proposals[0]!.members.find((m) => m.supplierId === group.id)!;
    };
    const seenByBuyer = await share(buyer);
    // 6 t backs the group's share, 4 from one member and 2 from the other: the split follows.
    expect(seenByBuyer.contributors.map((c) => c.quantity / seenByBuyer.quantity)).toEqual([
      expect.closeTo(4 / 6, 6),
      expect.closeTo(2 / 6, 6),
    ]);
    // A member whose own tier is brokers-only stays unnamed to a lead firm, as on the group's profile.
    expect(seenByBuyer.contributors.map((c) => c.name)).toEqual(['Cooperativa Abierta', null]);
    expect(seenByBuyer.contributors.every((c) => !c.own)).toBe(true);
  });

  it('shows a producer group the public needs it matches, with its own gaps, and hides invited-only needs', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM' });
    const g = await supplier(coordinator, '370110', 2);
    const open = await postNeed(buyer, firm.id, fullNeed('370110', 10));
    const invited = await postNeed(buyer, firm.id, { ...fullNeed('370110', 10), visibility: 'INVITED' });
    await ready(open.id, buyer);
    await ready(invited.id, buyer);

    const res = await t.http().get(`/organisations/${g.id}/matched-needs`).set(coordinator.auth).expect(200);
    const needs = res.body as MatchedNeedView[];
    expect(needs.map((n) => n.needId)).toEqual([open.id]);
    expect(needs[0]).toMatchObject({
      title: 'Need for 370110',
      eligibility: 'ELIGIBLE',
      matchStatus: 'PROPOSED',
    });
    expect(needs[0]!.gaps).toEqual([expect.objectContaining({ kind: 'CAPACITY' })]);
    // Another organisation's people cannot read the group's matches.
    await t.http().get(`/organisations/${g.id}/matched-needs`).set(buyer.auth).expect(403);
  });
});
