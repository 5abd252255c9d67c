import pg from 'pg';
import { copyDatabase, dropDatabase, ensureDatabase } from '../src/index.js';

const SERVER = 'postgres://postgres@127.0.0.1:5432';
const template = `linkage_db_copy_${Date.now().toString(36)}`;
const urlOf = (name: string) => `${SERVER}/${name}`;

async function query<T extends pg.QueryResultRow>(database: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: urlOf(database) });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

const existing = async () =>
  (await query<{ datname: string }>('postgres', `SELECT datname FROM pg_database WHERE datname LIKE '${template}%' ORDER BY 1`)).map(
    (r) => r.datname,
  );

afterAll(() => dropDatabase(urlOf(template), { copies: true }).then(() => dropDatabase(urlOf(`${template}x`))));

describe('test databases', () => {
  it('copies a template with its tables, and drops it with its copies only', async () => {
    await ensureDatabase(urlOf(template));
    await query(template, 'CREATE TABLE marker (id int); INSERT INTO marker VALUES (7)');
    await copyDatabase(urlOf(template), urlOf(`${template}_a1`));
    await ensureDatabase(urlOf(`${template}x`));
    expect(await query<{ id: number }>(`${template}_a1`, 'SELECT id FROM marker')).toEqual([{ id: 7 }]);

    await dropDatabase(urlOf(template), { copies: true });
    // `…x` is not named after the template plus "_…": it is someone else's database.
    expect(await existing()).toEqual([`${template}x`]);
  });
});
