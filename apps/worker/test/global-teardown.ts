import { dropDatabase } from '@linkage/db';

/** Drops this run's template database and every test file's copy of it (global-setup put its URL in the environment). */
export default async function globalTeardown() {
  const url = process.env.WORKER_TEST_DATABASE_URL;
  if (url) await dropDatabase(url, { copies: true });
}
