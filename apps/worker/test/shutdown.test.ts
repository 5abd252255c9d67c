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

let ds: DataSource;
let databaseUrl: string;
beforeAll(async () => {
  databaseUrl = await testDatabaseUrl();
  ds = await createDataSource(databaseUrl).initialize();
});
afterAll(() => ds.destroy());

describe('graceful shutdown', () => {
  it('lets an in-flight matching job finish on SIGTERM before the worker exits', async () => {
    // The built worker, as deployed, on a database and queue of its own.
    const prefix = `shutdown-${randomUUID().slice(0, 8)}`;
    const worker: ChildProcess = spawn(process.execPath, [WORKER_MAIN], {
      env: {
        ...process.env,
        ...TEST_ENV,
        DATABASE_URL: databaseUrl,
        QUEUE_PREFIX: prefix,
        MAIL_DIR: join(tmpdir(), prefix),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    // Nest closes the app on SIGTERM, then re-raises the signal: the process ends by the signal, not an exit code.
    const exited = new Promise<string>((resolve) =>
      worker.once('exit', (code, signal) => resolve(signal ?? `code ${code}`)),
    );
    const queue = new Queue(QueueName.Matching, { connection: { url: TEST_ENV.REDIS_URL }, prefix });
    const { need } = await arganScenario(ds);

    // Hold the need's row so the job stays in flight until we let go.
    const blocker = ds.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('SELECT id FROM sourcing_needs WHERE id = $1 FOR UPDATE', [need.id]);
    try {
      const payload = { needId: need.id, needVersion: 1 };
      const job = await queue.add(MatchNeedJob.name, payload, { jobId: MatchNeedJob.jobId(payload) });
      await eventually(async () => ((await job.isActive()) ? true : undefined), 20_000);
      worker.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      expect(worker.exitCode).toBeNull();
    } finally {
      await blocker.rollbackTransaction();
      await blocker.release();
    }

    expect(await exited).toBe('SIGTERM');
    const [row] = await ds.query('SELECT matched_version FROM sourcing_needs WHERE id = $1', [need.id]);
    expect(row.matched_version).toBe(1);
    await queue.close();
  }, 40_000);
});
