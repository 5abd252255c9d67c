import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MatchNeedJob, QueueName } from '@linkage/contracts';
import { createDataSource } from '@linkage/db';
import { Queue } from 'bullmq';
import { type DataSource } from 'typeorm';
import { TEST_ENV } from './global-setup.js';
import { arganScenario, eventually, testDatabaseUrl } from './support.js';

const WORKER_MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const NEEDS = 200;

let ds: DataSource;
let databaseUrl: string;
beforeAll(async () => {
  databaseUrl = await testDatabaseUrl();
  ds = await createDataSource(databaseUrl).initialize();
});
afterAll(() => ds.destroy());

/** The built worker, as deployed, on this file's own database and queues. */
function startWorker(prefix: string): ChildProcess {
  return spawn(process.execPath, [WORKER_MAIN], {
    env: {
      ...process.env,
      ...TEST_ENV,
      DATABASE_URL: databaseUrl,
      QUEUE_PREFIX: prefix,
      MAIL_DIR: join(tmpdir(), prefix),
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

const matchedCount = async () =>
  (
    await ds.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM sourcing_needs WHERE matched_version = 1`,
    )
  )[0]!.n;

describe('a worker killed mid-burst', () => {
  it('matches every one of 200 needs exactly once after a SIGKILL and a restart', async () => {
    const { need } = await arganScenario(ds);
    // 199 more needs like the first, for the same supplier: a burst of matching work.
    await ds.query(
      `INSERT INTO sourcing_needs (lead_firm_id, title, product_code, quantity, unit, period, delivery_country,
                                   response_deadline, start_date, end_date, status, version)
       SELECT lead_firm_id, title || ' ' || g, product_code, quantity, unit, period, delivery_country,
              response_deadline, start_date, end_date, status, version
         FROM sourcing_needs, generate_series(2, $2) g WHERE id = $1`,
      [need.id, NEEDS],
    );
    const ids = (await ds.query<Array<{ id: string }>>(`SELECT id FROM sourcing_needs`)).map((r) => r.id);
    expect(ids).toHaveLength(NEEDS);

    const prefix = `crash-${randomUUID().slice(0, 8)}`;
    const queue = new Queue(QueueName.Matching, { connection: { url: TEST_ENV.REDIS_URL }, prefix });
    let worker = startWorker(prefix);
    try {
      await queue.addBulk(
        ids.map((needId) => {
          const payload = { needId, needVersion: 1 };
          return { name: MatchNeedJob.name, data: payload, opts: { jobId: MatchNeedJob.jobId(payload) } };
        }),
      );
      // Kill it without warning once it is well into the burst, with work still waiting.
      await eventually(async () => ((await matchedCount()) >= 20 ? true : undefined), 60_000);
      const killed = new Promise((resolve) => worker.once('exit', resolve));
      worker.kill('SIGKILL');
      await killed;
      expect(await matchedCount()).toBeLessThan(NEEDS);

      // The same jobs enqueued again (an outbox relay replaying) change nothing: one job per need version.
      await queue.addBulk(
        ids.map((needId) => {
          const payload = { needId, needVersion: 1 };
          return { name: MatchNeedJob.name, data: payload, opts: { jobId: MatchNeedJob.jobId(payload) } };
        }),
      );
      worker = startWorker(prefix);
      // Jobs in flight at the kill are picked up again once their locks lapse (BullMQ's stalled check).
      await eventually(async () => ((await matchedCount()) === NEEDS ? true : undefined), 150_000);

      // A job killed after its ranking was written but before BullMQ heard of it runs again once its
      // lock lapses: it rewrites the same ranking (matching replaces a version's results whole).
      const counts = await eventually(async () => {
        const c = await queue.getJobCounts('completed', 'failed', 'waiting', 'active', 'delayed');
        return c.completed === NEEDS && c.active === 0 ? c : undefined;
      }, 90_000);
      expect(counts).toMatchObject({ completed: NEEDS, failed: 0, waiting: 0, active: 0, delayed: 0 });
      // Every need has its one ranking: the supplier once per need, never twice.
      const rows = await ds.query<Array<{ n: number; needs: number }>>(
        `SELECT count(*)::int AS n, count(DISTINCT need_id)::int AS needs FROM matches`,
      );
      expect(rows[0]).toEqual({ n: NEEDS, needs: NEEDS });
    } finally {
      const exited = new Promise((resolve) =>
        worker.exitCode === null ? worker.once('exit', resolve) : resolve(null),
      );
      worker.kill('SIGTERM');
      await exited;
      await queue.obliterate({ force: true }).catch(() => undefined);
      await queue.close();
    }
  }, 280_000);
});
