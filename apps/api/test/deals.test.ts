import {
  type AwardConfirmationView,
  type AwardResultView,
  type CapacityLedgerView,
  type LinkageDetailView,
  type LinkageView,
  type MatchedNeedView,
  type NeedMatchesView,
  type NeedMessageView,
  type NeedOffersView,
  type OfferView,
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
import { leadFirmStaff } from './support/viewers.js';
import { eventually, sharedMailDir, startWorker } from './support/worker-process.js';

/**
 * From match to deal (issue 14): a producer group offers on a need it matches (split over its
 * capacity lines, never more than the ledger has available), or declines with a reason; the lead
 * firm compares offers (sealed until the deadline when it chose so) and awards one or several, each
 * with its quantity; awarding reserves capacity so that reservations never exceed what a line
 * commits, however many awards race for it. HS chapters 94, 95 and 96 are this file's own (a
 * coalition draws on the whole chapter, so the joint-offer cases each have a chapter to themselves).
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

/** A producer group with one group-level line of `tonnes` a month of the product. */
async function group(coordinator: Actor, productCode: string, tonnes: number) {
  const g = await createOrganisation(t, coordinator, { kind: 'PRODUCER_GROUP', country: 'PE' });
  const line = (
    await t
      .http()
      .post(`/organisations/${g.id}/capacity-entries`)
      .set(coordinator.auth)
      .send({
        productCode,
        productLabel: `Product ${productCode}`,
        quantity: tonnes,
        unit: 't',
        period: 'MONTH',
      })
      .expect(201)
  ).body as { id: string; version: number };
  return { ...g, lineId: line.id, lineVersion: line.version };
}

const needBody = (productCode: string, quantity: number, extra: object = {}) => ({
  title: `Deal for ${productCode} ${Math.random().toString(36).slice(2, 6)}`,
  productCode,
  quantity,
  unit: 't',
  period: 'MONTH',
  deliveryCountry: 'PE',
  responseDeadline: inDays(30),
  schedule: { kind: 'RECURRING', startDate: inDays(40), endDate: inDays(130) },
  deliveryPlace: { lat: -12.05, lon: -77.04 },
  ...extra,
});

async function postMatched(buyer: Actor, firmId: string, body: object) {
  const need = (await t.http().post(`/organisations/${firmId}/needs`).set(buyer.auth).send(body).expect(201))
    .body as SourcingNeedView;
  await eventually(async () => {
    const view = (await t.http().get(`/needs/${need.id}/matches`).set(buyer.auth).expect(200))
      .body as NeedMatchesView;
    return view.state === 'READY' ? view : undefined;
  }, 30_000);
  return need;
}

const offerBody = (supplierId: string, quantity: number, extra: object = {}) => ({
  supplierId,
  quantity,
  price: 1200,
  currency: 'USD',
  incoterm: 'FCA',
  transportPerUnit: 35,
  leadTimeDays: 14,
  validUntil: inDays(60),
  ...extra,
});

const offer = (who: Actor, needId: string, body: object, status = 201) =>
  t.http().post(`/needs/${needId}/offers`).set(who.auth).send(body).expect(status);

describe('offers', () => {
  it('takes an offer split over the lines with the most available, shows it to the buyer with its landed cost', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
    const g = await group(coordinator, '940360', 30);
    const need = await postMatched(buyer, firm.id, needBody('940360', 20));

    const made = (await offer(coordinator, need.id, offerBody(g.id, 20))).body as OfferView;
    expect(made).toMatchObject({
      status: 'SUBMITTED',
      quantity: 20,
      landedCost: 1235,
      coverage: 1,
      allocations: [{ lineId: g.lineId, memberId: null, producerName: g.legalName, quantity: 20 }],
    });
    const seen = (await t.http().get(`/needs/${need.id}/offers`).set(buyer.auth).expect(200))
      .body as NeedOffersView;
    expect(seen).toMatchObject({ sealed: false, count: 1 });
    expect(seen.offers.map((o) => o.id)).toEqual([made.id]);
    expect(seen.offers[0]!.match).toMatchObject({ eligibility: 'ELIGIBLE' });
    const theirs = (
      await t.http().get(`/organisations/${g.id}/matched-needs`).set(coordinator.auth).expect(200)
    ).body as MatchedNeedView[];
    expect(theirs.find((n) => n.needId === need.id)?.offer).toEqual({
      id: made.id,
      status: 'SUBMITTED',
      quantity: 20,
      ledBy: null,
      awaitingYou: false,
    });
    // The buyer is told, once.
    const told = await t.dataSource.query(`SELECT id FROM notifications WHERE dedupe_key LIKE $1`, [
      `offer.received:${made.id}:%`,
    ]);
    expect(told).toHaveLength(1);

    // A second live offer from the same group is refused; withdrawn, a new one can be made.
    await offer(coordinator, need.id, offerBody(g.id, 10), 409);
    await t.http().post(`/offers/${made.id}/withdraw`).set(coordinator.auth).expect(200);
    await t.http().post(`/offers/${made.id}/withdraw`).set(coordinator.auth).expect(409);
    await offer(coordinator, need.id, offerBody(g.id, 10));
  });

  it('refuses an offer the ledger cannot carry, naming the field, and bad input with 400s', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
    const g = await group(coordinator, '940361', 8);
    const need = await postMatched(buyer, firm.id, needBody('940361', 20));

    const tooMuch = await offer(coordinator, need.id, offerBody(g.id, 12), 422);
    expect(tooMuch.body.fields.quantity).toMatch(
      new RegExp(`8 t per month available .*\\(${g.legalName} 8 t\\)`),
    );
    const split = await offer(
      coordinator,
      need.id,
      offerBody(g.id, 12, { allocations: [{ lineId: g.lineId, quantity: 12 }] }),
      422,
    );
    expect(split.body.fields['allocations.0.quantity']).toMatch(/has 8 t available in \d{4}-\d{2}/);
    const wrongSum = await offer(
      coordinator,
      need.id,
      offerBody(g.id, 6, { allocations: [{ lineId: g.lineId, quantity: 5 }] }),
      400,
    );
    expect(wrongSum.body.fields.allocations).toMatch(/adds up to 5, not your group's 6/);
    const lapsed = await offer(coordinator, need.id, offerBody(g.id, 6, { validUntil: inDays(-1) }), 400);
    expect(lapsed.body.fields.validUntil).toBeDefined();
    const badTerm = await offer(coordinator, need.id, offerBody(g.id, 6, { incoterm: 'XYZ' }), 400);
    expect(badTerm.body.fields.incoterm).toBeDefined();
    expect(await t.dataSource.query(`SELECT id FROM offers WHERE need_id = $1`, [need.id])).toEqual([]);
  });

  it('lets only the group’s managers offer, and only on a need the group may read', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const stranger = await signUp(t, 'stranger');
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
    const g = await group(coordinator, '940362', 30);
    const other = await group(stranger, '940110', 30);
    const need = await postMatched(buyer, firm.id, needBody('940362', 10));

    await offer(stranger, need.id, offerBody(g.id, 10), 403);
    // A group the need does not match does not learn it exists.
    await offer(stranger, need.id, offerBody(other.id, 10), 404);
    // The buyer cannot offer on its own need, and a group cannot read the need's offers.
    await offer(buyer, need.id, offerBody(g.id, 10), 403);
    await t.http().get(`/needs/${need.id}/offers`).set(coordinator.auth).expect(404);
    await t.http().get(`/organisations/${g.id}/ledger`).set(stranger.auth).expect(403);
  });

  it('records a decline with its reason for the buyer and the indicators', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
    const g = await group(coordinator, '940363', 30);
    const need = await postMatched(buyer, firm.id, needBody('940363', 10));
    await t
      .http()
      .post(`/needs/${need.id}/declines`)
      .set(coordinator.auth)
      .send({ supplierId: g.id, reason: 'PRICE', note: 'Below our costs' })
      .expect(200);
    await t
      .http()
      .post(`/needs/${need.id}/declines`)
      .set(coordinator.auth)
      .send({ supplierId: g.id, reason: 'SOMETHING' })
      .expect(400);
    const seen = (await t.http().get(`/needs/${need.id}/offers`).set(buyer.auth).expect(200))
      .body as NeedOffersView;
    expect(seen.declines).toEqual([{ supplierName: g.legalName, reason: 'PRICE', note: 'Below our costs' }]);
  });

  it('keeps sealed offers closed to the buyer until the deadline, and refuses to award them', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
    const g = await group(coordinator, '940364', 30);
    const need = await postMatched(buyer, firm.id, needBody('940364', 10, { sealOffers: true }));
    const made = (await offer(coordinator, need.id, offerBody(g.id, 10))).body as OfferView;
    const seen = (await t.http().get(`/needs/${need.id}/offers`).set(buyer.auth).expect(200))
      .body as NeedOffersView;
    expect(seen).toMatchObject({ sealed: true, count: 1, offers: [], opensOn: inDays(31) });
    await t
      .http()
      .post(`/needs/${need.id}/awards`)
      .set(buyer.auth)
      .send({ awards: [{ offerId: made.id, quantity: 10 }] })
      .expect(409);
  });
});

