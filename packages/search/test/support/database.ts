import pg from 'pg';
import { DataSource, type MigrationInterface } from 'typeorm';

const SERVER = { host: process.env['PGHOST'] ?? '127.0.0.1', port: Number(process.env['PGPORT'] ?? 5432), user: process.env['PGUSER'] ?? 'postgres' };

// The migrations belong to @linkage/db, which compiles them; they are loaded by path so that this
// package's typecheck does not pull another package's sources into its program.
const MIGRATIONS = [
  ['1764000000000-SearchDocuments.ts', 'SearchDocuments1764000000000'],
  ['1768000000000-SearchSpeed.ts', 'SearchSpeed1768000000000'],
  ['1770000000000-SearchMatches.ts', 'SearchMatches1770000000000'],
  ['1771000000000-SearchTypos.ts', 'SearchTypos1771000000000'],
  ['1781000000000-SearchBrokering.ts', 'SearchBrokering1781000000000'],
] as const;

/** The search schema's migrations, in order. */
export async function loadSearchMigrations(): Promise<Array<new () => MigrationInterface>> {
  return Promise.all(
    MIGRATIONS.map(async ([file, name]) => {
      const url = new URL(`../../../db/src/migrations/${file}`, import.meta.url);
      const module = (await import(url.href)) as Record<string, new () => MigrationInterface>;
      const migration = module[name];
      if (!migration) throw new Error(`${name} is not exported by ${url.pathname}`);
      return migration;
    }),
  );
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

export function migrationDataSource(database: string, migrations: Array<new () => MigrationInterface>): DataSource {
  const { host, port, user: username } = SERVER;
  return new DataSource({ type: 'postgres', host, port, username, database, migrations, migrationsTransactionMode: 'all' });
}

/** A fresh database migrated the way the API migrates, through TypeORM. */
export async function createMigratedDatabase(name: string): Promise<pg.Pool> {
  await recreateDatabase(name);
  const dataSource = migrationDataSource(name, await loadSearchMigrations());
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
  return new pg.Pool({ ...SERVER, database: name, max: 4 });
}
