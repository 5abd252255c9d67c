import pg from 'pg';
import { PostgresSearchIndex, SearchEngineError } from '../src/index.js';
import { createMigratedDatabase, loadSearchMigrations, migrationDataSource } from './support/database.js';
import { FIXTURES } from './support/fixtures.js';

/** What only the PostgreSQL engine does: stemming, stop words, its vocabulary and its migration. */
const DATABASE = 'linkage_search_pg_test';

describe('PostgresSearchIndex', () => {
  let pool: pg.Pool;
  let index: PostgresSearchIndex;
  const ids = async (text: string) =>
    (await index.search({ text, viewer: 'ADMIN' })).hits.map((hit) => hit.document.id);

  beforeAll(async () => {
    pool = await createMigratedDatabase(DATABASE);
    index = new PostgresSearchIndex(pool);
    await index.applySettings();
  });
  afterAll(async () => {
    await pool?.end();
  });
  beforeEach(async () => {
    await pool.query('TRUNCATE search_documents, search_matches, search_lexicon, search_stems');
    await index.upsert(Object.values(FIXTURES));
  });

  it('stems English, French and Spanish words', async () => {
    expect(await ids('olives')).toEqual([FIXTURES.olive.id]);
    // "herbe séchée" finds "Herbes séchées" by its French stems, and, through the product vocabulary,
    // the need for "dried herbs" written in English.
    expect(new Set(await ids('herbe séchée'))).toEqual(new Set([FIXTURES.herbs.id, FIXTURES.need.id]));
    expect(await ids('fermentados')).toEqual([FIXTURES.cocoa.id]);
  });

  it('drops stop words instead of requiring them', async () => {
    expect(await ids('the argan oil by-products')).toEqual([FIXTURES.need.id]);
    expect(await ids('huile de la coopérative')).toEqual([FIXTURES.argan.id]);
  });

  it('searches HS codes as text', async () => {
    expect(await ids('151590')).toEqual([FIXTURES.argan.id]);
  });

  it('corrects typos from the words of titles and product labels only', async () => {
    expect(await ids('rosemery')).toEqual([FIXTURES.herbs.id]);
    // "fermentado" appears in a description only, so a misspelling of it is not corrected.
    expect(await ids('frementado')).toEqual([]);
  });

  it('counts a swap of neighbouring letters as one edit (search_typo_distance)', async () => {
    const pairs = [['quiona', 'quinoa'], ['argane', 'argan'], ['olive', 'olive'], ['kitten', 'sitting'], ['', 'abc'], ['abcdef', 'badcfe']];
    const { rows } = await pool.query<{ d: number }>(
      `SELECT search_typo_distance(p->>0, p->>1) AS d FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(p, n) ORDER BY n`,
      [JSON.stringify(pairs)],
    );
    expect(rows.map((row) => row.d)).toEqual([1, 1, 0, 3, 3, 3]);
  });

  it('corrects a swap within the typo budget, and no word of four letters', async () => {
    // "quinoa" is one swap from "quiona" (budget 1); "quinua" is two edits away.
    const quiona = await index.search({ text: 'quiona', viewer: 'ADMIN' });
    expect(quiona.hits.map((hit) => hit.document.id)).toEqual([FIXTURES.quinoa.id]);
    expect(quiona.hits[0]?.highlights.title).toContain('<mark>');
    // Four letters carry no typo: "cofe" is not corrected to "coffee" nor to any other word.
    expect(await ids('cofe')).toEqual([]);
  });

  it('rebuilds its vocabulary without the words of deleted documents', async () => {
    await index.delete([FIXTURES.quinoa.id]);
    const count = async () => Number((await pool.query('SELECT count(*) FROM search_lexicon WHERE word = $1', ['quinoa'])).rows[0].count);
    expect(await count()).toBe(1);
    await index.applySettings();
    expect(await count()).toBe(0);
  });

  it('keeps one matching row per document, replaced with it and deleted with it', async () => {
    await index.upsert([{ ...FIXTURES.argan, title: 'Coopérative Tighanimine, huile de cactus' }]);
    await index.delete([FIXTURES.quinoa.id]);
    await index.deleteOrganisations([FIXTURES.herbs.organisationId]);
    const { rows } = await pool.query<{ documents: number; matches: number; unpaired: number }>(
      `SELECT (SELECT count(*) FROM search_documents)::int AS documents, (SELECT count(*) FROM search_matches)::int AS matches,
              (SELECT count(*) FROM search_documents d FULL JOIN search_matches m USING (id) WHERE d.id IS NULL OR m.id IS NULL)::int AS unpaired`,
    );
    expect(rows[0]).toEqual({ documents: Object.keys(FIXTURES).length - 2, matches: Object.keys(FIXTURES).length - 2, unpaired: 0 });
    expect(await ids('cactus')).toEqual([FIXTURES.argan.id]);
  });

  it('refuses to start on a database that was not migrated', async () => {
    const unmigrated = new pg.Pool({ host: '127.0.0.1', user: 'postgres', database: 'postgres', max: 1 });
    try {
      await expect(new PostgresSearchIndex(unmigrated).applySettings()).rejects.toThrow(SearchEngineError);
    } finally {
      await unmigrated.end();
    }
  });

  it('has migrations that revert cleanly and apply again', async () => {
    const migrations = await loadSearchMigrations();
    const dataSource = migrationDataSource(DATABASE, migrations);
    await dataSource.initialize();
    try {
      for (let i = 0; i < migrations.length; i++) await dataSource.undoLastMigration();
      const left = await pool.query(
        `SELECT (SELECT count(*) FROM pg_class WHERE relname LIKE 'search\\_%')
              + (SELECT count(*) FROM pg_proc WHERE proname LIKE 'search\\_%')
              + (SELECT count(*) FROM pg_ts_config WHERE cfgname LIKE 'search\\_%') AS n`,
      );
      expect(Number(left.rows[0].n)).toBe(0);
      await dataSource.runMigrations();
    } finally {
      await dataSource.destroy();
    }
    await index.upsert([FIXTURES.argan]);
    expect(await ids('argane')).toEqual([FIXTURES.argan.id]);
  });
});
