import { randomUUID } from 'node:crypto';
import { type ApiErrorBody, type CatalogueItemView, OutboxTopic } from '@linkage/contracts';
import { Organisation } from '@linkage/db';
import { type SearchResult } from '@linkage/search';
import { recordOutboxEvent } from '../src/outbox/outbox.js';
import {
  type Actor,
  type TestApp,
  argan,
  arganNeed,
  createOrganisation,
  createTestApp,
  signUp,
} from './support/test-app.js';
import { leadFirmStaff, programmeBroker } from './support/viewers.js';
import { eventually, sharedMailDir, startWorker } from './support/worker-process.js';

/** The promise: a change is searchable within 2 s of the request that made it. */
const SEARCH_DELAY_MS = 2000;

let t: TestApp;
let worker: { stop: () => Promise<void> };

beforeAll(async () => {
  t = await createTestApp();
  worker = await startWorker(await sharedMailDir());
  // The 2 s promise is about a running worker, not one still booting: wait until it has indexed once
  // (booting takes longer on a busy machine, so this wait gets most of the hook's 30 s).
  const group = await producerGroup(await signUp(t, 'warm-up'), { country: 'MA' });
  await eventually(
    async () => (hitIds(await search({ q: group.legalName })).includes(group.id) ? true : undefined),
    25_000,
  );
});
afterAll(async () => {
  await worker.stop();
  await t.close();
});

async function search(query: Record<string, string>, actor?: Actor): Promise<SearchResult> {
  const req = t.http().get('/search').query(query);
  const res = await (actor ? req.set(actor.auth) : req).expect(200);
  return res.body as SearchResult;
}

/** Resolves once `check` holds for the result of the search, within the promised delay. */
const searchUntil = (query: Record<string, string>, check: (r: SearchResult) => boolean, actor?: Actor) =>
  eventually(async () => {
    const result = await search(query, actor);
    return check(result) ? result : undefined;
  }, SEARCH_DELAY_MS);

const hitIds = (r: SearchResult) => r.hits.map((h) => h.document.id);

async function producerGroup(
  actor: Actor,
  body: { country: string; visibility?: string; legalName?: string },
) {
  return createOrganisation(t, actor, {
    kind: 'PRODUCER_GROUP',
    legalName: `Search coop ${randomUUID().slice(0, 6)}`,
    ...body,
  });
}

const recordCapacity = (actor: Actor, organisationId: string, entry: Record<string, unknown>) =>
  t.http().post(`/organisations/${organisationId}/capacity-entries`).set(actor.auth).send(entry).expect(201);

async function catalogueItem(actor: Actor, groupId: string, body: Record<string, unknown>) {
  const res = await t
    .http()
    .post(`/organisations/${groupId}/catalogue`)
    .set(actor.auth)
    .send({ productCode: '091020', productLabel: 'Saffron threads', unit: 'kg', ...body })
    .expect(201);
  return res.body as CatalogueItemView;
}

const publish = (actor: Actor, itemId: string, published: boolean) =>
  t.http().put(`/catalogue-items/${itemId}/published`).set(actor.auth).send({ published }).expect(200);

/** A new group's published saffron item, once search finds it. */
async function searchableItem() {
  const coordinator = await signUp(t, 'coordinator');
  const group = await producerGroup(coordinator, { country: 'MA' });
  const item = await catalogueItem(coordinator, group.id, {});
  await publish(coordinator, item.id, true);
  await searchUntil({ q: group.legalName, kind: 'CATALOGUE_ITEM' }, (r) => hitIds(r).includes(item.id));
  return { coordinator, group, item };
}

