import { createDataSource, ensureDatabase, syncStandardsRegistry } from '@linkage/db';

/**
 * Each run migrates one template database here, dropped with its copies in teardown, so runs never
 * see each other's rows or schema. Every test file works in its own copy of the template
 * (support.ts `testDatabaseUrl`): one file's outbox relay never picks up another file's events.
 * The template itself is never connected to after setup, which is what lets PostgreSQL copy it.
 * The parent sets the name in the environment before Jest starts its workers, which inherit it.
 * (Jest loads this file unmapped: no relative imports.)
 */
const run = process.env.WORKER_TEST_RUN ?? `${Date.now().toString(36)}${process.pid}`;

export const TEMPLATE_DATABASE_URL =
  process.env.WORKER_TEST_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/linkage_worker_test_${run}`;

export const TEST_ENV = {
  NODE_ENV: 'test',
  REDIS_URL: process.env.WORKER_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/2',
  LOG_LEVEL: 'silent',
  OUTBOX_POLL_MS: '50',
} as const;

export default async function globalSetup() {
  process.env.WORKER_TEST_RUN = run;
  process.env.WORKER_TEST_DATABASE_URL = TEMPLATE_DATABASE_URL;
  await ensureDatabase(TEMPLATE_DATABASE_URL);
  const ds = await createDataSource(TEMPLATE_DATABASE_URL).initialize();
  await ds.runMigrations();
  // As in a product database, where the API fills the registry at boot: matching reads it from the table.
  await syncStandardsRegistry(ds);
  await ds.destroy();
}
