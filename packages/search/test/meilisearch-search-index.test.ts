import type { Meilisearch } from 'meilisearch';
import { MeilisearchSearchIndex, SearchDocumentSchema, SearchEngineError } from '../src/index.js';
import { MARK_END, MARK_START } from '../src/highlight.js';
import { toMeiliDocument } from '../src/meilisearch/meili-document.js';
import { MEILI_SETTINGS } from '../src/meilisearch/meili-settings.js';
import { FIXTURES } from './support/fixtures.js';

/**
 * What the adapter asks of the client, checked without a server: these tests pin the request
 * shapes and the response mapping. Whether Meilisearch then behaves as the contract says is only
 * proven by the contract suite against a real server (meilisearch.contract.test.ts).
 */
function recordingClient(taskStatus: 'succeeded' | 'failed' = 'succeeded') {
  const calls: Array<[string, ...unknown[]]> = [];
  const task = (name: string, ...args: unknown[]) => {
    calls.push([name, ...args]);
    return Object.assign(Promise.resolve({ taskUid: 1 }), {
      waitTask: async () => ({ status: taskStatus, error: taskStatus === 'failed' ? { message: 'boom' } : null }),
    });
  };
  const coffee = toMeiliDocument(SearchDocumentSchema.parse(FIXTURES.coffee));
  const index = {
    addDocuments: (docs: unknown, options: unknown) => task('addDocuments', docs, options),
    deleteDocuments: (ids: unknown) => task('deleteDocuments', ids),
    updateSettings: (settings: unknown) => task('updateSettings', settings),
    search: async (q: string, params: unknown) => {
      calls.push(['search', q, params]);
      return {
        hits: [{ ...coffee, _formatted: { ...coffee, title: `${MARK_START}Café${MARK_END} de altura <x>`, productLabels: ['Green coffee beans'] } }],
        totalHits: 7,
        facetDistribution: { standards: { ORGANIC_EU: 3 } },
      };
    },
  };
  const client = {
    index: () => index,
    getIndex: async () => index,
    createIndex: (uid: string, options: unknown) => task('createIndex', uid, options),
  } as unknown as Meilisearch;
  return { client, calls };
}

describe('MeilisearchSearchIndex (request shapes)', () => {
  it('asks for visibility, filters, facets, paging and highlight markers', async () => {
    const { client, calls } = recordingClient();
    const result = await new MeilisearchSearchIndex(client).search({
      viewer: 'LEAD_FIRM',
      text: 'cafe',
      filters: { country: ['CO'] },
      facets: ['standard'],
      page: 2,
      perPage: 5,
    });
    expect(calls).toEqual([
      [
        'search',
        'cafe',
        expect.objectContaining({
          filter: ['visibility IN ["PUBLIC", "LEAD_FIRMS"]', 'country IN ["CO"]'],
          facets: ['standards'],
          page: 2,
          hitsPerPage: 5,
          sort: undefined,
          matchingStrategy: 'all',
          highlightPreTag: MARK_START,
          highlightPostTag: MARK_END,
        }),
      ],
    ]);
    expect(result).toMatchObject({
      total: 7,
      page: 2,
      perPage: 5,
      facets: { standard: { ORGANIC_EU: 3 } },
      hits: [{ document: SearchDocumentSchema.parse(FIXTURES.coffee), highlights: { title: '<mark>Café</mark> de altura &lt;x&gt;' } }],
    });
  });

  it('sorts by date when there is no text', async () => {
    const { client, calls } = recordingClient();
    await new MeilisearchSearchIndex(client).search({ viewer: 'ANONYMOUS' });
    expect(calls[0]?.[2]).toMatchObject({ sort: ['updatedAtMs:desc'] });
  });

  it('replaces documents whole and applies the settings', async () => {
    const { client, calls } = recordingClient();
    const index = new MeilisearchSearchIndex(client);
    await index.upsert([FIXTURES.coffee]);
    await index.applySettings();
    expect(calls).toEqual([
      ['addDocuments', [toMeiliDocument(SearchDocumentSchema.parse(FIXTURES.coffee))], { primaryKey: 'id' }],
      ['updateSettings', MEILI_SETTINGS],
    ]);
  });

  it("deletes an organisation's documents by a quoted filter, and sends nothing for no ids", async () => {
    const { client, calls } = recordingClient();
    const index = new MeilisearchSearchIndex(client);
    await index.deleteOrganisations([]);
    await index.deleteOrganisations(['org-andina', 'org-"x"']);
    expect(calls).toEqual([['deleteDocuments', { filter: 'organisationId IN ["org-andina", "org-\\"x\\""]' }]]);
    expect(MEILI_SETTINGS.filterableAttributes).toContain('organisationId');
  });

  it('turns a failed task into a SearchEngineError', async () => {
    const { client } = recordingClient('failed');
    await expect(new MeilisearchSearchIndex(client).delete(['x'])).rejects.toThrow(SearchEngineError);
  });
});
