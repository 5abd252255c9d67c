import { Meilisearch } from 'meilisearch';
import pg from 'pg';
import { z } from 'zod';
import { InvalidSearchConfigError } from './errors.js';
import { fieldErrors } from './field-errors.js';
import { MeilisearchSearchIndex } from './meilisearch/meilisearch-search-index.js';
import { PostgresSearchIndex } from './postgres/postgres-search-index.js';
import type { SearchIndex } from './search-index.js';

export type SearchIndexConfig =
  /** Share the application's pool (the index will not close it) … */
  | { engine: 'postgres'; pool: pg.Pool }
  /** … or let the index open and close its own. */
  | { engine: 'postgres'; connectionString: string; maxConnections?: number }
  | { engine: 'meilisearch'; host: string; apiKey?: string; indexUid?: string };

/** Builds the configured engine's index. Call `applySettings()` once at start-up. */
export function createSearchIndex(config: SearchIndexConfig): SearchIndex {
  switch (config.engine) {
    case 'postgres':
      return 'pool' in config
        ? new PostgresSearchIndex(config.pool)
        : new PostgresSearchIndex(
            new pg.Pool({ connectionString: config.connectionString, max: config.maxConnections ?? 10 }),
            { ownsPool: true },
          );
    case 'meilisearch':
      return new MeilisearchSearchIndex(new Meilisearch({ host: config.host, apiKey: config.apiKey }), {
        indexUid: config.indexUid,
      });
  }
}

/** The configuration with the postgres engine on an existing pool (the process's own) instead of one of its own. */
export function onSharedPool(config: SearchIndexConfig, pool: pg.Pool): SearchIndexConfig {
  return config.engine === 'postgres' ? { engine: 'postgres', pool } : config;
}

const EnvSchema = z.discriminatedUnion('SEARCH_ENGINE', [
  z.object({
    SEARCH_ENGINE: z.literal('postgres'),
    DATABASE_URL: z.string({ error: 'Set DATABASE_URL for the postgres search engine' }).min(1),
  }),
  z.object({
    SEARCH_ENGINE: z.literal('meilisearch'),
    MEILI_URL: z.url({ error: 'Set MEILI_URL (such as http://127.0.0.1:7700) for the meilisearch engine' }),
    MEILI_API_KEY: z.string().optional(),
    MEILI_INDEX: z.string().optional(),
  }),
], { error: 'SEARCH_ENGINE must be postgres or meilisearch' });

/**
 * Reads `SEARCH_ENGINE=postgres|meilisearch` (postgres when unset) and the variables that engine needs;
 * throws `InvalidSearchConfigError` naming every missing or malformed variable.
 */
export function searchIndexConfigFromEnv(env: Record<string, string | undefined>): SearchIndexConfig {
  const result = EnvSchema.safeParse({ ...env, SEARCH_ENGINE: env['SEARCH_ENGINE'] || 'postgres' });
  if (!result.success) throw new InvalidSearchConfigError(fieldErrors(result.error));
  const vars = result.data;
  return vars.SEARCH_ENGINE === 'postgres'
    ? { engine: 'postgres', connectionString: vars.DATABASE_URL }
    : { engine: 'meilisearch', host: vars.MEILI_URL, apiKey: vars.MEILI_API_KEY, indexUid: vars.MEILI_INDEX };
}