describe('offer attachments', () => {
  it('takes a PDF from the lead group, refuses other content, and lets only the buyer and the group read it', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const stranger = await signUp(t, 'stranger');
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
    const g = await group(coordinator, '940365', 30);
    const need = await postMatched(buyer, firm.id, needBody('940365', 10));
    const made = (await offer(coordinator, need.id, offerBody(g.id, 10))).body as OfferView;
    const pdf = Buffer.from('%PDF-1.4\n% spec sheet\n');
    const attached = (
      await t
        .http()
        .post(`/offers/${made.id}/attachments`)
        .set(coordinator.auth)
        .attach('file', pdf, 'spec sheet.pdf')
        .expect(201)
    ).body as OfferView;
    expect(attached.attachments).toEqual([
      expect.objectContaining({
        fileName: 'spec sheet.pdf',
        contentType: 'application/pdf',
        size: pdf.length,
      }),
    ]);
    const refused = await t
      .http()
      .post(`/offers/${made.id}/attachments`)
      .set(coordinator.auth)
      .attach('file', Buffer.from('just text'), 'prices.pdf')
      .expect(415);
    expect(refused.body.fields.file).toMatch(/PDF, PNG or JPEG/);
    await t
      .http()
      .post(`/offers/${made.id}/attachments`)
      .set(buyer.auth)
      .attach('file', pdf, 'x.pdf')
      .expect(403);

    const url = `/offers/${made.id}/attachments/${attached.attachments[0]!.id}`;
    const read = await t.http().get(url).set(buyer.auth).expect(200);
    expect(read.headers['content-type']).toMatch(/application\/pdf/);
    await t.http().get(url).set(coordinator.auth).expect(200);
    await t.http().get(url).set(stranger.auth).expect(404);
  });
});

