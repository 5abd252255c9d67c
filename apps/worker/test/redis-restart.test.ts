import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OutboxTopic } from '@linkage/contracts';
import { createDataSource } from '@linkage/db';
import { Redis } from 'ioredis';
import { type DataSource } from 'typeorm';
import { TEST_ENV } from './global-setup.js';
import { arganScenario, eventually, testDatabaseUrl } from './support.js';

const WORKER_MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
/** A Redis of this test's own, so stopping it disturbs no other test. */
const PORT = 20_000 + Math.floor(Math.random() * 10_000);

let ds: DataSource;
let databaseUrl: string;
beforeAll(async () => {
  databaseUrl = await testDatabaseUrl();
  ds = await createDataSource(databaseUrl).initialize();
});
afterAll(() => ds.destroy());

async function startRedis(): Promise<ChildProcess> {
  const redis = spawn(
    'redis-server',
    ['--port', String(PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  );
  const probe = new Redis({
    port: PORT,
    host: '127.0.0.1',
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  await eventually(
    async () =>
      (await probe
        .connect()
        .then(() => probe.ping())
        .catch(() => null)) === 'PONG'
        ? true
        : undefined,
    10_000,
  );
  probe.disconnect();
  return redis;
}

const stop = (child: ChildProcess, signal: NodeJS.Signals) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });

/** A posted need, recorded with its outbox event as the API records it. */
async function postedNeed() {
  const { need } = await arganScenario(ds);
  await ds.query(`INSERT INTO outbox_events (topic, payload) VALUES ($1, $2)`, [
    OutboxTopic.NeedPosted,
    { needId: need.id, needVersion: 1 },
  ]);
  return need.id;
}

const matched = async (needId: string) =>
  (
    await ds.query<Array<{ v: number | null }>>(
      `SELECT matched_version AS v FROM sourcing_needs WHERE id = $1`,
      [needId],
    )
  )[0]!.v === 1
    ? true
    : undefined;

describe('Redis restarted under a running worker', () => {
  it('keeps what was recorded meanwhile in the outbox, and relays and matches it once Redis is back', async () => {
    let redis = await startRedis();
    const prefix = `redis-restart-${randomUUID().slice(0, 8)}`;
    const worker = spawn(process.execPath, [WORKER_MAIN], {
      env: {
        ...process.env,
        ...TEST_ENV,
        DATABASE_URL: databaseUrl,
        REDIS_URL: `redis://127.0.0.1:${PORT}`,
        QUEUE_PREFIX: prefix,
        MAIL_DIR: join(tmpdir(), prefix),
        LOG_LEVEL: 'silent',
      },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    try {
      const first = await postedNeed();
      await eventually(() => matched(first), 30_000);

      await stop(redis, 'SIGKILL');
      const second = await postedNeed();
      await new Promise((r) => setTimeout(r, 2_000));
      // Redis is away: the event waits in the outbox, not marked dispatched, and the worker lives on.
      const [row] = await ds.query(`SELECT dispatched_at FROM outbox_events WHERE payload->>'needId' = $1`, [
        second,
      ]);
      expect(row.dispatched_at).toBeNull();
      expect(worker.exitCode).toBeNull();

      redis = await startRedis();
      await eventually(() => matched(second), 60_000);
      const [after] = await ds.query(
        `SELECT dispatched_at FROM outbox_events WHERE payload->>'needId' = $1`,
        [second],
      );
      expect(after.dispatched_at).not.toBeNull();
    } finally {
      await stop(worker, 'SIGTERM');
      await stop(redis, 'SIGKILL');
    }
  }, 120_000);
});
