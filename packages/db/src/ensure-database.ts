import pg from 'pg';

/**
 * Creates the database named in `url` when it does not exist yet, connecting to the server's
 * `postgres` maintenance database to do so. Lets a fresh machine go from nothing to migrated in one step.
 */
export async function ensureDatabase(url: string): Promise<{ created: boolean }> {
  const { name, client } = await maintenanceClient(url);
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return { created: false };
    try {
      await client.query(`CREATE DATABASE "${name}"`);
    } catch (error) {
      // Another process created it between our check and our CREATE: the goal is met.
      if ((error as { code?: string }).code !== '42P04') throw error;
      return { created: false };
    }
    return { created: true };
  } finally {
    await client.end();
  }
}

/**
 * Creates the database named in `url` as a copy of the one named in `templateUrl`, which must have
 * no open connections: a test file gets a migrated database of its own without migrating again.
 */
export async function copyDatabase(templateUrl: string, url: string): Promise<void> {
  const { name: template, client } = await maintenanceClient(templateUrl);
  try {
    await client.query(`CREATE DATABASE "${databaseName(url)}" TEMPLATE "${template}"`);
  } finally {
    await client.end();
  }
}

/**
 * Drops the database named in `url`, ending its connections first; used to throw away per-run test
 * databases. With `copies`, also every database named after it plus `_…` (see `copyDatabase`).
 */
export async function dropDatabase(url: string, { copies = false }: { copies?: boolean } = {}): Promise<void> {
  const { name, client } = await maintenanceClient(url);
  try {
    const { rows } = copies
      ? await client.query<{ datname: string }>('SELECT datname FROM pg_database WHERE datname LIKE $1', [
          `${name.replaceAll('_', '\\_')}\\_%`,
        ])
      : { rows: [] };
    for (const dropped of [...rows.map((r) => r.datname), name]) {
      await client.query(`DROP DATABASE IF EXISTS "${dropped}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^[A-Za-z0-9_]+$/.test(name)) throw new Error(`Refusing to use a database with the name "${name}"`);
  return name;
}

async function maintenanceClient(url: string): Promise<{ name: string; client: pg.Client }> {
  const name = databaseName(url);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  return { name, client };
}
