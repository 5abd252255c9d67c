import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MatchNeedJob, QueueName } from '@linkage/contracts';
import { type Job, UnrecoverableError } from 'bullmq';
import { type WorkerEnv } from '../config/env.js';
import { NeedMatcherService } from './need-matcher.service.js';

@Processor(QueueName.Matching)
export class MatchingProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(MatchingProcessor.name);

  constructor(
    private readonly matcher: NeedMatcherService,
    private readonly config: ConfigService<WorkerEnv, true>,
  ) {
    super();
  }

  onApplicationBootstrap() {
    this.worker.concurrency = this.config.get('MATCHING_CONCURRENCY', { infer: true });
  }

  async process(job: Job) {
    const payload = MatchNeedJob.payload.safeParse(job.data);
    // A payload that does not parse will never succeed: fail it now instead of retrying.
    if (!payload.success)
      throw new UnrecoverableError(`Malformed ${MatchNeedJob.name} payload: ${payload.error.message}`);
    const outcome = await this.matcher.match(payload.data);
    this.logger.log({ jobId: job.id, ...payload.data, ...outcome }, 'Matched sourcing need');
    return outcome;
  }
}