describe('awards and the capacity ledger', () => {
  it('awards two offers in part, declines the third, reserves the capacity and creates the linkages', async () => {
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
    const groups = await Promise.all(
      [20, 20, 20].map(async (tonnes) => {
        const coordinator = await signUp(t, 'coordinator');
        return { coordinator, ...(await group(coordinator, '940370', tonnes)) };
      }),
    );
    const need = await postMatched(buyer, firm.id, needBody('940370', 30));
    const offers = await Promise.all(
      groups.map(async (g) => (await offer(g.coordinator, need.id, offerBody(g.id, 20))).body as OfferView),
    );

    const tooMuch = await t
      .http()
      .post(`/needs/${need.id}/awards`)
      .set(buyer.auth)
      .send({ awards: [{ offerId: offers[0]!.id, quantity: 25 }] })
      .expect(422);
    expect(tooMuch.body.fields.quantity).toMatch(/cannot take more/);

    const result = (
      await t
        .http()
        .post(`/needs/${need.id}/awards`)
        .set(buyer.auth)
        .send({
          awards: [
            { offerId: offers[0]!.id, quantity: 18 },
            { offerId: offers[1]!.id, quantity: 12 },
          ],
        })
        .expect(201)
    ).body as AwardResultView;
    expect(result.awards.map((a) => a.quantity)).toEqual([18, 12]);
    expect(result.declinedOffers).toBe(1);

    const after = (await t.http().get(`/needs/${need.id}`).set(buyer.auth).expect(200))
      .body as SourcingNeedView;
    expect(after.status).toBe('AWARDED');
    const statuses = (await t.http().get(`/needs/${need.id}/offers`).set(buyer.auth).expect(200))
      .body as NeedOffersView;
    expect(Object.fromEntries(statuses.offers.map((o) => [o.id, o.status]))).toEqual({
      [offers[0]!.id]: 'ACCEPTED',
      [offers[1]!.id]: 'ACCEPTED',
      [offers[2]!.id]: 'DECLINED',
    });
    // The declined group is told.
    const declined = await t.dataSource.query(
      `SELECT title FROM notifications WHERE user_id = $1 AND kind = 'offer.declined'`,
      [groups[2]!.coordinator.userId],
    );
    expect(declined).toHaveLength(1);

    const ledger = (
      await t
        .http()
        .get(`/organisations/${groups[0]!.id}/ledger`)
        .set(groups[0]!.coordinator.auth)
        .expect(200)
    ).body as CapacityLedgerView;
    const firstMonth = need.schedule.startDate.slice(0, 7);
    const month = ledger.lines[0]!.months.find((m) => m.month === firstMonth)!;
    expect(month).toEqual({ month: firstMonth, committed: 20, reserved: 18, available: 2 });
    expect(ledger.reservations.filter((r) => r.month === firstMonth)).toEqual([
      expect.objectContaining({ needTitle: need.title, leadFirmName: firm.legalName, quantity: 18 }),
    ]);

    const linkages = await t.dataSource.query<{ supplier_id: string; stage: string }[]>(
      `SELECT supplier_id, stage FROM linkages WHERE lead_firm_id = $1 ORDER BY supplier_id`,
      [firm.id],
    );
    expect(linkages).toEqual(
      [groups[0]!.id, groups[1]!.id].sort().map((id) => ({ supplier_id: id, stage: 'AGREEMENT' })),
    );

    // The pipeline: the buyer follows its linkages and moves one on; illegal moves are refused.
    const mine = (await t.http().get('/linkages').set(buyer.auth).expect(200)).body as LinkageView[];
    const first = mine.find((l) => l.supplier.id === groups[0]!.id)!;
    expect(first).toMatchObject({ stage: 'AGREEMENT', nextStages: ['SUPPLYING', 'ENDED'], stalled: false });
    const phased = await t
      .http()
      .post(`/linkages/${first.id}/events`)
      .set(buyer.auth)
      .send({ stage: 'PHASED_OUT' })
      .expect(409);
    expect(phased.body.fields.status).toMatch(/only after a review/);
    await t
      .http()
      .post(`/linkages/${first.id}/events`)
      .set(buyer.auth)
      .send({ stage: 'SUPPLYING', occurredOn: inDays(1) })
      .expect(400);
    const moved = (
      await t
        .http()
        .post(`/linkages/${first.id}/events`)
        .set(groups[0]!.coordinator.auth)
        .send({ stage: 'SUPPLYING', note: 'First lot shipped' })
        .expect(201)
    ).body as LinkageDetailView;
    expect(moved.stage).toBe('SUPPLYING');
    expect(moved.events.map((e) => e.stage)).toEqual(['SUPPLYING', 'AGREEMENT']);
    expect(moved.events[0]).toMatchObject({ note: 'First lot shipped', actorName: expect.any(String) });
    await t
      .http()
      .patch(`/linkages/${first.id}`)
      .set(buyer.auth)
      .send({
        governance: 'RELATIONAL',
        embeddedServices: ['TECHNICAL_ASSISTANCE'],
        nextAction: 'Quality visit',
        nextActionDue: inDays(14),
      })
      .expect(200);
    // Orders and deliveries: the first order is the trial, the next a repeat; deliveries are the track record.
    await t
      .http()
      .post(`/linkages/${first.id}/orders`)
      .set(buyer.auth)
      .send({ quantity: 18, unit: 't', dueOn: inDays(40) })
      .expect(201);
    const withOrders = (
      await t
        .http()
        .post(`/linkages/${first.id}/orders`)
        .set(buyer.auth)
        .send({ quantity: 18, unit: 't', price: 1200, currency: 'USD', dueOn: inDays(70) })
        .expect(201)
    ).body as LinkageDetailView;
    expect(withOrders.orders.map((o) => o.repeat)).toEqual([false, true]);
    await t
      .http()
      .post(`/linkages/${first.id}/deliveries`)
      .set(buyer.auth)
      .send({ deliveredOn: inDays(2), quantity: 18, unit: 't', onTime: true, conforming: true })
      .expect(400);
    for (const onTime of [true, true, false])
      await t
        .http()
        .post(`/linkages/${first.id}/deliveries`)
        .set(buyer.auth)
        .send({
          orderId: withOrders.orders[0]!.id,
          deliveredOn: inDays(0),
          quantity: 6,
          unit: 't',
          onTime,
          conforming: true,
        })
        .expect(201);

    // The third group, never awarded, has no linkage to see.
    await t.http().get(`/linkages/${first.id}`).set(groups[2]!.coordinator.auth).expect(404);

    // The next buyer's matching reads the ledger: group 0 has 2 t a month left in those months, group 2 all 20.
    const next = await postMatched(buyer, firm.id, needBody('940370', 30));
    const ranked = (await t.http().get(`/needs/${next.id}/matches`).set(buyer.auth).expect(200))
      .body as NeedMatchesView;
    const offerable = (id: string) => ranked.matches.find((m) => m.supplierId === id)?.offerableQuantity;
    expect(offerable(groups[0]!.id)).toBeCloseTo(2);
    expect(offerable(groups[1]!.id)).toBeCloseTo(8);
    expect(offerable(groups[2]!.id)).toBeCloseTo(20);
    // ...and scores the track record: group 0 has three deliveries, the others none (the neutral prior, shown as null).
    const component = (id: string) => ranked.matches.find((m) => m.supplierId === id)?.components.trackRecord;
    expect(component(groups[0]!.id)).toBeCloseTo(((2 + 3) / 2 + 0.5 * 5) / (3 + 5));
    expect(component(groups[2]!.id)).toBeNull();

    // Both parties can print the award confirmation, with the members' shares; nobody else can read it.
    const confirmation = (
      await t
        .http()
        .get(`/awards/${result.awards[0]!.awardId}/confirmation`)
        .set(groups[0]!.coordinator.auth)
        .expect(200)
    ).body as AwardConfirmationView;
    expect(confirmation).toMatchObject({
      buyer: { name: firm.legalName },
      supplier: { name: groups[0]!.legalName },
      quantity: 18,
      price: 1200,
      shares: [{ producerName: groups[0]!.legalName, quantity: 18 }],
    });
    await t.http().get(`/awards/${result.awards[0]!.awardId}/confirmation`).set(buyer.auth).expect(200);
    await t
      .http()
      .get(`/awards/${result.awards[0]!.awardId}/confirmation`)
      .set(groups[2]!.coordinator.auth)
      .expect(404);

    // Reserved capacity cannot be edited away or deleted; a cancelled award releases it.
    const edit = await t
      .http()
      .patch(`/organisations/${groups[0]!.id}/capacity-entries/${groups[0]!.lineId}`)
      .set(groups[0]!.coordinator.auth)
      .send({ quantity: 10, version: groups[0]!.lineVersion })
      .expect(409);
    expect(edit.body.fields.quantity).toMatch(/Awards reserve 18 t/);
    const awardId = result.awards[0]!.awardId;
    await t.http().post(`/awards/${awardId}/cancel`).set(groups[0]!.coordinator.auth).expect(404);
    await t.http().post(`/awards/${awardId}/cancel`).set(buyer.auth).expect(200);
    const timeline = (await t.http().get(`/linkages/${first.id}`).set(buyer.auth).expect(200))
      .body as LinkageDetailView;
    expect(timeline.events[0]).toMatchObject({
      note: expect.stringMatching(/^Award cancelled by the buyer/),
      awardId,
    });
    await t.http().post(`/awards/${awardId}/cancel`).set(buyer.auth).expect(409);
    const released = (
      await t
        .http()
        .get(`/organisations/${groups[0]!.id}/ledger`)
        .set(groups[0]!.coordinator.auth)
        .expect(200)
    ).body as CapacityLedgerView;
    expect(released.lines[0]!.months.find((m) => m.month === firstMonth)).toMatchObject({
      reserved: 0,
      available: 20,
    });
  });

  it('refuses to award a need through its status alone', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
    await group(coordinator, '940371', 30);
    const need = await postMatched(buyer, firm.id, needBody('940371', 10));
    await t
      .http()
      .post(`/needs/${need.id}/status`)
      .set(buyer.auth)
      .send({ status: 'EVALUATING' })
      .expect(200);
    const refused = await t
      .http()
      .post(`/needs/${need.id}/status`)
      .set(buyer.auth)
      .send({ status: 'AWARDED' })
      .expect(409);
    expect(refused.body.fields.status).toMatch(/offers are awarded/);
  });

  it('never reserves more than a line commits when 100 awards race for it; every loser gets a 409 and writes nothing', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
    // 50 t a month; each need asks 10 t: five awards fit.
    const g = await group(coordinator, '940380', 50);
    const needs = await Promise.all(
      Array.from({ length: 100 }, () => postMatched(buyer, firm.id, needBody('940380', 10))),
    );
    const offers = await Promise.all(
      needs.map(async (n) => (await offer(coordinator, n.id, offerBody(g.id, 10))).body as OfferView),
    );
    const responses = await Promise.all(
      offers.map((o) =>
        t
          .http()
          .post(`/needs/${o.needId}/awards`)
          .set(buyer.auth)
          .send({ awards: [{ offerId: o.id, quantity: 10 }] }),
      ),
    );
    const lost = responses.filter((r) => r.status !== 201);
    const won = new Set(offers.filter((_, i) => responses[i]!.status === 201).map((o) => o.needId));
    const byStatus = responses.reduce<Record<number, number>>(
      (n, r) => ({ ...n, [r.status]: (n[r.status] ?? 0) + 1 }),
      {},
    );
    expect(byStatus).toEqual({ 201: 5, 409: 95 });
    expect(lost[0]!.body.fields['awards.0.quantity']).toMatch(/has 0 t left to reserve in \d{4}-\d{2}/);

    const perMonth = await t.dataSource.query<{ month: string; reserved: string }[]>(
      `SELECT month, sum(quantity) AS reserved FROM capacity_reservations
        WHERE capacity_entry_id = $1 AND released_at IS NULL GROUP BY month`,
      [g.lineId],
    );
    expect(perMonth.length).toBeGreaterThan(0);
    for (const m of perMonth) expect(Number(m.reserved)).toBe(50);
    // Nothing half-written: exactly the winners have awards, accepted offers and awarded needs.
    const [{ awards, accepted, awarded }] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM awards WHERE need_id = ANY($1::uuid[]))::int AS awards,
              (SELECT count(*) FROM offers WHERE need_id = ANY($1::uuid[]) AND status = 'ACCEPTED')::int AS accepted,
              (SELECT count(*) FROM sourcing_needs WHERE id = ANY($1::uuid[]) AND status = 'AWARDED')::int AS awarded`,
      [needs.map((n) => n.id)],
    );
    expect({ awards, accepted, awarded }).toEqual({ awards: 5, accepted: 5, awarded: 5 });
    // The losers' needs go: left open, the winners' award would re-match all 95 of them (their
    // supplier's capacity changed) and crowd the worker that the other test files share.
    await Promise.all(
      needs
        .filter((n) => !won.has(n.id))
        .map((n) =>
          t.http().post(`/needs/${n.id}/status`).set(buyer.auth).send({ status: 'CANCELLED' }).expect(200),
        ),
    );
  }, 180_000);
});

describe('awards racing on different lines', () => {
  it('awards one buyer several needs from one group at once: every award stands, one linkage', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
    // Twenty lines of 10 t, one behind each offer: the awards share no line lock, only the linkage.
    const g = await group(coordinator, '940381', 10);
    const lines = [g.lineId];
    for (let i = 1; i < 20; i++)
      lines.push(
        (
          await t
            .http()
            .post(`/organisations/${g.id}/capacity-entries`)
            .set(coordinator.auth)
            .send({
              productCode: '940381',
              productLabel: `Line ${i}`,
              quantity: 10,
              unit: 't',
              period: 'MONTH',
            })
            .expect(201)
        ).body.id as string,
      );
    const needs = await Promise.all(
      Array.from({ length: 20 }, () => postMatched(buyer, firm.id, needBody('940381', 10))),
    );
    const offers = await Promise.all(
      needs.map(
        async (n, i) =>
          (
            await offer(
              coordinator,
              n.id,
              offerBody(g.id, 10, { allocations: [{ lineId: lines[i], quantity: 10 }] }),
            )
          ).body as OfferView,
      ),
    );
    const responses = await Promise.all(
      offers.map((o) =>
        t
          .http()
          .post(`/needs/${o.needId}/awards`)
          .set(buyer.auth)
          .send({ awards: [{ offerId: o.id, quantity: 10 }] }),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(responses.map(() => 201));
    const linkages = await t.dataSource.query(`SELECT stage FROM linkages WHERE lead_firm_id = $1`, [
      firm.id,
    ]);
    expect(linkages).toEqual([{ stage: 'AGREEMENT' }]);
    const events = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM linkage_events e JOIN linkages l ON l.id = e.linkage_id WHERE l.lead_firm_id = $1`,
      [firm.id],
    );
    expect(events).toEqual([{ n: 20 }]);
  }, 120_000);
});

