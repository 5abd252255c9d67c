import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { QueueName, SendEmailJob } from '@linkage/contracts';
import { type Job, UnrecoverableError } from 'bullmq';
import { MailerService } from './mailer.service.js';

@Processor(QueueName.Notifications)
export class NotificationsProcessor extends WorkerHost {
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(private readonly mailer: MailerService) {
    super();
  }

  async process(job: Job) {
    const payload = SendEmailJob.payload.safeParse(job.data);
    if (!payload.success)
      throw new UnrecoverableError(`Malformed ${SendEmailJob.name} payload: ${payload.error.message}`);
    const result = await this.mailer.send(payload.data);
    this.logger.log(
      { jobId: job.id, to: payload.data.to, ...result },
      result.sent ? 'E-mail written' : 'E-mail already sent',
    );
    return result;
  }
}
