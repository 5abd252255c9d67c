import type { SearchDocument, SearchDocumentInput } from './document.js';
import type { Highlights } from './highlight.js';
import type { FacetName, SearchQuery } from './query.js';

export interface SearchHit {
  document: SearchDocument;
  highlights: Highlights;
}

/** Value → number of matching documents the viewer may see, for each facet asked for. */
export type FacetCounts = Partial<Record<FacetName, Record<string, number>>>;

export interface SearchResult {
  hits: SearchHit[];
  /** Matching documents the viewer may see, across all pages. */
  total: number;
  page: number;
  perPage: number;
  facets: FacetCounts;
  /** Wall-clock time of the search as the application saw it, round trips included. */
  tookMs: number;
}

export const SEARCH_ENGINES = ['postgres', 'meilisearch'] as const;
export type SearchEngine = (typeof SEARCH_ENGINES)[number];

/**
 * One search index, whatever engine is behind it. Writes are upserts by id and deletions, so index
 * sync jobs can be retried safely; a write has taken effect for searches when its promise resolves.
 */
export interface SearchIndex {
  readonly engine: SearchEngine;
  /** Creates or updates whatever the engine needs beyond the data; safe to run at every start. */
  applySettings(): Promise<void>;
  /** Inserts documents or replaces them whole (fields left out are not kept from the old version). */
  upsert(documents: readonly SearchDocumentInput[]): Promise<void>;
  /** Removes documents by id; unknown ids are ignored. */
  delete(ids: readonly string[]): Promise<void>;
  /**
   * Removes every document of these organisations — their own, their catalogue items', their needs' —
   * for an organisation that is gone and took its rows with it. Unknown ids are ignored.
   */
  deleteOrganisations(organisationIds: readonly string[]): Promise<void>;
  /** Throws `InvalidSearchQueryError` (or `UnknownFacetError`) before touching the engine. */
  search(query: SearchQuery): Promise<SearchResult>;
  /** Releases connections the index opened itself. */
  close(): Promise<void>;
}
