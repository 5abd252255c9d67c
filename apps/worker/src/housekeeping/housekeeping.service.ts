import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type WorkerEnv } from '../config/env.js';

/** Rows deleted per statement: short transactions, so the relay and sign-ins never wait long on them. */
const BATCH = 1000;

export interface HousekeepingResult {
  outboxRows: number;
  sessions: number;
}

/**
 * Deletes what is kept only for a while: outbox rows dispatched more than OUTBOX_RETENTION_DAYS ago
 * (undispatched rows are never touched: they are work still to do) and sessions past their expiry.
 * Each batch is its own statement, so a large backlog never holds one long transaction.
 */
@Injectable()
export class HousekeepingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: ConfigService<WorkerEnv, true>,
  ) {}

  async run(now = new Date(), batch = BATCH): Promise<HousekeepingResult> {
    const retentionDays = this.config.get('OUTBOX_RETENTION_DAYS', { infer: true });
    const before = new Date(now.getTime() - retentionDays * 86_400_000);
    const outboxRows = await this.deleteInBatches(
      `DELETE FROM outbox_events WHERE id IN (
         SELECT id FROM outbox_events WHERE dispatched_at IS NOT NULL AND dispatched_at < $1 LIMIT $2)`,
      before,
      batch,
    );
    const sessions = await this.deleteInBatches(
      `DELETE FROM auth_sessions WHERE id IN (SELECT id FROM auth_sessions WHERE expires_at < $1 LIMIT $2)`,
      now,
      batch,
    );
    return { outboxRows, sessions };
  }

  private async deleteInBatches(sql: string, cutoff: Date, batch: number): Promise<number> {
    let total = 0;
    for (;;) {
      const [, deleted] = (await this.dataSource.query(sql, [cutoff, batch])) as [unknown, number];
      total += deleted;
      if (deleted < batch) return total;
    }
  }
}
