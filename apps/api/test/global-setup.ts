import { createDataSource, ensureDatabase } from '@linkage/db';

/** Settings for API tests: a dedicated database and Redis logical database, so a developer's data is never touched. */
export const TEST_ENV = {
  NODE_ENV: 'test',
  DATABASE_URL: process.env.API_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/linkage_api_test',
  REDIS_URL: process.env.API_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/1',
  LOG_LEVEL: 'silent',
  WEB_URL: 'http://portal.test',
  QUEUE_PREFIX: 'api-test',
  OUTBOX_POLL_MS: '50',
} as const;

/**
 * Creates and migrates the test database once per run (Jest loads this file without the test
 * module mapper, hence no relative imports). Tests isolate themselves by creating their own users
 * and organisations.
 */
export default async function globalSetup() {
  await ensureDatabase(TEST_ENV.DATABASE_URL);
  const ds = await createDataSource(TEST_ENV.DATABASE_URL).initialize();
  await ds.runMigrations();
  await ds.destroy();
}
