import { SEARCH_STOP_WORDS, synonymMap } from '@linkage/domain';
import type { Settings } from 'meilisearch';

/**
 * Index settings, applied as a whole so that applying them twice changes nothing.
 * - searchable attributes in ranking order: title > product labels and codes > description, the
 *   weights the PostgreSQL adapter gives them;
 * - `sort` first among ranking rules, so that sorting by date really sorts (it is a no-op when a
 *   search asks for no sort), as in the PostgreSQL adapter;
 * - typo tolerance at Meilisearch's defaults, off for HS codes, where a "typo" is another product;
 * - the product vocabulary's synonyms, so a query in one of the four languages finds documents
 *   written in another, and its stop words, so "huile d'argan" does not demand a "d".
 */
export const MEILI_SETTINGS: Settings = {
  searchableAttributes: ['title', 'productLabels', 'productCodes', 'description'],
  // organisationId only serves deleteOrganisations (no search filters by it).
  filterableAttributes: ['visibility', 'kind', 'country', 'standards', 'productCodePrefixes', 'organisationKind', 'organisationId'],
  sortableAttributes: ['updatedAtMs'],
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
  typoTolerance: {
    enabled: true,
    minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
    disableOnAttributes: ['productCodes'],
    disableOnNumbers: true,
  },
  // Counts must cover every country and standard, and totals stay exact up to this many hits.
  faceting: { maxValuesPerFacet: 500 },
  pagination: { maxTotalHits: 10_000 },
  synonyms: synonymMap(),
  stopWords: [...SEARCH_STOP_WORDS],
};
