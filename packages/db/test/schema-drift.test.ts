import { createDataSource, ensureDatabase, pendingSchemaChanges } from '../src/index.js';

const url = process.env.DB_TEST_URL ?? 'postgres://postgres@127.0.0.1:5432/linkage_db_test';

describe('schema discipline', () => {
  it('migrations produce exactly the schema the entities describe', async () => {
    await ensureDatabase(url);
    const ds = createDataSource(url);
    await ds.initialize();
    try {
      await ds.runMigrations();
      expect(await pendingSchemaChanges(ds)).toEqual([]);
    } finally {
      await ds.destroy();
    }
  });

  it('detects drift when the database lacks something an entity declares', async () => {
    const ds = createDataSource(url);
    await ds.initialize();
    try {
      await ds.runMigrations();
      await ds.query('DROP INDEX IF EXISTS ix_matches_supplier');
      const drift = await pendingSchemaChanges(ds);
      expect(drift.join('\n')).toContain('ix_matches_supplier');
    } finally {
      await ds.query('CREATE INDEX IF NOT EXISTS ix_matches_supplier ON matches (supplier_id)');
      await ds.destroy();
    }
  });
});
