import { performance } from 'node:perf_hooks';
import { MeilisearchApiError, type EnqueuedTaskPromise, type Index, type Meilisearch } from 'meilisearch';
import { parseSearchDocuments, type SearchDocumentInput } from '../document.js';
import { SearchEngineError } from '../errors.js';
import { CROP_MARKER, DESCRIPTION_CROP_WORDS, MARK_END, MARK_START, renderEngineMarks, type Highlights } from '../highlight.js';
import { resolveSearchQuery, type SearchQuery } from '../query.js';
import type { FacetCounts, SearchHit, SearchIndex, SearchResult } from '../search-index.js';
import { allowedVisibility } from '../visibility.js';
import { fromMeiliDocument, toMeiliDocument, type MeiliDocument } from './meili-document.js';
import { anyOf, buildMeiliFilter, FACET_ATTRIBUTES } from './meili-filter.js';
import { MEILI_SETTINGS } from './meili-settings.js';

export const DEFAULT_MEILI_INDEX = 'search_documents';

export interface MeilisearchSearchIndexOptions {
  indexUid?: string;
  /** How long a write may wait for Meilisearch to finish indexing it. */
  taskTimeoutMs?: number;
}

/** For search traffic beyond what PostgreSQL serves (DESIGN §4); same contract, same tests. */
export class MeilisearchSearchIndex implements SearchIndex {
  readonly engine = 'meilisearch' as const;
  private readonly index: Index<MeiliDocument>;
  private readonly indexUid: string;
  private readonly taskTimeoutMs: number;

  constructor(
    private readonly client: Meilisearch,
    options: MeilisearchSearchIndexOptions = {},
  ) {
    this.indexUid = options.indexUid ?? DEFAULT_MEILI_INDEX;
    this.taskTimeoutMs = options.taskTimeoutMs ?? 60_000;
    this.index = client.index<MeiliDocument>(this.indexUid);
  }

  async applySettings(): Promise<void> {
    try {
      await this.client.getIndex(this.indexUid);
    } catch (error) {
      if (!(error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found')) throw error;
      await this.settle(this.client.createIndex(this.indexUid, { primaryKey: 'id' }), 'create the index');
    }
    await this.settle(this.index.updateSettings(MEILI_SETTINGS), 'apply settings');
  }

  async upsert(documents: readonly SearchDocumentInput[]): Promise<void> {
    const parsed = parseSearchDocuments(documents);
    if (parsed.length === 0) return;
    // addDocuments replaces documents whole (updateDocuments would merge), as the contract says.
    await this.settle(this.index.addDocuments(parsed.map(toMeiliDocument), { primaryKey: 'id' }), 'upsert documents');
  }

  async delete(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.settle(this.index.deleteDocuments([...ids]), 'delete documents');
  }

  async deleteOrganisations(organisationIds: readonly string[]): Promise<void> {
    if (organisationIds.length === 0) return;
    await this.settle(
      this.index.deleteDocuments({ filter: anyOf('organisationId', organisationIds) }),
      "delete organisations' documents",
    );
  }

  async search(input: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const query = resolveSearchQuery(input);
    const hasText = query.text.length > 0;
    const response = await this.index.search(query.text, {
      filter: buildMeiliFilter(query, allowedVisibility(query.viewer)),
      facets: query.facets.map((facet) => FACET_ATTRIBUTES[facet]),
      page: query.page,
      hitsPerPage: query.perPage,
      // Without text there is no relevance to rank by: newest first, as in the PostgreSQL adapter.
      sort: query.sort === 'updatedAt' || !hasText ? ['updatedAtMs:desc'] : undefined,
      // Every query word must match, as in the PostgreSQL adapter (Meilisearch drops words by default).
      matchingStrategy: 'all',
      attributesToHighlight: hasText ? ['title', 'productLabels', 'description'] : [],
      attributesToCrop: hasText ? ['description'] : [],
      cropLength: DESCRIPTION_CROP_WORDS,
      cropMarker: CROP_MARKER,
      highlightPreTag: MARK_START,
      highlightPostTag: MARK_END,
    });

    const facets: FacetCounts = {};
    for (const facet of query.facets) facets[facet] = response.facetDistribution?.[FACET_ATTRIBUTES[facet]] ?? {};
    // Disjunctive facets, as in the PostgreSQL adapter: a facet with values ticked is counted without
    // its own filter, so the values not ticked keep their counts.
    await Promise.all(
      query.facets
        .filter((facet) => facet !== 'standard' && query.filters[facet]?.length)
        .map(async (facet) => {
          const without = { ...query, filters: { ...query.filters, [facet]: undefined } };
          const counts = await this.index.search(query.text, {
            filter: buildMeiliFilter(without, allowedVisibility(query.viewer)),
            facets: [FACET_ATTRIBUTES[facet]],
            page: 1,
            hitsPerPage: 0,
            matchingStrategy: 'all',
          });
          facets[facet] = counts.facetDistribution?.[FACET_ATTRIBUTES[facet]] ?? {};
        }),
    );
    return {
      hits: response.hits.map(toHit),
      total: response.totalHits,
      page: query.page,
      perPage: query.perPage,
      facets,
      tookMs: performance.now() - started,
    };
  }

  async close(): Promise<void> {
    // The client holds no connections of its own (it uses fetch).
  }

  /** Waits for an enqueued task and turns its failure into an error; Meilisearch writes are asynchronous. */
  private async settle(task: EnqueuedTaskPromise, what: string): Promise<void> {
    const done = await task.waitTask({ timeout: this.taskTimeoutMs });
    if (done.status !== 'succeeded') {
      throw new SearchEngineError('meilisearch', `could not ${what}: ${done.error?.message ?? done.status}`);
    }
  }
}

function toHit(hit: MeiliDocument & { _formatted?: Partial<MeiliDocument> }): SearchHit {
  const formatted = hit._formatted ?? {};
  const highlights: Highlights = {};
  const title = formatted.title === undefined ? undefined : renderEngineMarks(formatted.title);
  const products = (formatted.productLabels ?? []).flatMap((label) => renderEngineMarks(label) ?? []);
  const description = formatted.description === undefined ? undefined : renderEngineMarks(formatted.description);
  if (title) highlights.title = title;
  if (products.length > 0) highlights.products = products.join(', ');
  if (description) highlights.description = description;
  return { document: fromMeiliDocument(hit), highlights };
}
