import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  MatchNeedJob,
  QueueName,
  RematchNeedJob,
  StandardsChangedJob,
  SupplyChangedJob,
} from '@linkage/contracts';
import { SourcingNeed } from '@linkage/db';
import { type Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { InjectDataSource } from '@nestjs/typeorm';
import { type WorkerEnv } from '../config/env.js';
import { NeedMatcherService } from './need-matcher.service.js';
import { StandardsChangesService } from './standards-changes.service.js';
import { SupplyChangesService } from './supply-changes.service.js';
import { jobPayload } from '../job-support.js';

/**
 * The matching queue: a need version to match, a supplier change or a standards-registry edit to fan
 * out, a need to re-match.
 * Other errors are retried with backoff (DEFAULT_JOB_OPTIONS); a permanently failing job ends up
 * failed with its reason while the queue moves on.
 */
@Processor(QueueName.Matching)
export class MatchingProcessor extends WorkerHost implements OnApplicationBootstrap {
  private readonly logger = new Logger(MatchingProcessor.name);

  constructor(
    private readonly matcher: NeedMatcherService,
    private readonly supplyChanges: SupplyChangesService,
    private readonly standardsChanges: StandardsChangesService,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ConfigService<WorkerEnv, true>,
  ) {
    super();
  }

  onApplicationBootstrap() {
    this.worker.concurrency = this.config.get('MATCHING_CONCURRENCY', { infer: true });
  }

  async process(job: Job) {
    switch (job.name) {
      case MatchNeedJob.name: {
        const payload = jobPayload(MatchNeedJob, job);
        const outcome = await this.matcher.match(payload);
        this.logger.log({ jobId: job.id, ...payload, ...outcome }, 'Matched sourcing need');
        return outcome;
      }
      case SupplyChangedJob.name: {
        const payload = jobPayload(SupplyChangedJob, job);
        const needs = await this.supplyChanges.rematchAffected(payload);
        this.logger.log({ jobId: job.id, ...payload, needs }, 'Supply changed; re-matching affected needs');
        return { needs };
      }
      case StandardsChangedJob.name: {
        const payload = jobPayload(StandardsChangedJob, job);
        const needs = await this.standardsChanges.rematchAffected(payload);
        this.logger.log(
          { jobId: job.id, code: payload.after.code, needs },
          'Standards registry changed; re-matching affected needs',
        );
        return { needs };
      }
      case RematchNeedJob.name: {
        const { needId } = jobPayload(RematchNeedJob, job);
        const need = await this.dataSource.getRepository(SourcingNeed).findOne({
          where: { id: needId },
          select: { id: true, version: true },
        });
        if (!need) return { status: 'need-gone' };
        return this.matcher.match({ needId, needVersion: need.version });
      }
      default:
        throw new UnrecoverableError(`Unknown job "${job.name}" on the ${QueueName.Matching} queue`);
    }
  }
}