describe('joint offers', () => {
  it('a lead group offers with a partner from the coalition; the buyer sees it once the partner confirms, and awards it whole', async () => {
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
    const [lead, partner] = await Promise.all(
      [20, 20].map(async (tonnes) => {
        const coordinator = await signUp(t, 'coordinator');
        return { coordinator, ...(await group(coordinator, '960110', tonnes)) };
      }),
    );
    const need = await postMatched(buyer, firm.id, needBody('960110', 35));
    const theirs = (
      await t.http().get(`/organisations/${lead!.id}/matched-needs`).set(lead!.coordinator.auth).expect(200)
    ).body as MatchedNeedView[];
    const coalition = theirs.find((n) => n.needId === need.id)!.coalition!;
    expect(coalition.partners.map((p) => p.supplierId)).toEqual([partner!.id]);

    // A partner outside the coalition, or shares that leave the lead nothing, are refused.
    const outsider = await group(await signUp(t, 'outsider'), '920110', 20);
    const wrong = await offer(
      lead!.coordinator,
      need.id,
      offerBody(lead!.id, 35, {
        proposalId: coalition.proposalId,
        partners: [{ supplierId: outsider.id, quantity: 15 }],
      }),
      400,
    );
    expect(wrong.body.fields['partners.0.supplierId']).toMatch(/Not a member of this coalition/);
    await offer(
      lead!.coordinator,
      need.id,
      offerBody(lead!.id, 35, {
        proposalId: coalition.proposalId,
        partners: [{ supplierId: partner!.id, quantity: 35 }],
      }),
      400,
    );

    const joint = (
      await offer(
        lead!.coordinator,
        need.id,
        offerBody(lead!.id, 35, {
          proposalId: coalition.proposalId,
          partners: [{ supplierId: partner!.id, quantity: 15 }],
        }),
      )
    ).body as OfferView;
    expect(joint.status).toBe('AWAITING_PARTNERS');
    expect(joint.parts).toEqual([
      expect.objectContaining({ supplierId: lead!.id, quantity: 20, confirmed: true, lead: true }),
      expect.objectContaining({ supplierId: partner!.id, quantity: 15, confirmed: false, lead: false }),
    ]);
    // Not yet the buyer's to see; the partner sees it waiting for it.
    let seen = (await t.http().get(`/needs/${need.id}/offers`).set(buyer.auth).expect(200))
      .body as NeedOffersView;
    expect(seen.count).toBe(0);
    const partnerView = (
      await t
        .http()
        .get(`/organisations/${partner!.id}/matched-needs`)
        .set(partner!.coordinator.auth)
        .expect(200)
    ).body as MatchedNeedView[];
    expect(partnerView.find((n) => n.needId === need.id)!.offer).toMatchObject({
      ledBy: lead!.legalName,
      awaitingYou: true,
    });
    // Only the partner's own people confirm its share.
    await t
      .http()
      .post(`/offers/${joint.id}/confirm`)
      .set(lead!.coordinator.auth)
      .send({ supplierId: partner!.id, accept: true })
      .expect(403);
    const confirmed = (
      await t
        .http()
        .post(`/offers/${joint.id}/confirm`)
        .set(partner!.coordinator.auth)
        .send({ supplierId: partner!.id, accept: true })
        .expect(200)
    ).body as OfferView;
    expect(confirmed.status).toBe('SUBMITTED');

    seen = (await t.http().get(`/needs/${need.id}/offers`).set(buyer.auth).expect(200))
      .body as NeedOffersView;
    expect(seen.offers).toHaveLength(1);
    expect(seen.offers[0]!.allocations.map((a) => [a.groupId, a.quantity]).sort()).toEqual(
      [
        [lead!.id, 20],
        [partner!.id, 15],
      ].sort(),
    );
    await t
      .http()
      .post(`/needs/${need.id}/awards`)
      .set(buyer.auth)
      .send({ awards: [{ offerId: joint.id, quantity: 35 }] })
      .expect(201);

    const partnerLedger = (
      await t.http().get(`/organisations/${partner!.id}/ledger`).set(partner!.coordinator.auth).expect(200)
    ).body as CapacityLedgerView;
    expect(
      partnerLedger.lines[0]!.months.find((m) => m.month === need.schedule.startDate.slice(0, 7)),
    ).toMatchObject({
      reserved: 15,
      available: 5,
    });
    const linkages = await t.dataSource.query<{ supplier_id: string }[]>(
      `SELECT supplier_id FROM linkages WHERE lead_firm_id = $1`,
      [firm.id],
    );
    expect(linkages.map((l) => l.supplier_id).sort()).toEqual([lead!.id, partner!.id].sort());
    const award = (await t.http().get(`/needs/${need.id}/offers`).set(buyer.auth).expect(200))
      .body as NeedOffersView;
    await t
      .http()
      .get(`/awards/${award.offers[0]!.award!.id}/confirmation`)
      .set(partner!.coordinator.auth)
      .expect(200);
  });

  it('a partner that refuses its share withdraws the joint offer, and the lead is told', async () => {
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
    const [lead, partner] = await Promise.all(
      [20, 20].map(async (tonnes) => {
        const coordinator = await signUp(t, 'coordinator');
        return { coordinator, ...(await group(coordinator, '950300', tonnes)) };
      }),
    );
    const need = await postMatched(buyer, firm.id, needBody('950300', 35));
    const theirs = (
      await t.http().get(`/organisations/${lead!.id}/matched-needs`).set(lead!.coordinator.auth).expect(200)
    ).body as MatchedNeedView[];
    const { proposalId } = theirs.find((n) => n.needId === need.id)!.coalition!;
    const joint = (
      await offer(
        lead!.coordinator,
        need.id,
        offerBody(lead!.id, 35, { proposalId, partners: [{ supplierId: partner!.id, quantity: 15 }] }),
      )
    ).body as OfferView;
    const refused = (
      await t
        .http()
        .post(`/offers/${joint.id}/confirm`)
        .set(partner!.coordinator.auth)
        .send({ supplierId: partner!.id, accept: false })
        .expect(200)
    ).body as OfferView;
    expect(refused.status).toBe('WITHDRAWN');
    const told = await t.dataSource.query(
      `SELECT id FROM notifications WHERE user_id = $1 AND kind = 'offer.declined'`,
      [lead!.coordinator.userId],
    );
    expect(told).toHaveLength(1);
  });
});

