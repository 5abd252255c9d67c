import pg from 'pg';
import { InvalidSearchConfigError, createSearchIndex, onSharedPool, searchIndexConfigFromEnv } from '../src/index.js';

describe('searchIndexConfigFromEnv', () => {
  it('defaults to PostgreSQL', () => {
    expect(searchIndexConfigFromEnv({ DATABASE_URL: 'postgres://localhost/linkage' })).toEqual({
      engine: 'postgres',
      connectionString: 'postgres://localhost/linkage',
    });
  });

  it('selects Meilisearch', () => {
    expect(
      searchIndexConfigFromEnv({ SEARCH_ENGINE: 'meilisearch', MEILI_URL: 'http://127.0.0.1:7700', MEILI_API_KEY: 'k' }),
    ).toEqual({ engine: 'meilisearch', host: 'http://127.0.0.1:7700', apiKey: 'k', indexUid: undefined });
  });

  it('names what is missing or wrong', () => {
    expect(() => searchIndexConfigFromEnv({ SEARCH_ENGINE: 'meilisearch' })).toThrow(
      expect.objectContaining({ variables: { MEILI_URL: expect.stringContaining('MEILI_URL') } }),
    );
    expect(() => searchIndexConfigFromEnv({ SEARCH_ENGINE: 'elastic' })).toThrow(InvalidSearchConfigError);
  });
});

describe('onSharedPool', () => {
  it('puts the postgres engine on the given pool and leaves Meilisearch as it is', async () => {
    const pool = new pg.Pool({ connectionString: 'postgres://127.0.0.1/none' });
    const meili = { engine: 'meilisearch', host: 'http://127.0.0.1:7700' } as const;
    expect(onSharedPool({ engine: 'postgres', connectionString: 'postgres://127.0.0.1/other' }, pool)).toEqual({ engine: 'postgres', pool });
    expect(onSharedPool(meili, pool)).toBe(meili);
    await pool.end();
  });
});

describe('createSearchIndex', () => {
  it('builds the engine the configuration names', async () => {
    const postgres = createSearchIndex({ engine: 'postgres', connectionString: 'postgres://127.0.0.1/none' });
    const meili = createSearchIndex({ engine: 'meilisearch', host: 'http://127.0.0.1:7700' });
    expect([postgres.engine, meili.engine]).toEqual(['postgres', 'meilisearch']);
    await postgres.close();
  });
});
