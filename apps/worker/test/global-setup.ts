import { createDataSource, ensureDatabase } from '@linkage/db';

/**
 * Each run gets its own database, created here and dropped in teardown, so runs never see each
 * other's rows or schema; every test file also uses its own queue prefix (see support.ts). The
 * parent sets the database in the environment before Jest starts its workers, which inherit it.
 * (Jest loads this file unmapped: no relative imports.)
 */
const run = process.env.WORKER_TEST_RUN ?? `${Date.now().toString(36)}${process.pid}`;

export const TEST_ENV = {
  NODE_ENV: 'test',
  DATABASE_URL:
    process.env.WORKER_TEST_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/linkage_worker_test_${run}`,
  REDIS_URL: process.env.WORKER_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/2',
  LOG_LEVEL: 'silent',
  OUTBOX_POLL_MS: '50',
} as const;

export default async function globalSetup() {
  process.env.WORKER_TEST_RUN = run;
  process.env.WORKER_TEST_DATABASE_URL = TEST_ENV.DATABASE_URL;
  await ensureDatabase(TEST_ENV.DATABASE_URL);
  const ds = await createDataSource(TEST_ENV.DATABASE_URL).initialize();
  await ds.runMigrations();
  await ds.destroy();
}
