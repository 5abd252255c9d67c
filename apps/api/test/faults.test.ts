/**
 * Faults (issue 17): readiness probes that arrive together while the Redis connection opens, and
 * PostgreSQL connections cut under the API. The pool drops the dead connections
 * and opens new ones: readiness reports the database up again and ordinary requests work, without
 * restarting the API.
 */
import { createDataSource } from '@linkage/db';
import { type TestApp, createTestApp, signUp } from './support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('did not recover in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

it('reports ready to probes that arrive together, before its Redis connection is open', async () => {
  const answers = await Promise.all(Array.from({ length: 5 }, () => t.http().get('/health/ready')));
  expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
});

it('recovers from its PostgreSQL connections being terminated, without a restart', async () => {
  const owner = await signUp(t, 'owner');
  await t.http().get('/health/ready').expect(200);
  // The API's own pooled connections (other test files share this database: only ours are cut).
  const pids = new Set(
    (
      await Promise.all(
        Array.from({ length: 5 }, () =>
          t.dataSource.query<Array<{ pid: number }>>('SELECT pg_backend_pid() AS pid, pg_sleep(0.05)'),
        ),
      )
    ).map((rows) => rows[0]!.pid),
  );
  // From a connection of its own, outside the API's pool.
  const admin = await createDataSource(process.env.API_TEST_DATABASE_URL!).initialize();
  const [{ n }] = await admin.query<[{ n: number }]>(
    `SELECT count(pg_terminate_backend(pid))::int AS n FROM unnest($1::int[]) AS pid`,
    [[...pids]],
  );
  await admin.destroy();
  expect(n).toBeGreaterThan(0);

  // Some requests may fail while the pool finds its connections dead; none hangs, and soon all work.
  const ready = await eventually(async () => {
    const res = await t.http().get('/health/ready');
    return res.status === 200 ? res.body : undefined;
  });
  expect(ready).toMatchObject({ status: 'ok', database: 'up' });
  for (let i = 0; i < 10; i++) await t.http().get('/auth/me').set(owner.auth).expect(200);
});
