import { createDataSource, dropDatabase, ensureDatabase, pendingSchemaChanges } from '../src/index.js';

// A database of this run's own, so no earlier or concurrent run's schema can hide or fake drift.
const url = `postgres://postgres@127.0.0.1:5432/linkage_db_test_${Date.now().toString(36)}${process.pid}`;

afterAll(() => dropDatabase(url));

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
