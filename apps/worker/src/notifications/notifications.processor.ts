import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { QueueName, SendEmailJob } from '@linkage/contracts';
import { type Job } from 'bullmq';
import { jobPayload } from '../job-support.js';
import { MailerService } from './mailer.service.js';

@Processor(QueueName.Notifications)
export class NotificationsProcessor extends WorkerHost {
  private readonly logger = new Logger(NotificationsProcessor.name);

  constructor(private readonly mailer: MailerService) {
    super();
  }

  async process(job: Job) {
    const email = jobPayload(SendEmailJob, job);
    const result = await this.mailer.send(email);
    this.logger.log(
      { jobId: job.id, to: email.to, ...result },
      result.sent ? 'E-mail written' : 'E-mail already sent',
    );
    return result;
  }
}
