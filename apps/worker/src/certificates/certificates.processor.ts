import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { QueueName, ScanExpiringCertificatesJob } from '@linkage/contracts';
import { type Job, Queue } from 'bullmq';
import { jobPayload, scheduleDaily } from '../job-support.js';
import { ExpiringCertificatesService } from './expiring-certificates.service.js';

/** The scheduler's id in Redis: upserting it on every boot keeps exactly one daily schedule. */
export const EXPIRY_SCHEDULER_ID = 'certificates-expiring-daily';

/** Daily at 06:00 UTC. */
export const EXPIRY_SCAN_PATTERN = '0 6 * * *';

@Processor(QueueName.Certificates)
export class CertificatesProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(CertificatesProcessor.name);

  constructor(
    private readonly expiring: ExpiringCertificatesService,
    @InjectQueue(QueueName.Certificates) private readonly queue: Queue,
  ) {
    super();
  }

  onApplicationBootstrap() {
    return scheduleDaily(this.queue, EXPIRY_SCHEDULER_ID, EXPIRY_SCAN_PATTERN, ScanExpiringCertificatesJob);
  }

  async process(job: Job) {
    const today = jobPayload(ScanExpiringCertificatesJob, job).today ?? new Date().toISOString().slice(0, 10);
    const result = await this.expiring.scan(today);
    this.logger.log({ jobId: job.id, today, ...result }, 'Expiring certificates scanned');
    return result;
  }
}
