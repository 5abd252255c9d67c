import { randomUUID } from 'node:crypto';
import {
  type CatalogueItemView,
  type GroupMemberView,
  type MyOrganisationView,
  type OrganisationProfileView,
  type OrganisationView,
} from '@linkage/contracts';
import { type SearchDocument, type SearchResult } from '@linkage/search';
import { type Actor, type TestApp, createOrganisation, createTestApp, signUp } from './support/test-app.js';
import { enrol, leadFirmStaff, platformAdmin, programmeBroker } from './support/viewers.js';
import { eventually, sharedMailDir, startWorker } from './support/worker-process.js';

/**
 * Decisions 0007 and 0008 per viewer: hidden groups and hidden members never reach profiles,
 * catalogue capacity, search hits or facet counts, and a self-created lead firm sees the LEAD_FIRMS
 * tier only once a broker verified it.
 */

let t: TestApp;
let worker: { stop: () => Promise<void> };
let programmeId: string;

/** This run's word: every group's name carries it, so search counts are this file's documents only. */
const tag = `vis${randomUUID().replace(/-/g, '').slice(0, 10)}`;
const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

type ViewerName = 'anonymous' | 'unverifiedBuyer' | 'verifiedBuyer' | 'rivalProducer' | 'broker' | 'own';
const viewers = {} as Record<Exclude<ViewerName, 'anonymous'>, Actor>;
const as = (name: ViewerName) => (name === 'anonymous' ? undefined : viewers[name]);

/** The PUBLIC group G: members of every tier and status, each with committed argan capacity. */
const G = {} as {
  id: string;
  item: CatalogueItemView;
  open: GroupMemberView;
  buyersOnly: GroupMemberView;
  discreet: GroupMemberView;
  invited: GroupMemberView;
};
/** A LEAD_FIRMS-tier group with a LEAD_FIRMS member and a BROKERS one. */
const L = {} as { id: string; owner: Actor; buyersOnly: GroupMemberView; discreet: GroupMemberView };
/** A BROKERS-tier group with a published catalogue item. */
const H = {} as { id: string; owner: Actor; item: CatalogueItemView };

async function get<T>(path: string, viewer?: Actor, status = 200): Promise<T> {
  const req = t.http().get(path);
  return (await (viewer ? req.set(viewer.auth) : req).expect(status)).body as T;
}

async function post<T>(
  actor: Actor,
  path: string,
  body: Record<string, unknown>,
  { method = 'post', status = 201 }: { method?: 'post' | 'put'; status?: number } = {},
): Promise<T> {
  return (await t.http()[method](path).set(actor.auth).send(body).expect(status)).body as T;
}

async function group(owner: Actor, visibility: string, name: string) {
  return createOrganisation(t, owner, { visibility, legalName: `${name} ${tag}` });
}

/** [tier, status, committed kg of argan, product label, standard held] of one member enterprise. */
type MemberSpec = [visibility: string, status: string, quantity: number, label: string, standard: string];

/** Member enterprises, each with its own tier and status, committed capacity and a certificate. */
async function members<const S extends readonly MemberSpec[]>(
  owner: Actor,
  groupId: string,
  specs: S,
): Promise<{ [K in keyof S]: GroupMemberView }> {
  const created: GroupMemberView[] = [];
  for (const [visibility, status, quantity, productLabel, standardCode] of specs) {
    const m = await post<GroupMemberView>(owner, `/organisations/${groupId}/group-members`, {
      enterprise: { legalName: `Member ${randomUUID().slice(0, 6)}`, visibility },
      status,
    });
    await post(owner, `/organisations/${groupId}/capacity-entries`, {
      productCode: '151590',
      productLabel,
      quantity,
      unit: 'kg',
      memberId: m.id,
      committed: true,
    });
    await post(owner, `/organisations/${groupId}/certifications`, {
      standardCode,
      memberId: m.id,
      validUntil: inAYear,
    });
    created.push(m);
  }
  return created as { [K in keyof S]: GroupMemberView };
}

async function publishedItem(owner: Actor, groupId: string, standardCodes: string[]) {
  const item = await post<CatalogueItemView>(owner, `/organisations/${groupId}/catalogue`, {
    productCode: '151590',
    productLabel: 'Argan oil',
    unit: 'kg',
    standardCodes,
  });
  await post(
    owner,
    `/catalogue-items/${item.id}/published`,
    { published: true },
    { method: 'put', status: 200 },
  );
  return item;
}

