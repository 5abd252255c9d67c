import {
  type MatchedNeedView,
  type NeedCoalitionsView,
  type NeedInvitationsView,
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
import { leadFirmStaff } from './support/viewers.js';
import { eventually, sharedMailDir, startWorker } from './support/worker-process.js';

/**
 * A lead firm invites suppliers from its ranked matches to offer (issue 14, first step): one or
 * several by id, or a coalition proposal's members at once; invited groups see the need whatever its
 * visibility and are told once; an invitation cannot be undone by shortlisting or dismissing.
 * HS chapters 20 and 21 are this file's own.
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

async function group(coordinator: Actor, productCode: string, tonnes: number, visibility = 'PUBLIC') {
  const g = await createOrganisation(t, coordinator, { kind: 'PRODUCER_GROUP', country: 'PE', visibility });
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
    .expect(201);
  return g;
}

const need = (productCode: string, quantity: number, visibility = 'PUBLIC') => ({
  title: `Invitations for ${productCode}`,
  productCode,
  quantity,
  unit: 't',
  period: 'MONTH',
  deliveryCountry: 'PE',
  responseDeadline: inDays(60),
  deliveryPlace: { lat: -12.05, lon: -77.04 },
  visibility,
});

async function matched(buyer: Actor, firmId: string, body: object) {
  const posted = (
    await t.http().post(`/organisations/${firmId}/needs`).set(buyer.auth).send(body).expect(201)
  ).body as SourcingNeedView;
  const matches = await eventually(async () => {
    const view = (await t.http().get(`/needs/${posted.id}/matches`).set(buyer.auth).expect(200))
      .body as NeedMatchesView;
    return view.state === 'READY' ? view : undefined;
  }, 15_000);
  return { need: posted, matches };
}

const invite = (buyer: Actor, needId: string, body: object, status = 200) =>
  t.http().post(`/needs/${needId}/invitations`).set(buyer.auth).send(body).expect(status);

const matchedNeeds = async (coordinator: Actor, groupId: string) =>
  (await t.http().get(`/organisations/${groupId}/matched-needs`).set(coordinator.auth).expect(200))
    .body as MatchedNeedView[];

const notificationsOf = (userId: string, needId: string) =>
  t.dataSource.query<{ kind: string; link: string }[]>(
    `SELECT kind, link FROM notifications WHERE user_id = $1 AND dedupe_key LIKE $2`,
    [userId, `need.invited:${needId}:%`],
  );

const invitationEmails = (email: string, title: string) =>
  t.dataSource.query<unknown[]>(
    `SELECT id FROM outbox_events WHERE topic = 'email.requested' AND payload->>'to' = $1 AND payload->>'subject' LIKE $2`,
    [email, `%${title}`],
  );

describe('inviting suppliers to offer', () => {
  it('invites a ranked supplier of an INVITED-only need: the group now sees the need, and is told once', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
    const g = await group(coordinator, '200190', 12);
    const { need: posted, matches } = await matched(buyer, firm.id, need('200190', 10, 'INVITED'));
    expect(matches.matches.map((m) => m.supplierId)).toContain(g.id);
    // An INVITED need is not shown to the groups it matches until they are invited.
    expect((await matchedNeeds(coordinator, g.id)).map((n) => n.needId)).not.toContain(posted.id);

    const first = (await invite(buyer, posted.id, { supplierIds: [g.id] })).body as NeedInvitationsView;
    expect(first.invited).toEqual([
      expect.objectContaining({ supplierId: g.id, supplierName: g.legalName, newlyInvited: true }),
    ]);
    const seen = (await matchedNeeds(coordinator, g.id)).find((n) => n.needId === posted.id);
    expect(seen).toMatchObject({ matchStatus: 'INVITED', visibility: 'INVITED' });

    const again = (await invite(buyer, posted.id, { supplierIds: [g.id] })).body as NeedInvitationsView;
    expect(again.invited[0]!.newlyInvited).toBe(false);
    const told = await notificationsOf(coordinator.userId, posted.id);
    expect(told).toEqual([
      { kind: 'need.invited', link: expect.stringContaining(`/organisations/${g.id}/matched-needs`) },
    ]);
    expect(await invitationEmails(coordinator.email, posted.title)).toHaveLength(1);

    // The invitation stands: the lead firm's own marks cannot undo it, and re-matching keeps it.
    const matchId = first.invited[0]!.matchId;
    const undo = await t
      .http()
      .post(`/needs/${posted.id}/matches/${matchId}/status`)
      .set(buyer.auth)
      .send({ status: 'DISMISSED' })
      .expect(409);
    expect(undo.body.fields).toHaveProperty('status');
    const edited = (
      await t.http().patch(`/needs/${posted.id}`).set(buyer.auth).send({ quantity: 11 }).expect(200)
    ).body as SourcingNeedView;
    const rematched = await eventually(async () => {
      const view = (await t.http().get(`/needs/${posted.id}/matches`).set(buyer.auth).expect(200))
        .body as NeedMatchesView;
      return view.state === 'READY' && view.matchedVersion === edited.version ? view : undefined;
    }, 15_000);
    expect(rematched.matches.find((m) => m.supplierId === g.id)?.status).toBe('INVITED');
  });

  it('invites every member of a coalition proposal in one call', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
    const groups = [
      await group(coordinator, '210390', 4),
      await group(coordinator, '210390', 4),
      await group(coordinator, '210390', 3),
    ];
    const { need: posted } = await matched(buyer, firm.id, need('210390', 10));
    const coalitions = (await t.http().get(`/needs/${posted.id}/coalitions`).set(buyer.auth).expect(200))
      .body as NeedCoalitionsView;
    const best = coalitions.proposals[0]!;
    expect(best.members).toHaveLength(3);
    const view = (await invite(buyer, posted.id, { proposalId: best.id })).body as NeedInvitationsView;
    expect(view.invited.map((i) => i.supplierId).sort()).toEqual(groups.map((g) => g.id).sort());
    expect(view.invited.every((i) => i.newlyInvited)).toBe(true);
    for (const g of groups)
      expect((await matchedNeeds(coordinator, g.id)).find((n) => n.needId === posted.id)?.matchStatus).toBe(
        'INVITED',
      );
  });

  it('refuses suppliers that are no match, hidden groups, unknown proposals, bad bodies and closed needs, naming the field', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
    const open = await group(coordinator, '200899', 12);
    const hidden = await group(coordinator, '200899', 12, 'BROKERS');
    const elsewhere = await group(coordinator, '210111', 12);
    const { need: posted } = await matched(buyer, firm.id, need('200899', 10));

    const refused = await invite(buyer, posted.id, { supplierIds: [open.id, hidden.id, elsewhere.id] }, 400);
    expect(refused.body.fields).toEqual({
      'supplierIds.1': 'Only a supplier this need matches can be invited',
      'supplierIds.2': 'Only a supplier this need matches can be invited',
    });
    // Nothing was written: the valid supplier of the refused call is not invited either.
    expect((await matchedNeeds(coordinator, open.id)).find((n) => n.needId === posted.id)?.matchStatus).toBe(
      'PROPOSED',
    );

    await invite(buyer, posted.id, { proposalId: '00000000-0000-4000-8000-000000000000' }, 404);
    expect((await invite(buyer, posted.id, {}, 400)).body.fields).toHaveProperty('supplierIds');
    expect((await invite(buyer, posted.id, { supplierIds: ['nope'] }, 400)).body.fields).toHaveProperty([
      'supplierIds.0',
    ]);
    // Anyone but the lead firm's people: the need does not exist.
    await invite(coordinator, posted.id, { supplierIds: [open.id] }, 404);

    await t
      .http()
      .post(`/needs/${posted.id}/status`)
      .set(buyer.auth)
      .send({ status: 'CANCELLED' })
      .expect(200);
    const closed = await invite(buyer, posted.id, { supplierIds: [open.id] }, 409);
    expect(closed.body.fields).toEqual({ status: 'A cancelled need takes no more offers' });
  });
});
