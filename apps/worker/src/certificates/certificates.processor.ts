import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { QueueName, ScanExpiringCertificatesJob } from '@linkage/contracts';
import { type Job, Queue, UnrecoverableError } from 'bullmq';
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

  /** Registers (or updates) the daily repeatable scan; BullMQ keeps one scheduler per id across workers. */
  async onApplicationBootstrap() {
    await this.queue.upsertJobScheduler(
      EXPIRY_SCHEDULER_ID,
      { pattern: EXPIRY_SCAN_PATTERN, tz: 'UTC' },
      { name: ScanExpiringCertificatesJob.name, data: {} },
    );
  }

  async process(job: Job) {
    const payload = ScanExpiringCertificatesJob.payload.safeParse(job.data);
    if (!payload.success) {
      throw new UnrecoverableError(
        `Malformed ${ScanExpiringCertificatesJob.name} payload: ${payload.error.message}`,
      );
    }
    const today = payload.data.today ?? new Date().toISOString().slice(0, 10);
    const result = await this.expiring.scan(today);
    this.logger.log({ jobId: job.id, today, ...result }, 'Expiring certificates scanned');
    return result;
  }
}
