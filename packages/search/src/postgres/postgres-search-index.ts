import { performance } from 'node:perf_hooks';
import { searchSynonyms } from '@linkage/domain';
import type pg from 'pg';
import { parseSearchDocuments, type SearchDocument, type SearchDocumentInput } from '../document.js';
import { SearchEngineError } from '../errors.js';
import { markLabels, markWords, DESCRIPTION_CROP_WORDS, type Highlights } from '../highlight.js';
import { resolveSearchQuery, type FacetName, type SearchQuery } from '../query.js';
import type { FacetCounts, SearchHit, SearchIndex, SearchResult } from '../search-index.js';
import { queryWords } from '../text.js';
import { allowedVisibility } from '../visibility.js';
import { buildSearchStatement, facetColumn, type TermPlan } from './search-sql.js';
import { typoBudget } from './typos.js';
import { DELETE_ORGANISATIONS_SQL, DELETE_SQL, REBUILD_VOCABULARY_SQL, SCHEMA_PRESENT_SQL, UPSERT_SQL } from './write-sql.js';

/** Documents per INSERT: large enough to amortise round trips, small enough to keep statements quick. */
const UPSERT_BATCH = 1000;

interface SearchRow {
  total: number;
  hits: Array<Omit<SearchDocument, 'updatedAt'> & { updatedAt: string }>;
  match_words: string[];
  [facet: `facet_${string}`]: Record<string, number> | undefined;
}

export interface PostgresSearchIndexOptions {
  /** Whether `close()` ends the pool: true when the index created it. */
  ownsPool?: boolean;
}

/**
 * The embedded default: full-text search in the system-of-record database, on the
 * `search_documents` and `search_matches` tables and the functions of migrations
 * SearchDocuments1764000000000 to SearchTypos1771000000000.
 */
export class PostgresSearchIndex implements SearchIndex {
  readonly engine = 'postgres' as const;

  constructor(
    private readonly pool: pg.Pool,
    private readonly options: PostgresSearchIndexOptions = {},
  ) {}

  async applySettings(): Promise<void> {
    const { rows } = await this.pool.query<{ present: boolean }>(SCHEMA_PRESENT_SQL);
    if (!rows[0]?.present) {
      throw new SearchEngineError('postgres', 'search tables are missing: run the migrations SearchDocuments1764000000000 to SearchTypos1771000000000');
    }
    await this.inTransaction(async (client) => {
      for (const statement of REBUILD_VOCABULARY_SQL) await client.query(statement);
    });
  }

  async upsert(documents: readonly SearchDocumentInput[]): Promise<void> {
    const parsed = parseSearchDocuments(documents);
    if (parsed.length === 0) return;
    await this.inTransaction(async (client) => {
      for (let start = 0; start < parsed.length; start += UPSERT_BATCH) {
        await client.query(UPSERT_SQL, [JSON.stringify(parsed.slice(start, start + UPSERT_BATCH))]);
      }
    });
  }

  async delete(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.pool.query(DELETE_SQL, [ids]);
  }

  async deleteOrganisations(organisationIds: readonly string[]): Promise<void> {
    if (organisationIds.length === 0) return;
    await this.pool.query(DELETE_ORGANISATIONS_SQL, [organisationIds]);
  }

  async search(input: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const query = resolveSearchQuery(input);
    const terms = planTerms(queryWords(query.text));
    const statement = buildSearchStatement(query, terms, allowedVisibility(query.viewer));
    const { rows } = await this.pool.query<SearchRow>(statement);
    const row = rows[0];
    if (!row) throw new SearchEngineError('postgres', 'the search statement returned no row');

    const facets: FacetCounts = {};
    for (const facet of query.facets) facets[facet] = row[facetColumn(facet) as `facet_${FacetName}`] ?? {};
    return {
      hits: row.hits.map((hit) => toHit(hit, row.match_words)),
      total: row.total,
      page: query.page,
      perPage: query.perPage,
      facets,
      tookMs: performance.now() - started,
    };
  }

  async close(): Promise<void> {
    if (this.options.ownsPool) await this.pool.end();
  }

  private async inTransaction(work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  }
}

/** Only words of letters and digits are corrected (the vocabulary holds no others). */
function planTerms(words: readonly string[]): TermPlan[] {
  // Like Meilisearch, only the last word is matched as a prefix: it is the one still being typed.
  return words.map((term, index) => ({
    term,
    budget: /^[a-z0-9]+$/.test(term) ? typoBudget(term) : 0,
    prefix: index === words.length - 1,
    synonyms: searchSynonyms(term),
  }));
}

function toHit(row: SearchRow['hits'][number], matchWords: readonly string[]): SearchHit {
  const document: SearchDocument = { ...row, updatedAt: new Date(row.updatedAt).toISOString() };
  const highlights: Highlights = {};
  if (matchWords.length > 0) {
    const title = markWords(document.title, matchWords);
    const products = markLabels(
      document.products.map((product) => product.label),
      matchWords,
    );
    const description = markWords(document.description, matchWords, DESCRIPTION_CROP_WORDS);
    if (title) highlights.title = title;
    if (products) highlights.products = products;
    if (description) highlights.description = description;
  }
  return { document, highlights };
}

