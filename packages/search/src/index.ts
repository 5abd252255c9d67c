export {
  DOCUMENT_KINDS,
  STANDARD_CODE_PATTERN,
  SearchDocumentSchema,
  parseSearchDocuments,
  type DocumentKind,
  type SearchDocument,
  type SearchDocumentInput,
} from './document.js';
export {
  InvalidSearchConfigError,
  InvalidSearchDocumentError,
  InvalidSearchQueryError,
  SearchEngineError,
  UnknownFacetError,
} from './errors.js';
export { type Highlights } from './highlight.js';
export {
  FACET_NAMES,
  MAX_PAGE,
  MAX_PER_PAGE,
  SEARCH_SORTS,
  SearchParamsSchema,
  SearchQuerySchema,
  parseSearchParams,
  resolveSearchQuery,
  type FacetName,
  type ResolvedSearchQuery,
  type SearchFilters,
  type SearchParams,
  type SearchQuery,
  type SearchSort,
} from './query.js';
export {
  SEARCH_ENGINES,
  type FacetCounts,
  type SearchEngine,
  type SearchHit,
  type SearchIndex,
  type SearchResult,
} from './search-index.js';
export { VIEWERS, allowedVisibility, type Viewer } from './visibility.js';
export { PostgresSearchIndex } from './postgres/postgres-search-index.js';
export { MeilisearchSearchIndex } from './meilisearch/meilisearch-search-index.js';
export { createSearchIndex, onSharedPool, searchIndexConfigFromEnv, type SearchIndexConfig } from './create-search-index.js';
