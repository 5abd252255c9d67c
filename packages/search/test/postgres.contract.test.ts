import pg from 'pg';
import { PostgresSearchIndex } from '../src/index.js';
import { runSearchIndexContract } from './contract/search-index.contract.js';
import { createMigratedDatabase } from './support/database.js';

runSearchIndexContract('postgres', async () => {
  const pool: pg.Pool = await createMigratedDatabase('linkage_search_test');
  return {
    index: new PostgresSearchIndex(pool),
    clear: async () => {
      await pool.query('TRUNCATE search_documents, search_matches, search_lexicon, search_stems');
    },
    dispose: () => pool.end(),
  };
});