async function search(query: Record<string, string>, viewer?: Actor): Promise<SearchResult> {
  return get<SearchResult>(`/search?${new URLSearchParams(query).toString()}`, viewer);
}

const ids = (r: SearchResult) => r.hits.map((h) => h.document.id).sort();
const doc = (r: SearchResult, id: string): SearchDocument | undefined =>
  r.hits.find((h) => h.document.id === id)?.document;

beforeAll(async () => {
  t = await createTestApp();
  worker = await startWorker(await sharedMailDir());

  viewers.own = await signUp(t, 'coordinator');
  G.id = (await group(viewers.own, 'PUBLIC', 'Public coop')).id;
  await post(viewers.own, `/organisations/${G.id}/certifications`, {
    standardCode: 'ISO_22000',
    validUntil: inAYear,
  });
  [G.open, G.buyersOnly, G.discreet, G.invited] = await members(viewers.own, G.id, [
    ['PUBLIC', 'ACTIVE', 100, 'Argan oil', 'ORGANIC_EU'],
    ['LEAD_FIRMS', 'ACTIVE', 200, 'Buyersonly oil', 'ISO_9001'],
    ['BROKERS', 'ACTIVE', 300, 'Discreet oil', 'HACCP'],
    ['PUBLIC', 'INVITED', 400, 'Invited oil', 'GMP'],
  ]);
  // A committed line in litres cannot count towards a kg item: it is "left out", by name, to whoever sees its member.
  await post(viewers.own, `/organisations/${G.id}/capacity-entries`, {
    productCode: '151590',
    productLabel: 'Discreet oil',
    quantity: 50,
    unit: 'l',
    memberId: G.discreet.id,
    committed: true,
  });
  G.item = await publishedItem(viewers.own, G.id, ['ORGANIC_EU']);

  L.owner = await signUp(t, 'discreet-coordinator');
  L.id = (await group(L.owner, 'LEAD_FIRMS', 'Buyers-only coop')).id;
  [L.buyersOnly, L.discreet] = await members(L.owner, L.id, [
    ['LEAD_FIRMS', 'ACTIVE', 10, 'Argan oil', 'ISO_9001'],
    ['BROKERS', 'ACTIVE', 20, 'Argan oil', 'HACCP'],
  ]);

  H.owner = await signUp(t, 'hidden-coordinator');
  H.id = (await group(H.owner, 'BROKERS', 'Hidden coop')).id;
  H.item = await publishedItem(H.owner, H.id, []);

  viewers.unverifiedBuyer = (await leadFirmStaff(t, { verified: false })).actor;
  viewers.verifiedBuyer = (await leadFirmStaff(t, { verified: true })).actor;
  // Defect 6: a member of a competing producer group who also created a lead firm in one call.
  viewers.rivalProducer = await signUp(t, 'rival');
  await createOrganisation(t, viewers.rivalProducer, { legalName: `Rival ${randomUUID().slice(0, 6)}` });
  await createOrganisation(t, viewers.rivalProducer, { kind: 'LEAD_FIRM' });
  // The broker's programme has the three groups enrolled: their consent to its brokers' full view.
  ({ broker: viewers.broker, programmeId } = await programmeBroker(t, [
    { organisationId: G.id, manager: viewers.own },
    { organisationId: L.id, manager: L.owner },
    { organisationId: H.id, manager: H.owner },
  ]));

  // A rename last: once the broker finds the new titles, the documents were written after every change above.
  const indexed = `indexed${tag}`;
  for (const [id, owner] of [
    [G.id, viewers.own],
    [L.id, L.owner],
  ] as const) {
    await t
      .http()
      .patch(`/organisations/${id}/profile`)
      .set(owner.auth)
      .send({ legalName: `Coop ${tag} ${indexed}` })
      .expect(200);
  }
  await eventually(async () => {
    const r = await search({ q: tag }, viewers.broker);
    const everything = [G.id, G.item.id, L.id, H.id, H.item.id].every((id) => ids(r).includes(id));
    return everything && [G.id, L.id].every((id) => doc(r, id)?.title.endsWith(indexed)) ? r : undefined;
  }, 30_000);
}, 90_000);

afterAll(async () => {
  await worker.stop();
  await t.close();
});

