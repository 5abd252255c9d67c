import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { QueueName, ScanStalledLinkagesJob } from '@linkage/contracts';
import { type Job, Queue } from 'bullmq';
import { jobPayload, scheduleDaily } from '../job-support.js';
import { StalledLinkagesService } from './stalled-linkages.service.js';

/** The scheduler's id in Redis: upserting it on every boot keeps exactly one daily schedule. */
export const STALLED_SCHEDULER_ID = 'linkages-stalled-daily';

/** Daily at 06:15 UTC, after the certificate scan. */
export const STALLED_SCAN_PATTERN = '15 6 * * *';

@Processor(QueueName.Linkages)
export class LinkagesProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(LinkagesProcessor.name);

  constructor(
    private readonly stalled: StalledLinkagesService,
    @InjectQueue(QueueName.Linkages) private readonly queue: Queue,
  ) {
    super();
  }

  onApplicationBootstrap() {
    return scheduleDaily(this.queue, STALLED_SCHEDULER_ID, STALLED_SCAN_PATTERN, ScanStalledLinkagesJob);
  }

  async process(job: Job) {
    const today = jobPayload(ScanStalledLinkagesJob, job).today ?? new Date().toISOString().slice(0, 10);
    const result = await this.stalled.scan(today);
    this.logger.log({ jobId: job.id, today, ...result }, 'Stalled linkages scanned');
    return result;
  }
}
