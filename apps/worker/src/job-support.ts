import { type JobDefinition } from '@linkage/contracts';
import { type Job, type Queue, UnrecoverableError } from 'bullmq';

/** A job's payload. One that does not parse will never succeed: fail it at once instead of retrying. */
export function jobPayload<T>(definition: JobDefinition<T>, job: Job): T {
  const payload = definition.payload.safeParse(job.data);
  if (!payload.success)
    throw new UnrecoverableError(`Malformed ${definition.name} payload: ${payload.error.message}`);
  return payload.data;
}

/**
 * Runs a job every day at `pattern` (cron, UTC). Called on every boot: upserting the scheduler by its
 * id keeps exactly one schedule whatever the number of workers and restarts.
 */
export async function scheduleDaily<T>(
  queue: Queue,
  schedulerId: string,
  pattern: string,
  definition: JobDefinition<T>,
): Promise<void> {
  await queue.upsertJobScheduler(schedulerId, { pattern, tz: 'UTC' }, { name: definition.name, data: {} });
}
