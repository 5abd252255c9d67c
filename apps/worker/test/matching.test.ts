import { type INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { MatchNeedJob, QueueName } from '@linkage/contracts';
import { type Queue } from 'bullmq';
import { type DataSource } from 'typeorm';
import { NeedMatcherService } from '../src/matching/need-matcher.service.js';
import { arganScenario, eventually, startWorkerContext } from './support.js';

let ctx: INestApplicationContext;
let ds: DataSource;
let queue: Queue;

beforeAll(async () => {
  ({ ctx, dataSource: ds } = await startWorkerContext());
  queue = ctx.get<Queue>(getQueueToken(QueueName.Matching));
});
afterAll(() => ctx.close());

const storedMatches = (needId: string) =>
  ds.query(
    'SELECT supplier_id, rank, score::float AS score, explanation, need_version FROM matches WHERE need_id = $1 ORDER BY rank',
    [needId],
  );

describe('matching job', () => {
  it('is idempotent: running it twice leaves the same matches, once each', async () => {
    const { need, group } = await arganScenario(ds);
    const matcher = ctx.get(NeedMatcherService);
    const payload = { needId: need.id, needVersion: 1 };

    expect(await matcher.match(payload)).toMatchObject({ status: 'matched' });
    const first = await storedMatches(need.id);
    expect(await matcher.match(payload)).toMatchObject({ status: 'matched' });
    const second = await storedMatches(need.id);

    expect(second).toEqual(first);
    expect(first.filter((m: { supplier_id: string }) => m.supplier_id === group.id)).toHaveLength(1);
    const [row] = await ds.query('SELECT matched_version FROM sourcing_needs WHERE id = $1', [need.id]);
    expect(row.matched_version).toBe(1);
  });

  it('keeps a status the lead firm gave when the need is matched again', async () => {
    const { need, group } = await arganScenario(ds);
    const matcher = ctx.get(NeedMatcherService);
    await matcher.match({ needId: need.id, needVersion: 1 });
    await ds.query(`UPDATE matches SET status = 'SHORTLISTED' WHERE need_id = $1 AND supplier_id = $2`, [
      need.id,
      group.id,
    ]);
    await matcher.match({ needId: need.id, needVersion: 1 });
    const [row] = await ds.query('SELECT status FROM matches WHERE need_id = $1 AND supplier_id = $2', [
      need.id,
      group.id,
    ]);
    expect(row.status).toBe('SHORTLISTED');
  });

  it('ignores a job for an outdated version of the need', async () => {
    const { need } = await arganScenario(ds);
    await ds.query('UPDATE sourcing_needs SET version = 2 WHERE id = $1', [need.id]);
    expect(await ctx.get(NeedMatcherService).match({ needId: need.id, needVersion: 1 })).toEqual({
      status: 'stale',
      currentVersion: 2,
    });
    expect(await storedMatches(need.id)).toEqual([]);
  });

  it('deduplicates jobs by their deterministic id', async () => {
    const { need } = await arganScenario(ds);
    const payload = { needId: need.id, needVersion: 1 };
    const a = await queue.add(MatchNeedJob.name, payload, { jobId: MatchNeedJob.jobId(payload) });
    const b = await queue.add(MatchNeedJob.name, payload, { jobId: MatchNeedJob.jobId(payload) });
    expect(b.id).toBe(a.id);
    await eventually(async () => ((await storedMatches(need.id)).length ? true : undefined));
  });

  it('retries a job that fails once and then succeeds', async () => {
    const { need } = await arganScenario(ds);
    const payload = { needId: need.id, needVersion: 1 };
    // Another transaction holds the need's row, so the first attempt hits its lock timeout.
    const blocker = ds.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('SELECT id FROM sourcing_needs WHERE id = $1 FOR UPDATE', [need.id]);
    try {
      const job = await queue.add(MatchNeedJob.name, payload, { jobId: MatchNeedJob.jobId(payload) });
      await eventually(
        async () => ((await queue.getJob(job.id!))!.attemptsMade >= 1 ? true : undefined),
        20_000,
      );
    } finally {
      await blocker.rollbackTransaction();
      await blocker.release();
    }

    // Read the job again once it is completed: a copy read before the check may predate the
    // attempt that completed it (the retry can finish between the two round trips).
    const job = await eventually(async () => {
      const j = await queue.getJob(MatchNeedJob.jobId(payload));
      return (await j?.isCompleted()) ? queue.getJob(MatchNeedJob.jobId(payload)) : undefined;
    }, 20_000);
    expect(job!.attemptsMade).toBeGreaterThanOrEqual(2);
    // BullMQ keeps the stack of each failed attempt: the first one hit the lock.
    expect((job!.stacktrace ?? []).join('\n')).toMatch(/lock timeout/i);
    expect((await storedMatches(need.id)).length).toBeGreaterThan(0);
  }, 40_000);

  it('fails a malformed job permanently instead of retrying it', async () => {
    const job = await queue.add(
      MatchNeedJob.name,
      { needId: 'not-a-uuid', needVersion: 1 },
      { jobId: 'malformed-1' },
    );
    const failed = await eventually(async () =>
      (await queue.getJob(job.id!))?.failedReason ? await queue.getJob(job.id!) : undefined,
    );
    expect(failed!.failedReason).toMatch(/Malformed match-need payload/);
    expect(failed!.attemptsMade).toBe(1);
  });
});