const ALL: readonly ViewerName[] = [
  'anonymous',
  'unverifiedBuyer',
  'verifiedBuyer',
  'rivalProducer',
  'broker',
  'own',
];

/** Which of G's members each viewer may see. */
const seenMembers = (viewer: ViewerName) =>
  ({
    anonymous: [G.open],
    unverifiedBuyer: [G.open],
    rivalProducer: [G.open],
    verifiedBuyer: [G.open, G.buyersOnly],
    broker: [G.open, G.buyersOnly, G.discreet, G.invited],
    own: [G.open, G.buyersOnly, G.discreet, G.invited],
  })[viewer].map((m) => m.id);

describe('profiles', () => {
  it.each(ALL)('show %s only the members, capacity and certificates they may see', async (viewer) => {
    const profile = await get<OrganisationProfileView>(`/organisations/${G.id}/profile`, as(viewer));
    const seen = seenMembers(viewer);
    expect(profile.members.map((m) => m.id).sort()).toEqual([...seen].sort());
    const lines = profile.capacityByProduct.flatMap((p) => p.entries.map((e) => e.memberId));
    expect([...new Set(lines)].sort()).toEqual([...seen].sort());
    const holders = profile.certifications.map((c) => c.memberId);
    expect(holders.filter((id) => id !== null).sort()).toEqual([...seen].sort());
    expect(holders).toContain(null);
    // The member list endpoint applies the same rule.
    const listed = await get<GroupMemberView[]>(`/organisations/${G.id}/group-members`, as(viewer));
    expect(listed.map((m) => m.id).sort()).toEqual([...seen].sort());
  });

  it.each([
    ['anonymous', 404, 404],
    ['unverifiedBuyer', 404, 404],
    ['rivalProducer', 404, 404],
    ['verifiedBuyer', 200, 404],
    ['broker', 200, 200],
  ] as const)(
    'answer %s %i for a LEAD_FIRMS-tier group and %i for a BROKERS-tier one',
    async (viewer, buyersOnly, brokersOnly) => {
      for (const path of [
        '',
        '/profile',
        '/catalogue',
        '/group-members',
        '/certifications',
        '/capacity-entries',
      ]) {
        await get(`/organisations/${L.id}${path}`, as(viewer), buyersOnly);
        await get(`/organisations/${H.id}${path}`, as(viewer), brokersOnly);
      }
      await get(`/catalogue-items/${H.item.id}`, as(viewer), brokersOnly);
    },
  );

  it("show a hidden group to its own members, and the LEAD_FIRMS group's discreet member to a broker only", async () => {
    await get(`/organisations/${H.id}/profile`, H.owner);
    await get(`/catalogue-items/${H.item.id}`, H.owner);
    const asBuyer = await get<OrganisationProfileView>(
      `/organisations/${L.id}/profile`,
      viewers.verifiedBuyer,
    );
    expect(asBuyer.members.map((m) => m.id)).toEqual([L.buyersOnly.id]);
    const asBroker = await get<OrganisationProfileView>(`/organisations/${L.id}/profile`, viewers.broker);
    expect(asBroker.members.map((m) => m.id).sort()).toEqual([L.buyersOnly.id, L.discreet.id].sort());
  });
});

describe('catalogue capacity', () => {
  it.each(ALL)(
    'names to %s only the members they may see and sums the others into one unnamed line',
    async (viewer) => {
      const seen = seenMembers(viewer);
      const views = [
        (await get<CatalogueItemView[]>(`/organisations/${G.id}/catalogue`, as(viewer))).find(
          (i) => i.id === G.item.id,
        )!,
        await get<CatalogueItemView>(`/catalogue-items/${G.item.id}`, as(viewer)),
        (await get<OrganisationProfileView>(`/organisations/${G.id}/profile`, as(viewer))).catalogue.find(
          (i) => i.id === G.item.id,
        )!,
      ];
      for (const { capacity } of views) {
        // The total is the same for everyone: ACTIVE members' committed kilograms, 100 + 200 + 300.
        expect(capacity.quantity).toBe(600);
        const named = capacity.byMember.map((m) => m.memberId);
        // Invited members commit nothing yet, so even their own group sees no line of theirs.
        expect([...named].sort()).toEqual(seen.filter((id) => id !== G.invited.id).sort());
        const namedSum = capacity.byMember.reduce((sum, m) => sum + m.quantity, 0);
        expect(namedSum + (capacity.otherMembers?.quantity ?? 0)).toBe(600);
        expect(capacity.otherMembers).toEqual(namedSum === 600 ? null : { quantity: 600 - namedSum });
        expect(capacity.excluded.map((e) => e.memberId)).toEqual(
          seen.includes(G.discreet.id) ? [G.discreet.id] : [],
        );
      }
    },
  );

  it('gives outsiders the hidden members as one line of 500 kg, and a verified buyer one of 300 kg', async () => {
    const anonymous = await get<CatalogueItemView>(`/catalogue-items/${G.item.id}`);
    expect(anonymous.capacity.byMember).toEqual([
      { memberId: G.open.id, memberName: G.open.enterprise.legalName, quantity: 100 },
    ]);
    expect(anonymous.capacity.otherMembers).toEqual({ quantity: 500 });
    const buyer = await get<CatalogueItemView>(`/catalogue-items/${G.item.id}`, viewers.verifiedBuyer);
    expect(buyer.capacity.otherMembers).toEqual({ quantity: 300 });
  });
});

