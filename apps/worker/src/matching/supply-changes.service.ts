import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueueName, type SupplyChangedPayload } from '@linkage/contracts';
import { MATCHABLE_NEED_STATUSES } from '@linkage/domain';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { enqueueRematches } from './rematch-needs.js';

/**
 * DESIGN §3 flow 2: a supplier's change re-matches the open needs it could affect — needs in the HS
 * chapters it supplies, and needs it is matched to now (its capacity may have gone); a lead firm's
 * change (its verification opens or closes the LEAD_FIRMS tier) re-matches its own open needs. One
 * debounced job per need (`enqueueRematches`).
 */
@Injectable()
export class SupplyChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Matching) private readonly matching: Queue,
  ) {}

  async needsAffectedBy({ organisationId }: SupplyChangedPayload): Promise<string[]> {
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT n.id
         FROM sourcing_needs n
        WHERE n.status = ANY($2::text[])
          AND (left(n.product_code, 2) IN (SELECT DISTINCT left(c.product_code, 2)
                                             FROM capacity_entries c WHERE c.organisation_id = $1)
               OR n.id IN (SELECT m.need_id FROM matches m WHERE m.supplier_id = $1)
               OR n.lead_firm_id = $1)
        ORDER BY n.id`,
      [organisationId, MATCHABLE_NEED_STATUSES],
    );
    return rows.map((r) => r.id);
  }

  /** Enqueues one debounced re-match per affected need; returns how many needs were affected. */
  async rematchAffected(payload: SupplyChangedPayload): Promise<number> {
    const needIds = await this.needsAffectedBy(payload);
    await enqueueRematches(this.matching, needIds);
    return needIds.length;
  }
}