describe('questions and clarifications', () => {
  it('keeps each group’s thread with the buyer to itself, and publishes clarifications to every invited group', async () => {
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
    const [a, b] = await Promise.all(
      [30, 30].map(async (tonnes) => {
        const coordinator = await signUp(t, 'coordinator');
        return { coordinator, ...(await group(coordinator, '940393', tonnes)) };
      }),
    );
    const need = await postMatched(buyer, firm.id, needBody('940393', 10));
    await t
      .http()
      .post(`/needs/${need.id}/invitations`)
      .set(buyer.auth)
      .send({ supplierIds: [a!.id, b!.id] })
      .expect(200);
    const ask = (who: Actor, body: object, status = 201) =>
      t.http().post(`/needs/${need.id}/messages`).set(who.auth).send(body).expect(status);

    await ask(a!.coordinator, { supplierId: a!.id, body: 'Is a 25 kg bag acceptable?' });
    await ask(buyer, { supplierId: a!.id, body: 'Yes, 25 kg bags on pallets.' });
    await ask(buyer, { publish: true, body: 'All deliveries are to the Callao warehouse.' });
    // A group cannot publish, nor write in another group's thread.
    await ask(a!.coordinator, { supplierId: a!.id, publish: true, body: 'x' }, 400);
    await ask(b!.coordinator, { supplierId: a!.id, body: 'Let me in' }, 404);

    const thread = (who: Actor, supplierId?: string) =>
      t
        .http()
        .get(`/needs/${need.id}/messages${supplierId ? `?supplierId=${supplierId}` : ''}`)
        .set(who.auth)
        .expect(200)
        .then((r) => (r.body as NeedMessageView[]).map((m) => m.body));
    expect(await thread(a!.coordinator, a!.id)).toEqual([
      'Is a 25 kg bag acceptable?',
      'Yes, 25 kg bags on pallets.',
      'All deliveries are to the Callao warehouse.',
    ]);
    expect(await thread(b!.coordinator, b!.id)).toEqual(['All deliveries are to the Callao warehouse.']);
    expect(await thread(buyer)).toHaveLength(3);
    await t.http().get(`/needs/${need.id}/messages`).set(b!.coordinator.auth).expect(404);

    // The buyer hears of the question; b hears of the clarification only.
    const kinds = async (userId: string) =>
      (
        await t.dataSource.query<{ kind: string }[]>(
          `SELECT kind FROM notifications WHERE user_id = $1 ORDER BY created_at`,
          [userId],
        )
      ).map((r) => r.kind);
    expect(await kinds(buyer.userId)).toContain('need.question');
    expect((await kinds(b!.coordinator.userId)).filter((k) => k === 'need.answer')).toHaveLength(1);
    expect((await kinds(a!.coordinator.userId)).filter((k) => k === 'need.answer')).toHaveLength(2);
  });
});