describe('GET /search', () => {
  it('finds a new producer group by a misspelt product within 2 s, with highlights', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const group = await producerGroup(coordinator, { country: 'MA' });
    await recordCapacity(coordinator, group.id, argan);

    const result = await searchUntil({ q: 'argane', country: 'MA' }, (r) => hitIds(r).includes(group.id));
    const hit = result.hits.find((h) => h.document.id === group.id)!;
    expect(hit.document).toMatchObject({
      kind: 'PRODUCER_GROUP',
      country: 'MA',
      products: [{ label: 'Argan oil', hsCode: '151590' }],
      productCodes: ['151590'],
    });
    expect(hit.highlights.products).toBe('<mark>Argan</mark> oil');
  });

  it('reflects a later capacity entry (the same organisation is indexed again after its first job completed)', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const group = await producerGroup(coordinator, { country: 'MA' });
    await recordCapacity(coordinator, group.id, argan);
    await searchUntil({ q: group.legalName }, (r) => hitIds(r).includes(group.id));

    await recordCapacity(coordinator, group.id, {
      ...argan,
      productCode: '090411',
      productLabel: 'Saffron threads',
    });
    const result = await searchUntil({ q: 'saffron', productCode: '0904' }, (r) =>
      hitIds(r).includes(group.id),
    );
    expect(result.hits.find((h) => h.document.id === group.id)!.document.productCodes).toEqual([
      '090411',
      '151590',
    ]);
  });

  it('finds a group by a standard it holds, and a need by a standard it requires', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const group = await producerGroup(coordinator, { country: 'MA' });
    await recordCapacity(coordinator, group.id, argan);
    await t
      .http()
      .post(`/organisations/${group.id}/certifications`)
      .set(coordinator.auth)
      .send({
        standardCode: 'ORGANIC_EU',
        validUntil: '2030-01-31',
        scopeProductCodes: ['151590'],
        scopeSites: [],
        verification: 'SELF_DECLARED',
      })
      .expect(201);
    const byStandard = await searchUntil({ q: group.legalName, standard: 'ORGANIC_EU' }, (r) =>
      hitIds(r).includes(group.id),
    );
    expect(byStandard.hits.find((h) => h.document.id === group.id)!.document.standards).toEqual([
      'ORGANIC_EU',
    ]);

    const buyer = await signUp(t, 'buyer');
    const firm = await createOrganisation(t, buyer, { kind: 'LEAD_FIRM' });
    const need = (
      await t
        .http()
        .post(`/organisations/${firm.id}/needs`)
        .set(buyer.auth)
        .send({
          ...arganNeed,
          title: `Organic argan ${randomUUID().slice(0, 6)}`,
          requirements: [{ standardCode: 'ORGANIC_EU', level: 'EACH_SUPPLIER', mustHoldNow: true }],
        })
        .expect(201)
    ).body;
    await searchUntil({ q: need.title, standard: 'ORGANIC_EU', kind: 'SOURCING_NEED' }, (r) =>
      hitIds(r).includes(need.id),
    );
  });

  it('removes the document of an organisation that is gone', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const group = await producerGroup(coordinator, { country: 'MA' });
    await searchUntil({ q: group.legalName }, (r) => hitIds(r).includes(group.id));

    // No endpoint deletes organisations yet; do what one would: delete and ask for re-indexing together.
    await t.dataSource.transaction(async (em) => {
      await em.delete(Organisation, { id: group.id });
      await recordOutboxEvent(em, OutboxTopic.SearchIndexRequested, { entity: 'organisation', id: group.id });
    });
    await searchUntil({ q: group.legalName }, (r) => !hitIds(r).includes(group.id));
  });

  it('hides a BROKERS-tier organisation from a lead firm, in hits and facet counts, and shows it to a broker', async () => {
    // The test database outlives runs: a word of this run's own keeps the counts to these two.
    const tag = `isle${randomUUID().slice(0, 8)}`;
    const coordinator = await signUp(t, 'coordinator');
    const open = await producerGroup(coordinator, { country: 'IS', legalName: `Open ${tag}` });
    const discreet = await producerGroup(coordinator, {
      country: 'IS',
      legalName: `Discreet ${tag}`,
      visibility: 'BROKERS',
    });

    const { broker: officer } = await programmeBroker(t, [
      { organisationId: discreet.id, manager: coordinator },
    ]);
    const { broker: otherBroker } = await programmeBroker(t);
    const asBroker = await searchUntil(
      { q: tag, facets: 'country' },
      (r) => hitIds(r).includes(open.id) && hitIds(r).includes(discreet.id),
      officer,
    );
    expect(asBroker.facets.country).toEqual({ IS: 2 });
    // Not enrolled with this broker's programme: the BROKERS tier stays hidden from it.
    expect(hitIds(await search({ q: tag }, otherBroker))).toEqual([open.id]);

    const { actor: buyer } = await leadFirmStaff(t, { verified: true });
    const asLeadFirm = await search({ q: tag, facets: 'country,kind' }, buyer);
    expect(hitIds(asLeadFirm)).toEqual([open.id]);
    expect(asLeadFirm.total).toBe(1);
    expect(asLeadFirm.facets).toEqual({ country: { IS: 1 }, kind: { PRODUCER_GROUP: 1 } });

    const anonymous = await search({ q: tag });
    expect(hitIds(anonymous)).toEqual([open.id]);
  });

  it('answers 400 naming an unknown facet, and each invalid parameter', async () => {
    const unknownFacet = (await t.http().get('/search').query({ facets: 'country,colour' }).expect(400))
      .body as ApiErrorBody;
    expect(unknownFacet).toMatchObject({ statusCode: 400, code: 'INVALID_INPUT' });
    expect(unknownFacet.fields?.facets).toContain('colour');

    const invalid = (await t.http().get('/search').query({ country: 'Morocco', perPage: '500' }).expect(400))
      .body as ApiErrorBody;
    expect(Object.keys(invalid.fields ?? {}).sort()).toEqual(['country', 'perPage']);
  });
});

