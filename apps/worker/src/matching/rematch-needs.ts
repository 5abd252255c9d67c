import { REMATCH_DEBOUNCE_MS, RematchNeedJob } from '@linkage/contracts';
import { type Queue } from 'bullmq';

/**
 * Enqueues one debounced re-match per need: BullMQ's deduplication with a ttl, extended and
 * replaced by every new enqueue while the job is delayed, so a burst of changes becomes one job
 * that runs once the burst is over.
 */
export async function enqueueRematches(matching: Queue, needIds: readonly string[]): Promise<void> {
  for (const needId of needIds) {
    const data = { needId };
    await matching.add(RematchNeedJob.name, data, {
      delay: REMATCH_DEBOUNCE_MS,
      deduplication: { id: RematchNeedJob.jobId(data), ttl: REMATCH_DEBOUNCE_MS, extend: true, replace: true },
    });
  }
}
