import pg from 'pg';
import { DataSource, type MigrationInterface } from 'typeorm';

const SERVER = { host: process.env['PGHOST'] ?? '127.0.0.1', port: Number(process.env['PGPORT'] ?? 5432), user: process.env['PGUSER'] ?? 'postgres' };

// The migration belongs to @linkage/db, which compiles it; it is loaded by path so that this
// package's typecheck does not pull another package's sources into its program.
const MIGRATION_URL = new URL('../../../db/src/migrations/1764000000000-SearchDocuments.ts', import.meta.url);

export async function loadSearchMigration(): Promise<new () => MigrationInterface> {
  const module = (await import(MIGRATION_URL.href)) as Record<string, new () => MigrationInterface>;
  const migration = module['SearchDocuments1764000000000'];
  if (!migration) throw new Error(`SearchDocuments1764000000000 is not exported by ${MIGRATION_URL.pathname}`);
  return migration;
}

/** Drops and recreates a database that belongs to these tests alone. */
export async function recreateDatabase(name: string): Promise<void> {
  const admin = new pg.Client({ ...SERVER, database: 'postgres' });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
}

export function migrationDataSource(database: string, migration: new () => MigrationInterface): DataSource {
  const { host, port, user: username } = SERVER;
  return new DataSource({ type: 'postgres', host, port, username, database, migrations: [migration], migrationsTransactionMode: 'all' });
}

/** A fresh database migrated the way the API migrates, through TypeORM. */
export async function createMigratedDatabase(name: string): Promise<pg.Pool> {
  await recreateDatabase(name);
  const dataSource = migrationDataSource(name, await loadSearchMigration());
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
  return new pg.Pool({ ...SERVER, database: name, max: 4 });
}
