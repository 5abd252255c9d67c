import { createDataSource, ensureDatabase } from '@linkage/db';

/** A dedicated database and Redis logical database for worker tests (no relative imports: Jest loads this file unmapped). */
export const TEST_ENV = {
  NODE_ENV: 'test',
  DATABASE_URL:
    process.env.WORKER_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/linkage_worker_test',
  REDIS_URL: process.env.WORKER_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/2',
  LOG_LEVEL: 'silent',
  OUTBOX_POLL_MS: '50',
} as const;

export default async function globalSetup() {
  await ensureDatabase(TEST_ENV.DATABASE_URL);
  const ds = await createDataSource(TEST_ENV.DATABASE_URL).initialize();
  await ds.runMigrations();
  await ds.destroy();
}
