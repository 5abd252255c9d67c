import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { HousekeepingJob, QueueName } from '@linkage/contracts';
import { type Job, Queue } from 'bullmq';
import { scheduleDaily } from '../job-support.js';
import { HousekeepingService } from './housekeeping.service.js';

/** The scheduler's id in Redis: upserting it on every boot keeps exactly one daily schedule. */
export const HOUSEKEEPING_SCHEDULER_ID = 'housekeeping-daily';

/** Daily at 03:30 UTC, when the exchange is quietest across its time zones. */
export const HOUSEKEEPING_PATTERN = '30 3 * * *';

@Processor(QueueName.Housekeeping)
export class HousekeepingProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(HousekeepingProcessor.name);

  constructor(
    private readonly housekeeping: HousekeepingService,
    @InjectQueue(QueueName.Housekeeping) private readonly queue: Queue,
  ) {
    super();
  }

  onApplicationBootstrap() {
    return scheduleDaily(this.queue, HOUSEKEEPING_SCHEDULER_ID, HOUSEKEEPING_PATTERN, HousekeepingJob);
  }

  async process(job: Job) {
    const result = await this.housekeeping.run();
    this.logger.log({ jobId: job.id, ...result }, 'Housekeeping done');
    return result;
  }
}
