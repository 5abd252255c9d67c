import { createDataSource, ensureDatabase } from '@linkage/db';

/**
 * Each run gets its own database and queue prefix, created here and dropped in teardown, so runs
 * never see each other's rows, jobs or schema. The parent sets them in the environment before Jest
 * starts its workers, which inherit them. (Jest loads this file unmapped: no relative imports.)
 */
const run = process.env.API_TEST_RUN ?? `${Date.now().toString(36)}${process.pid}`;

export const TEST_ENV = {
  NODE_ENV: 'test',
  DATABASE_URL:
    process.env.API_TEST_DATABASE_URL ?? `postgres://postgres@127.0.0.1:5432/linkage_api_test_${run}`,
  REDIS_URL: process.env.API_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/1',
  LOG_LEVEL: 'silent',
  WEB_URL: 'http://portal.test',
  QUEUE_PREFIX: `api-test-${run}`,
  OUTBOX_POLL_MS: '50',
} as const;

export default async function globalSetup() {
  process.env.API_TEST_RUN = run;
  process.env.API_TEST_DATABASE_URL = TEST_ENV.DATABASE_URL;
  await ensureDatabase(TEST_ENV.DATABASE_URL);
  const ds = await createDataSource(TEST_ENV.DATABASE_URL).initialize();
  await ds.runMigrations();
  await ds.destroy();
}
