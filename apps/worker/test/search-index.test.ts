import { randomUUID } from 'node:crypto';
import { CatalogueItem, createDataSource, Organisation } from '@linkage/db';
import { type SearchDocumentInput, SearchDocumentSchema, type SearchIndex } from '@linkage/search';
import { type DataSource } from 'typeorm';
import { progressLine } from '../src/search/progress-bar.js';
import { type ReindexProgress, reindexAll } from '../src/search/reindex.js';
import { catalogueItemDocument, searchChanges } from '../src/search/search-documents.js';
import { testDatabaseUrl } from './support.js';

let ds: DataSource;

beforeAll(async () => {
  ds = await createDataSource(await testDatabaseUrl()).initialize();
});
afterAll(() => ds.destroy());

/** A producer group with a published and a draft catalogue item. */
async function groupWithItems(visibility: Organisation['visibility'] = 'PUBLIC') {
  const group = await ds.getRepository(Organisation).save({
    kind: 'PRODUCER_GROUP',
    legalName: `Saffron coop ${randomUUID().slice(0, 6)}`,
    country: 'MA',
    region: 'Drâa-Tafilalet',
    visibility,
  });
  const item = (published: boolean, productLabel: string) => ({
    groupId: group.id,
    productCode: '091020',
    productLabel,
    description: null,
    unit: 'g' as const,
    period: 'YEAR' as const,
    minimumOrder: null,
    priceMin: 4,
    priceMax: 6.5,
    currency: 'EUR',
    standardCodes: ['ORGANIC_EU'],
    published,
    publishedAt: published ? new Date() : null,
  });
  const [published, draft] = await ds
    .getRepository(CatalogueItem)
    .save([item(true, 'Saffron threads'), item(false, 'Saffron powder')]);
  return { group, published: published!, draft: draft! };
}

describe('catalogue item documents', () => {
  it('writes a published item with its group’s name, place and tier; a draft or a lead firm’s item is not searchable', async () => {
    const { group, published, draft } = await groupWithItems('LEAD_FIRMS');
    const document = catalogueItemDocument(published, group)!;
    expect(SearchDocumentSchema.parse(document)).toMatchObject({
      id: published.id,
      kind: 'CATALOGUE_ITEM',
      organisationId: group.id,
      title: 'Saffron threads',
      products: [{ label: 'Saffron threads', hsCode: '091020' }],
      description: `${group.legalName} · 4–6.5 EUR / g`,
      country: 'MA',
      region: 'Drâa-Tafilalet',
      standards: ['ORGANIC_EU'],
      productCodes: ['091020'],
      organisationKind: 'PRODUCER_GROUP',
      visibility: 'LEAD_FIRMS',
    });
    expect(catalogueItemDocument(draft, group)).toBeUndefined();
    expect(catalogueItemDocument(published, { ...group, kind: 'LEAD_FIRM' })).toBeUndefined();
  });

  it('an item job writes or removes that item; a group job re-indexes its items too; a group gone takes its documents along', async () => {
    const { group, published, draft } = await groupWithItems();
    const one = await searchChanges(ds.manager, { entity: 'catalogue-item', id: published.id });
    expect(one.upsert.map((d) => d.id)).toEqual([published.id]);
    expect(await searchChanges(ds.manager, { entity: 'catalogue-item', id: draft.id })).toEqual({
      upsert: [],
      delete: [draft.id],
      deleteOrganisations: [],
    });

    const groupJob = await searchChanges(ds.manager, { entity: 'organisation', id: group.id });
    expect(groupJob.upsert.map((d) => [d.kind, d.id])).toEqual([
      ['PRODUCER_GROUP', group.id],
      ['CATALOGUE_ITEM', published.id],
    ]);
    expect(groupJob.delete).toEqual([draft.id]);

    await ds.getRepository(Organisation).delete({ id: group.id });
    expect(await searchChanges(ds.manager, { entity: 'organisation', id: group.id })).toEqual({
      upsert: [],
      delete: [],
      deleteOrganisations: [group.id],
    });
    expect(await searchChanges(ds.manager, { entity: 'catalogue-item', id: published.id })).toEqual({
      upsert: [],
      delete: [published.id],
      deleteOrganisations: [],
    });
  });
});

describe('full reindex', () => {
  it('writes published catalogue items after organisations and needs, reporting progress for each', async () => {
    const { published, draft } = await groupWithItems();
    const written: SearchDocumentInput[] = [];
    const index = { upsert: async (docs: readonly SearchDocumentInput[]) => void written.push(...docs) } as SearchIndex;
    const progress: ReindexProgress[] = [];
    const { documents } = await reindexAll(ds, index, (p) => progress.push(p));

    expect(documents).toBe(written.length);
    const ids = written.map((d) => d.id);
    expect(ids).toContain(published.id);
    expect(ids).not.toContain(draft.id);
    expect(written.find((d) => d.id === published.id)?.kind).toBe('CATALOGUE_ITEM');
    expect([...new Set(progress.map((p) => p.entity))]).toEqual(['organisations', 'sourcing needs', 'catalogue items']);
    const last = progress.filter((p) => p.entity === 'catalogue items').at(-1)!;
    expect(last.done).toBe(last.total);
    expect(progressLine({ entity: 'catalogue items', done: 1, total: 4 })).toBe(
      `[${'#'.repeat(8)}${'·'.repeat(22)}] 1/4 catalogue items`,
    );
  });
});