describe('search', () => {
  it.each([
    ['anonymous', () => [G.id, G.item.id]],
    ['unverifiedBuyer', () => [G.id, G.item.id]],
    ['rivalProducer', () => [G.id, G.item.id]],
    ['own', () => [G.id, G.item.id]],
    ['verifiedBuyer', () => [G.id, G.item.id, L.id]],
    ['broker', () => [G.id, G.item.id, L.id, H.id, H.item.id]],
  ] as const)(
    'shows %s only the groups and items it may see, in hits and facet counts',
    async (viewer, expected) => {
      const r = await search({ q: tag, facets: 'kind,standard' }, as(viewer));
      expect(ids(r)).toEqual([...expected()].sort());
      expect(r.total).toBe(expected().length);
      const groups = expected().filter((id) => [G.id, L.id, H.id].includes(id)).length;
      expect(r.facets.kind).toEqual({ PRODUCER_GROUP: groups, CATALOGUE_ITEM: expected().length - groups });
      // G's document shows what an anonymous visitor sees on its profile; L's what a verified buyer sees.
      expect(r.facets.standard).toEqual({
        ISO_22000: 1,
        ORGANIC_EU: 2,
        ...(expected().includes(L.id) ? { ISO_9001: 1 } : {}),
      });
    },
  );

  it("keeps the standards and products of hidden and non-active members out of a group's document", async () => {
    const r = await search({ q: tag }, viewers.broker);
    expect(doc(r, G.id)!.standards.sort()).toEqual(['ISO_22000', 'ORGANIC_EU']);
    expect(doc(r, G.id)!.products.map((p) => p.label)).toEqual(['Argan oil']);
    expect(doc(r, L.id)!.standards).toEqual(['ISO_9001']);
  });

  it.each(ALL)('does not find a group for %s by a standard only its hidden members hold', async (viewer) => {
    for (const standard of ['HACCP', 'GMP']) {
      const r = await search({ q: tag, standard, facets: 'kind' }, as(viewer));
      expect(r).toMatchObject({ hits: [], total: 0, facets: { kind: {} } });
    }
    const iso9001 = await search({ q: tag, standard: 'ISO_9001' }, as(viewer));
    expect(ids(iso9001)).toEqual(['verifiedBuyer', 'broker'].includes(viewer) ? [L.id] : []);
  });
});