describe('members with reserved capacity', () => {
  it('tells the group and the buyer when a member whose capacity an award reserves is suspended', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
    const g = await createOrganisation(t, coordinator, { kind: 'PRODUCER_GROUP', country: 'PE' });
    const member = (
      await t
        .http()
        .post(`/organisations/${g.id}/group-members`)
        .set(coordinator.auth)
        .send({ enterprise: { legalName: 'Taller Reservado' }, status: 'ACTIVE' })
        .expect(201)
    ).body as { id: string };
    await t
      .http()
      .post(`/organisations/${g.id}/capacity-entries`)
      .set(coordinator.auth)
      .send({
        productCode: '940140',
        productLabel: 'Sofa beds',
        quantity: 30,
        unit: 't',
        period: 'MONTH',
        memberId: member.id,
        committed: true,
      })
      .expect(201);
    const need = await postMatched(buyer, firm.id, needBody('940140', 10));
    const made = (await offer(coordinator, need.id, offerBody(g.id, 10))).body as OfferView;
    expect(made.allocations).toEqual([
      expect.objectContaining({ memberId: member.id, producerName: 'Taller Reservado' }),
    ]);
    await t
      .http()
      .post(`/needs/${need.id}/awards`)
      .set(buyer.auth)
      .send({ awards: [{ offerId: made.id, quantity: 10 }] })
      .expect(201);

    await t
      .http()
      .patch(`/organisations/${g.id}/group-members/${member.id}`)
      .set(coordinator.auth)
      .send({ status: 'SUSPENDED' })
      .expect(200);
    const notices = (userId: string) =>
      t.dataSource.query(
        `SELECT title FROM notifications WHERE user_id = $1 AND kind = 'reservation.member-changed'`,
        [userId],
      );
    expect(await notices(coordinator.userId)).toHaveLength(1);
    expect(await notices(buyer.userId)).toHaveLength(1);
    // The reservation stands (the buyer's commitment is not rewritten), and the ledger shows nothing left to commit.
    const ledger = (await t.http().get(`/organisations/${g.id}/ledger`).set(coordinator.auth).expect(200))
      .body as CapacityLedgerView;
    expect(
      ledger.lines[0]!.months.find((m) => m.month === need.schedule.startDate.slice(0, 7)),
    ).toMatchObject({
      committed: 0,
      reserved: 10,
      available: 0,
    });
  });

  it('names to the buyer only the member enterprises the visibility rule lets it see', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
    const g = await createOrganisation(t, coordinator, { kind: 'PRODUCER_GROUP', country: 'PE' });
    const member = (
      await t
        .http()
        .post(`/organisations/${g.id}/group-members`)
        .set(coordinator.auth)
        .send({ enterprise: { legalName: 'Taller Discreto', visibility: 'BROKERS' }, status: 'ACTIVE' })
        .expect(201)
    ).body as { id: string };
    await t
      .http()
      .post(`/organisations/${g.id}/capacity-entries`)
      .set(coordinator.auth)
      .send({
        productCode: '940150',
        productLabel: 'Bamboo chairs',
        quantity: 30,
        unit: 't',
        period: 'MONTH',
        memberId: member.id,
        committed: true,
      })
      .expect(201);
    const need = await postMatched(buyer, firm.id, needBody('940150', 10));
    const made = (await offer(coordinator, need.id, offerBody(g.id, 10))).body as OfferView;
    expect(made.allocations[0]!.producerName).toBe('Taller Discreto');
    const seen = (await t.http().get(`/needs/${need.id}/offers`).set(buyer.auth).expect(200))
      .body as NeedOffersView;
    expect(seen.offers[0]!.allocations[0]!.producerName).toBe('A member enterprise');
    expect(JSON.stringify(seen)).not.toContain('Taller Discreto');
  });
});
