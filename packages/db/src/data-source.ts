import 'reflect-metadata';
import type pg from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { type PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';

/**
 * Connections each process keeps open through quiet spells. pg closes a connection after 10 s idle,
 * and a new one costs ≈ 25 ms to open plus ≈ 100 ms on its first search, while its PostgreSQL backend
 * loads the text-search dictionaries and catalog entries (bench/search/README.md): a search after a
 * quiet spell paid that. Connections beyond these still close after 10 s idle.
 */
export const WARM_CONNECTIONS = 2;

/**
 * The one description of the database, shared by the API (which migrates), the worker, the seed
 * and the TypeORM CLI. The schema changes only through migrations: `synchronize` stays off.
 */
export function dataSourceOptions(
  url: string,
  overrides: Partial<DataSourceOptions> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension is needed for uuid keys.
    uuidExtension: 'pgcrypto',
    migrationsRun: false,
    // JIT off for every connection: this is short OLTP and per-need matching queries, where compiling a
    // plan costs several hundred milliseconds and saves nothing (bench/matching, 2026-12-03).
    extra: { min: WARM_CONNECTIONS, options: '-c jit=off' },
    ...overrides,
  } as DataSourceOptions;
}

/** The pg pool behind an initialised data source: the one other clients in the process should share. */
export function connectionPool(dataSource: DataSource): pg.Pool {
  return (dataSource.driver as PostgresDriver).master as pg.Pool;
}

export function createDataSource(url: string, overrides: Partial<DataSourceOptions> = {}): DataSource {
  return new DataSource(dataSourceOptions(url, overrides));
}

/**
 * SQL that would bring the database in line with the entities. Empty when the migrations describe the
 * entities exactly; anything else is drift that a new migration must capture.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return log.upQueries.map((q) => q.query);
}
