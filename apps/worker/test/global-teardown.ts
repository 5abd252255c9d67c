import pg from 'pg';

/** Drops this run's template database and every test file's copy of it (global-setup put its URL in the environment). */
export default async function globalTeardown() {
  const url = process.env.WORKER_TEST_DATABASE_URL;
  if (!url) return;
  const template = new URL(url).pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
      [template, `${template.replaceAll('_', '\\_')}\\_%`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
