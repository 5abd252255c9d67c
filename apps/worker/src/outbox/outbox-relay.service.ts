import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  IndexEntityJob,
  type JobDefinition,
  MatchNeedJob,
  OutboxTopic,
  QueueName,
  RematchNeedJob,
  SendEmailJob,
  StandardsChangedJob,
  SupplyChangedJob,
} from '@linkage/contracts';
import { OutboxEvent } from '@linkage/db';
import { Queue } from 'bullmq';
import { DataSource, IsNull } from 'typeorm';
import { type WorkerEnv } from '../config/env.js';

const BATCH = 100;

/**
 * Turns committed outbox rows into queue jobs. Rows are claimed with FOR UPDATE SKIP LOCKED, so
 * several workers can relay side by side; a row is marked dispatched in the same transaction that
 * claimed it, after its job was added. If marking fails the job is added again next round, which
 * the deterministic job id makes harmless.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Matching) private readonly matching: Queue,
    @InjectQueue(QueueName.Notifications) private readonly notifications: Queue,
    @InjectQueue(QueueName.SearchIndex) private readonly searchIndex: Queue,
    private readonly config: ConfigService<WorkerEnv, true>,
  ) {}

  onApplicationBootstrap() {
    this.schedule(0);
  }

  async onApplicationShutdown() {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Relays one batch; returns how many events it dispatched. */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const events = await em.find(OutboxEvent, {
        where: { dispatchedAt: IsNull() },
        order: { createdAt: 'ASC' },
        take: BATCH,
        lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
      });
      for (const event of events) await this.enqueue(event);
      if (events.length)
        await em.update(
          OutboxEvent,
          events.map((e) => e.id),
          { dispatchedAt: new Date() },
        );
      return events.length;
    });
  }

  private async enqueue(event: OutboxEvent): Promise<void> {
    switch (event.topic) {
      case OutboxTopic.NeedPosted:
        return this.add(this.matching, MatchNeedJob, event.payload);
      case OutboxTopic.EmailRequested:
        return this.add(this.notifications, SendEmailJob, { ...event.payload, outboxId: event.id });
      case OutboxTopic.SearchIndexRequested:
        return this.add(this.searchIndex, IndexEntityJob, event.payload);
      case OutboxTopic.SupplyChanged:
        return this.add(this.matching, SupplyChangedJob, event.payload);
      case OutboxTopic.StandardsChanged:
        // Each edit carries its own before and after, so its job is keyed by the row, like an e-mail.
        return this.add(this.matching, StandardsChangedJob, { ...event.payload, outboxId: event.id });
      case OutboxTopic.NeedRematchRequested:
        return this.add(this.matching, RematchNeedJob, event.payload);
      default:
        // An unknown topic is a deployment mismatch (a newer API); leave a trace and move on rather than block the outbox.
        this.logger.error(
          `Outbox event ${event.id} has unknown topic "${event.topic}"; marked dispatched without a job`,
        );
    }
  }

  private async add<T>(queue: Queue, job: JobDefinition<T>, raw: unknown): Promise<void> {
    const parsed = job.payload.safeParse(raw);
    if (!parsed.success) {
      // A malformed row can never succeed; retrying it would block every event behind it.
      this.logger.error(`Outbox payload for ${job.name} is malformed; not enqueued: ${parsed.error.message}`);
      return;
    }
    const id = job.jobId(parsed.data);
    await queue.add(
      job.name,
      parsed.data,
      // A job id would be kept with the completed job and swallow later changes; a deduplication id
      // is released when its job finishes, and keepLastIfActive queues one follow-up while it runs.
      job.dedupe === 'latest' ? { deduplication: { id, keepLastIfActive: true } } : { jobId: id },
    );
  }

  private schedule(delay: number) {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick().finally(() => {
        this.running = undefined;
      });
    }, delay);
  }

  private async tick() {
    let dispatched = 0;
    try {
      dispatched = await this.relayOnce();
    } catch (error) {
      this.logger.error(error, 'Outbox relay failed; will retry');
    }
    // A full batch means more may be waiting: go again at once.
    this.schedule(dispatched === BATCH ? 0 : this.config.get('OUTBOX_POLL_MS', { infer: true }));
  }
}