describe('GET /search: catalogue items', () => {
  it('finds a published item by a misspelt product within 2 s, follows its edits, and forgets it unpublished or deleted', async () => {
    const coordinator = await signUp(t, 'coordinator');
    const group = await producerGroup(coordinator, { country: 'MA' });
    const item = await catalogueItem(coordinator, group.id, {
      description: 'Hand-picked, sun-dried',
      priceMin: 4,
      priceMax: 6.5,
      currency: 'EUR',
      standardCodes: ['ORGANIC_EU'],
    });
    await publish(coordinator, item.id, true);

    const found = await searchUntil({ q: 'safron', kind: 'CATALOGUE_ITEM', productCode: '0910' }, (r) =>
      hitIds(r).includes(item.id),
    );
    const hit = found.hits.find((h) => h.document.id === item.id)!;
    expect(hit.document).toMatchObject({
      kind: 'CATALOGUE_ITEM',
      organisationId: group.id,
      organisationKind: 'PRODUCER_GROUP',
      title: 'Saffron threads',
      products: [{ label: 'Saffron threads', hsCode: '091020' }],
      description: `${group.legalName} · 4–6.5 EUR / kg · Hand-picked, sun-dried`,
      country: 'MA',
      standards: ['ORGANIC_EU'],
      productCodes: ['091020'],
      visibility: 'PUBLIC',
    });
    expect(hit.highlights.title).toBe('<mark>Saffron</mark> threads');
    // The group's name finds its items too.
    expect(hitIds(await search({ q: group.legalName, kind: 'CATALOGUE_ITEM' }))).toEqual([item.id]);

    await t
      .http()
      .patch(`/catalogue-items/${item.id}`)
      .set(coordinator.auth)
      .send({ productLabel: 'Saffron stigmas' })
      .expect(200);
    await searchUntil({ q: 'stigmas', kind: 'CATALOGUE_ITEM' }, (r) => hitIds(r).includes(item.id));

    await publish(coordinator, item.id, false);
    await searchUntil({ q: group.legalName, facets: 'kind' }, (r) => !hitIds(r).includes(item.id));
    const draft = await search({ q: group.legalName, facets: 'kind' });
    expect(draft.facets.kind).toEqual({ PRODUCER_GROUP: 1 });

    await publish(coordinator, item.id, true);
    await searchUntil({ q: 'stigmas' }, (r) => hitIds(r).includes(item.id));
    await t.http().delete(`/catalogue-items/${item.id}`).set(coordinator.auth).expect(204);
    await searchUntil({ q: 'stigmas' }, (r) => !hitIds(r).includes(item.id));
  });

  it("re-indexes a group's items when its name or visibility changes; hides them with it, in hits and counts", async () => {
    const { coordinator, group, item } = await searchableItem();

    const renamed = `Renamed coop ${randomUUID().slice(0, 6)}`;
    await t
      .http()
      .patch(`/organisations/${group.id}/profile`)
      .set(coordinator.auth)
      .send({ legalName: renamed, visibility: 'LEAD_FIRMS' })
      .expect(200);
    const { actor: buyer } = await leadFirmStaff(t, { verified: true });
    const asLeadFirm = await searchUntil(
      { q: renamed, facets: 'kind' },
      (r) => hitIds(r).includes(item.id),
      buyer,
    );
    expect(asLeadFirm.facets.kind).toEqual({ PRODUCER_GROUP: 1, CATALOGUE_ITEM: 1 });
    expect(asLeadFirm.hits.find((h) => h.document.id === item.id)!.document.visibility).toBe('LEAD_FIRMS');

    const anonymous = await search({ q: renamed, facets: 'kind' });
    expect(anonymous).toMatchObject({ hits: [], total: 0, facets: { kind: {} } });
    expect(hitIds(await search({ q: 'safron', kind: 'CATALOGUE_ITEM', perPage: '100' }))).not.toContain(
      item.id,
    );
  });

  it('removes the items of a group that is gone', async () => {
    const { group } = await searchableItem();

    // The items go with the group (ON DELETE CASCADE), without events of their own.
    await t.dataSource.transaction(async (em) => {
      await em.delete(Organisation, { id: group.id });
      await recordOutboxEvent(em, OutboxTopic.SearchIndexRequested, { entity: 'organisation', id: group.id });
    });
    await searchUntil({ q: group.legalName }, (r) => r.total === 0);
  });
});
