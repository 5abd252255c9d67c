import { type DefaultJobOptions } from 'bullmq';

/**
 * Retry policy for every queue, set once: three attempts with exponential backoff; finished jobs are
 * kept long enough to deduplicate repeated enqueues of the same job id, then trimmed.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};
