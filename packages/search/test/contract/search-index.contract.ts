import { InvalidSearchDocumentError, SearchDocumentSchema, UnknownFacetError } from '../../src/index.js';
import type { SearchFilters, SearchIndex, SearchQuery, SearchResult, Viewer } from '../../src/index.js';
import { ALL_FIXTURES, CROSS_LANGUAGE_FIXTURES, FIXTURES } from '../support/fixtures.js';

/** What each engine's test file provides: a ready index and a way to empty it between tests. */
export interface ContractHarness {
  index: SearchIndex;
  clear(): Promise<void>;
  dispose(): Promise<void>;
}

const ids = (result: SearchResult) => result.hits.map((hit) => hit.document.id);
const idSet = (result: SearchResult) => new Set(ids(result));

/**
 * The behaviour every `SearchIndex` must show, whatever the engine. Each engine's test file calls
 * this with its own harness; the cases are the same for all.
 */
export function runSearchIndexContract(engine: string, createHarness: () => Promise<ContractHarness>): void {
  describe(`SearchIndex contract: ${engine}`, () => {
    let harness: ContractHarness;
    let index: SearchIndex;
    const search = (query: Partial<SearchQuery> & { viewer?: Viewer }) =>
      index.search({ viewer: 'ANONYMOUS', perPage: 50, ...query });

    beforeAll(async () => {
      harness = await createHarness();
      index = harness.index;
      await index.applySettings();
    });
    afterAll(async () => {
      await harness?.dispose();
    });
    beforeEach(async () => {
      await harness.clear();
      await index.upsert(ALL_FIXTURES);
    });

    describe('text', () => {
      it('finds a word and ranks a title or product match above a description match', async () => {
        const result = await search({ text: 'argan' });
        expect(ids(result)).toEqual([FIXTURES.argan.id, FIXTURES.need.id]);
        expect(result.total).toBe(2);
      });

      it('returns documents exactly as they were written', async () => {
        const result = await search({ text: 'tom' });
        expect(result.hits.map((hit) => hit.document)).toEqual([SearchDocumentSchema.parse(FIXTURES.markup)]);
      });

      it('forgives a typo: "quiona" finds quinoa, "argane" finds argan', async () => {
        expect(ids(await search({ text: 'quiona' }))).toContain(FIXTURES.quinoa.id);
        expect(ids(await search({ text: 'argane' }))[0]).toBe(FIXTURES.argan.id);
      });

      it('ignores accents and case: "cafe" and "CAFÉ" find "Café", "oleicole" finds "Oléicole"', async () => {
        expect(ids(await search({ text: 'cafe' }))).toEqual([FIXTURES.coffee.id]);
        expect(ids(await search({ text: 'CAFÉ' }))).toEqual([FIXTURES.coffee.id]);
        expect(ids(await search({ text: 'oleicole', viewer: 'ADMIN' }))).toEqual([FIXTURES.olive.id]);
      });

      it('requires every word of the query', async () => {
        expect(ids(await search({ text: 'alpaca knitwear' }))).toEqual([FIXTURES.alpaca.id]);
        expect(ids(await search({ text: 'alpaca coffee' }))).toEqual([]);
      });

      it('matches the last word as a prefix, as it is still being typed', async () => {
        expect(ids(await search({ text: 'rosem', viewer: 'LEAD_FIRM' }))).toEqual([FIXTURES.herbs.id]);
      });

      it('wraps matched words in <mark> and escapes everything else', async () => {
        const [coffee] = (await search({ text: 'cafe' })).hits;
        expect(coffee?.highlights.title).toMatch(/^<mark>Caf(é|<\/mark>é)/);
        const [markup] = (await search({ text: 'tom' })).hits;
        expect(markup?.highlights.title).toBe('<mark>Tom</mark> &amp; Jerry &lt;Foods&gt;');
        const [argan] = (await search({ text: 'argan' })).hits;
        expect(argan?.highlights.products).toBe('<mark>Argan</mark> oil');
      });

      it('reports how long the search took', async () => {
        const result = await search({ text: 'argan' });
        expect(result.tookMs).toBeGreaterThan(0);
      });
    });

    describe('across languages (the product vocabulary)', () => {
      const english = CROSS_LANGUAGE_FIXTURES;
      beforeEach(async () => {
        await index.upsert(Object.values(english));
      });

      it('"huile d\'argan" finds an item described in English as argan oil', async () => {
        expect(ids(await search({ text: "huile d'argan" }))).toContain(english.argan.id);
      });

      it('"café orgánico" finds organic coffee', async () => {
        expect(ids(await search({ text: 'café orgánico' }))).toContain(english.coffee.id);
      });

      it('"herbes séchées" and "hierbas secas" find dried herbs', async () => {
        expect(ids(await search({ text: 'herbes séchées' }))).toContain(english.herbs.id);
        expect(ids(await search({ text: 'hierbas secas' }))).toContain(english.herbs.id);
      });

      it('an Arabic query, "زيت الأركان" (argan oil), finds the English item', async () => {
        expect(ids(await search({ text: 'زيت الأركان' }))).toContain(english.argan.id);
      });

      it('still requires every word: "huile de café" finds no argan oil', async () => {
        expect(ids(await search({ text: 'huile de café' }))).not.toContain(english.argan.id);
      });
    });

    describe('filters', () => {
      it.each([
        ['country', { country: ['PE'] }, [FIXTURES.quinoa.id, FIXTURES.alpaca.id, FIXTURES.cocoa.id]],
        ['countries', { country: ['CO', 'UY'] }, [FIXTURES.coffee.id, FIXTURES.leather.id]],
        [
          'standard',
          { standard: ['ORGANIC_EU'] },
          [FIXTURES.quinoa.id, FIXTURES.argan.id, FIXTURES.olive.id, FIXTURES.need.id, FIXTURES.cocoa.id],
        ],
        ['every standard listed', { standard: ['ORGANIC_EU', 'FAIRTRADE_SPO'] }, [FIXTURES.quinoa.id]],
        ['HS chapter', { productCodePrefix: '09' }, [FIXTURES.herbs.id, FIXTURES.coffee.id, FIXTURES.need.id]],
        ['HS heading', { productCodePrefix: '0910' }, [FIXTURES.herbs.id, FIXTURES.need.id]],
        ['HS subheading', { productCodePrefix: '090111' }, [FIXTURES.coffee.id]],
        ['organisation kind', { organisationKind: ['LEAD_FIRM'] }, [FIXTURES.need.id, FIXTURES.leather.id]],
        ['document kind', { kind: ['CATALOGUE_ITEM'] }, [FIXTURES.coffee.id, FIXTURES.cocoa.id]],
      ] satisfies Array<[string, SearchFilters, string[]]>)('by %s', async (_name, filters, expected) => {
        const result = await search({ filters, viewer: 'ADMIN' });
        expect(idSet(result)).toEqual(new Set(expected));
        expect(result.total).toBe(expected.length);
      });

      it('combines text and filters', async () => {
        expect(idSet(await search({ text: 'oil', filters: { country: ['MA'] } }))).toEqual(
          new Set([FIXTURES.argan.id, FIXTURES.need.id]),
        );
      });
    });

    describe('visibility', () => {
      it.each([
        ['ANONYMOUS', 8],
        ['PRODUCER_GROUP_MEMBER', 8],
        ['LEAD_FIRM', 9],
        ['BROKER', 9],
        ['ADMIN', 10],
      ] as const)('%s sees %i documents', async (viewer, visible) => {
        const result = await search({ viewer });
        expect(result.total).toBe(visible);
        expect(result.hits).toHaveLength(visible);
      });

      it("shows a broker the BROKERS tier of the organisations enrolled in the broker's programme only", async () => {
        const enrolled = await search({ viewer: 'BROKER', brokering: [FIXTURES.olive.organisationId] });
        expect(enrolled.total).toBe(10);
        expect(ids(enrolled)).toContain(FIXTURES.olive.id);
        const elsewhere = await search({ viewer: 'BROKER', brokering: ['org-elsewhere'] });
        expect(elsewhere.total).toBe(9);
        expect(ids(elsewhere)).not.toContain(FIXTURES.olive.id);
      });

      it('keeps hidden documents out of hits, totals and facet counts', async () => {
        const anonymous = await search({ text: 'oleicole', facets: ['kind', 'country'] });
        expect(anonymous).toMatchObject({ hits: [], total: 0, facets: { kind: {}, country: {} } });

        const leadFirm = await search({ text: 'herboristerie', viewer: 'LEAD_FIRM', facets: ['country'] });
        expect(ids(leadFirm)).toEqual([FIXTURES.herbs.id]);
        expect(leadFirm.facets.country).toEqual({ MA: 1 });
        expect((await search({ text: 'herboristerie', viewer: 'PRODUCER_GROUP_MEMBER' })).total).toBe(0);
      });
    });

    describe('facets', () => {
      it('counts the visible matches of every facet asked for', async () => {
        const result = await search({ facets: ['kind', 'country', 'standard', 'organisationKind'] });
        expect(result.facets).toEqual({
          kind: { PRODUCER_GROUP: 2, CATALOGUE_ITEM: 2, ENTERPRISE: 2, SOURCING_NEED: 1, LEAD_FIRM: 1 },
          country: { PE: 3, MA: 2, CO: 1, UY: 1, TN: 1 },
          standard: {
            ORGANIC_EU: 4,
            FAIRTRADE_SPO: 2,
            ECOCERT_COSMOS: 1,
            ORGANIC_USDA_NOP: 1,
            OEKO_TEX_100: 1,
            GLOBALGAP_IFA: 1,
            ISO_9001: 1,
          },
          organisationKind: { PRODUCER_GROUP: 4, ENTERPRISE: 2, LEAD_FIRM: 2 },
        });
      });

      it('counts over the filtered result, not just the page', async () => {
        const result = await search({ filters: { country: ['PE'] }, facets: ['kind'], perPage: 1 });
        expect(result.hits).toHaveLength(1);
        expect(result.facets).toEqual({ kind: { PRODUCER_GROUP: 1, ENTERPRISE: 1, CATALOGUE_ITEM: 1 } });
      });

      it('keeps the other values of a ticked facet with their counts, counted under the other filters', async () => {
        const peru = await search({ filters: { country: ['PE'] }, facets: ['country', 'kind'] });
        expect(peru.total).toBe(3);
        // Country counts ignore the country ticked (ticking MA too would add its 2), kinds do not.
        expect(peru.facets.country).toEqual({ PE: 3, MA: 2, CO: 1, UY: 1, TN: 1 });
        expect(peru.facets.kind).toEqual({ PRODUCER_GROUP: 1, ENTERPRISE: 1, CATALOGUE_ITEM: 1 });
        const items = await search({ filters: { country: ['PE'], kind: ['CATALOGUE_ITEM'] }, facets: ['country', 'kind'] });
        expect(items.total).toBe(1);
        expect(items.facets.kind).toEqual({ PRODUCER_GROUP: 1, ENTERPRISE: 1, CATALOGUE_ITEM: 1 });
        expect(Object.values(items.facets.country!).reduce((a, b) => a + b, 0)).toBe(2);
      });

      it('returns only the facets asked for', async () => {
        expect((await search({ text: 'argan' })).facets).toEqual({});
      });

      it('rejects an unknown facet, naming it', async () => {
        const query = { viewer: 'ANONYMOUS', facets: ['kind', 'price'] } as unknown as SearchQuery;
        await expect(index.search(query)).rejects.toThrow(UnknownFacetError);
        await expect(index.search(query)).rejects.toMatchObject({ facet: 'price' });
      });
    });

    describe('catalogue items', () => {
      it('finds an item by a misspelt product word, alone when narrowed to items', async () => {
        expect(ids(await search({ text: 'cofee', filters: { kind: ['CATALOGUE_ITEM'] } }))).toEqual([FIXTURES.coffee.id]);
        const cocoa = await search({ text: 'cacoa', filters: { kind: ['CATALOGUE_ITEM'] }, facets: ['kind'] });
        expect(ids(cocoa)).toEqual([FIXTURES.cocoa.id]);
        expect(cocoa.facets).toEqual({ kind: { CATALOGUE_ITEM: 1 } });
      });

      it('shows an item only to those who may see its group, in hits and facet counts', async () => {
        const tins = {
          ...FIXTURES.olive,
          id: 'tn-olive-tins',
          kind: 'CATALOGUE_ITEM',
          title: 'Extra virgin olive oil in 5 l tins',
          description: 'Groupement Oléicole de Sfax · 4–5 EUR / l',
        } as const;
        await index.upsert([tins]);
        for (const viewer of ['ANONYMOUS', 'PRODUCER_GROUP_MEMBER', 'LEAD_FIRM'] as const) {
          expect(await search({ text: 'tins', viewer, facets: ['kind'] })).toMatchObject({ hits: [], total: 0, facets: { kind: {} } });
        }
        const broker = await search({ text: 'tins', viewer: 'BROKER', brokering: [tins.organisationId], facets: ['kind'] });
        expect(ids(broker)).toEqual([tins.id]);
        expect(broker.facets).toEqual({ kind: { CATALOGUE_ITEM: 1 } });
      });

      it('forgets an unpublished or deleted item: no hit, no count', async () => {
        await index.delete([FIXTURES.cocoa.id]);
        expect((await search({ text: 'cacao' })).total).toBe(0);
        const peru = await search({ filters: { country: ['PE'] }, facets: ['kind'] });
        expect(peru.facets).toEqual({ kind: { PRODUCER_GROUP: 1, ENTERPRISE: 1 } });
      });

      it('removes every document of an organisation that is gone, its items included', async () => {
        await index.deleteOrganisations([FIXTURES.cocoa.organisationId, 'no-such-organisation']);
        expect(idSet(await search({ filters: { country: ['PE'] } }))).toEqual(new Set([FIXTURES.alpaca.id]));
        expect((await search({})).total).toBe(6);
        await index.deleteOrganisations([]);
        expect((await search({})).total).toBe(6);
      });
    });

    describe('paging and sorting', () => {
      it('splits the results into pages that neither overlap nor skip', async () => {
        const pages = await Promise.all([1, 2, 3, 4].map((page) => search({ page, perPage: 3 })));
        expect(pages.map((page) => page.hits.length)).toEqual([3, 3, 2, 0]);
        expect(pages.map((page) => page.total)).toEqual([8, 8, 8, 8]);
        expect(new Set(pages.flatMap(ids)).size).toBe(8);
        expect(pages[1]).toMatchObject({ page: 2, perPage: 3 });
      });

      it('lists newest first when there is no text', async () => {
        const result = await search({ perPage: 3 });
        expect(ids(result)).toEqual([FIXTURES.need.id, FIXTURES.cocoa.id, FIXTURES.coffee.id]);
      });

      it('sorts matches by date when asked', async () => {
        const result = await search({ text: 'oil', viewer: 'ADMIN', sort: 'updatedAt' });
        expect(ids(result)).toEqual([FIXTURES.need.id, FIXTURES.argan.id, FIXTURES.olive.id]);
      });
    });

    describe('writes', () => {
      it('deletes documents and ignores unknown ids', async () => {
        await index.delete([FIXTURES.coffee.id, 'no-such-document']);
        expect((await search({ text: 'cafe' })).total).toBe(0);
        expect((await search({})).total).toBe(7);
      });

      it('replaces a document whole on upsert', async () => {
        await index.upsert([
          { ...FIXTURES.alpaca, title: 'Alpaca Wool Cooperative', products: [], country: 'BO', standards: [] },
        ]);
        expect((await search({ text: 'knitwear' })).total).toBe(0);
        const result = await search({ text: 'alpaca', facets: ['country', 'standard'] });
        expect(result.hits.map((hit) => hit.document)).toEqual([
          SearchDocumentSchema.parse({ ...FIXTURES.alpaca, title: 'Alpaca Wool Cooperative', products: [], country: 'BO', standards: [] }),
        ]);
        expect(result.facets).toEqual({ country: { BO: 1 }, standard: {} });
        expect((await search({})).total).toBe(8);
      });

      it('rejects an invalid document before writing anything', async () => {
        const bad = { ...FIXTURES.cocoa, id: 'pe-cocoa-2', title: 'Chocolate', productCodes: ['18'] };
        await expect(index.upsert([bad])).rejects.toThrow(InvalidSearchDocumentError);
        expect((await search({ text: 'chocolate' })).total).toBe(0);
      });
    });
  });
}