describe('lead-firm verification', () => {
  it('gives a self-created lead firm the LEAD_FIRMS tier only once a broker verifies it, and takes it back when withdrawn', async () => {
    const { actor: buyer, firm } = await leadFirmStaff(t, { verified: false });
    expect(firm.verified).toBe(false);
    await get(`/organisations/${L.id}/profile`, buyer, 404);
    expect(ids(await search({ q: tag }, buyer))).not.toContain(L.id);
    // 404 to a private route of an organisation it may not see, as to a stranger.
    await get(`/organisations/${L.id}/members`, buyer, 404);

    await t.http().post(`/organisations/${firm.id}/verification`).set(buyer.auth).expect(403);
    await t.http().post(`/organisations/${firm.id}/verification`).set(viewers.rivalProducer.auth).expect(403);
    await t.http().post(`/organisations/${firm.id}/verification`).expect(401);
    await get(`/organisations/${L.id}/profile`, buyer, 404);

    // A broker verifies the lead firms enrolled in their programme, and no other.
    const broker = viewers.broker;
    await t.http().post(`/organisations/${firm.id}/verification`).set(broker.auth).expect(403);
    await enrol(t, programmeId, firm.id, buyer);
    const verified = (
      await t.http().post(`/organisations/${firm.id}/verification`).set(broker.auth).expect(200)
    ).body as OrganisationView;
    expect(verified).toMatchObject({ id: firm.id, verified: true });
    const [row] = await t.dataSource.query(
      `SELECT verified_at, verified_by_id FROM organisations WHERE id = $1`,
      [firm.id],
    );
    expect(row.verified_by_id).toBe(broker.userId);
    expect(row.verified_at).toBeInstanceOf(Date);

    // The next request counts it: nothing is cached.
    await get(`/organisations/${L.id}/profile`, buyer);
    expect(ids(await search({ q: tag }, buyer))).toContain(L.id);
    await get(`/organisations/${L.id}/members`, buyer, 403);
    const mine = await get<MyOrganisationView[]>('/organisations/mine', buyer);
    expect(mine.find((o) => o.id === firm.id)?.verified).toBe(true);
    expect((await get<OrganisationView>(`/organisations/${firm.id}`)).verified).toBe(true);
    expect((await get<OrganisationProfileView>(`/organisations/${firm.id}/profile`)).verified).toBe(true);

    // Verifying again keeps the first verification.
    const admin = await platformAdmin(t);
    await t.http().post(`/organisations/${firm.id}/verification`).set(admin.auth).expect(200);
    const [again] = await t.dataSource.query(`SELECT verified_by_id FROM organisations WHERE id = $1`, [
      firm.id,
    ]);
    expect(again.verified_by_id).toBe(broker.userId);

    await t.http().delete(`/organisations/${firm.id}/verification`).set(buyer.auth).expect(403);
    const withdrawn = (
      await t.http().delete(`/organisations/${firm.id}/verification`).set(admin.auth).expect(200)
    ).body as OrganisationView;
    expect(withdrawn.verified).toBe(false);
    await get(`/organisations/${L.id}/profile`, buyer, 404);
    expect(ids(await search({ q: tag }, buyer))).not.toContain(L.id);
  });

  it('lists the lead firms enrolled in their programme to its staff, those waiting for verification first', async () => {
    const { actor: waitingBuyer, firm: waiting } = await leadFirmStaff(t, { verified: false });
    const { actor: doneBuyer, firm: done } = await leadFirmStaff(t, { verified: true });
    const { firm: elsewhere } = await leadFirmStaff(t, { verified: false });
    await enrol(t, programmeId, waiting.id, waitingBuyer);
    await enrol(t, programmeId, done.id, doneBuyer);
    const listed = await get<OrganisationView[]>('/organisations/lead-firms', viewers.broker);
    expect(listed.map((o) => o.id)).not.toContain(elsewhere.id);
    expect(listed.every((o) => o.kind === 'LEAD_FIRM')).toBe(true);
    const at = (id: string) => listed.findIndex((o) => o.id === id);
    expect(at(waiting.id)).toBeGreaterThanOrEqual(0);
    expect(at(done.id)).toBeGreaterThan(at(waiting.id));
    expect(listed.findIndex((o) => o.verified)).toBeGreaterThan(listed.findLastIndex((o) => !o.verified));
    await get('/organisations/lead-firms', viewers.verifiedBuyer, 403);
    await get('/organisations/lead-firms', viewers.rivalProducer, 403);
    await t.http().get('/organisations/lead-firms').expect(401);
  });

  it('verifies lead firms only: 422 for a producer group, 404 for an unknown organisation', async () => {
    const refused = await t
      .http()
      .post(`/organisations/${G.id}/verification`)
      .set(viewers.broker.auth)
      .expect(422);
    expect(refused.body.code).toBe('WRONG_ORGANISATION_KIND');
    expect((await get<OrganisationView>(`/organisations/${G.id}`)).verified).toBe(false);
    await t.http().post(`/organisations/${randomUUID()}/verification`).set(viewers.broker.auth).expect(403);
    const admin = await platformAdmin(t);
    await t.http().post(`/organisations/${randomUUID()}/verification`).set(admin.auth).expect(404);
    await t
      .http()
      .post(`/organisations/${randomUUID()}/verification`)
      .set(viewers.verifiedBuyer.auth)
      .expect(403);
  });
});
