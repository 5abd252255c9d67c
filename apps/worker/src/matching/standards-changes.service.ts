import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueueName, type StandardsChangedPayload } from '@linkage/contracts';
import {
  MATCHABLE_NEED_STATUSES,
  type StandardDefinition,
  indexStandards,
  standardsSatisfying,
} from '@linkage/domain';
import { loadStandardsRegistry, toStandardDefinition } from '@linkage/db';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { enqueueRematches } from './rematch-needs.js';

/**
 * What matching reads of the registry for a requirement code: the standards whose certificate meets
 * it (itself and every standard whose equivalences lead to it, umbrella or not), with what is used
 * of each — months to certify, group coverage, the umbrella mark, the name a gap suggests. Not their
 * own equivalences: those matter only through which standards are in the list.
 */
function routeProfile(requirementCode: string, registry: readonly StandardDefinition[]): string {
  return JSON.stringify(
    standardsSatisfying(requirementCode, registry)
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((s) => [s.code, s.name, s.coversGroupMembers, s.typicalMonthsToCertify, s.umbrella === true]),
  );
}

/**
 * The requirement codes whose reading by matching an edit changes, judged against the registry as
 * it stands now with the edited entry as it was and as it became (so concurrent edits of other
 * entries are each judged on their own). An entry matters to exactly the codes it is a route to —
 * itself and every code its equivalences reach, transitively — before or after the edit; of those,
 * the codes whose routes differ are affected. Equivalences point one way: adding FSSC 22000 →
 * GFSI_RECOGNISED changes needs asking for the umbrella (and what it reaches), not needs asking for
 * FSSC 22000, which a GFSI-recognised holder still does not meet.
 */
export function requirementCodesAffected(
  registry: readonly StandardDefinition[],
  { before, after }: Pick<StandardsChangedPayload, 'before' | 'after'>,
): string[] {
  const others = registry.filter((s) => s.code !== after.code);
  const was = before ? [...others, toStandardDefinition(before)] : others;
  const is = [...others, toStandardDefinition(after)];
  const reached = new Set([
    ...(indexStandards(was).satisfiedBy.get(after.code) ?? []),
    ...(indexStandards(is).satisfiedBy.get(after.code) ?? []),
  ]);
  return [...reached].filter((code) => routeProfile(code, was) !== routeProfile(code, is)).sort();
}

/**
 * DESIGN §3 flow 2 for the registry: an administrator's edit of a standard re-matches the open needs
 * whose requirements name a code the edit affects (requirementCodesAffected), through the same
 * debounced RematchNeedJob as a supplier's change.
 */
@Injectable()
export class StandardsChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Matching) private readonly matching: Queue,
  ) {}

  async needsAffectedBy(change: StandardsChangedPayload): Promise<string[]> {
    const codes = requirementCodesAffected(await loadStandardsRegistry(this.dataSource), change);
    if (!codes.length) return [];
    const rows = await this.dataSource.query<{ id: string }[]>(
      `SELECT n.id
         FROM sourcing_needs n
        WHERE n.status = ANY($2::text[])
          AND EXISTS (SELECT 1 FROM need_requirements r WHERE r.need_id = n.id AND r.standard_code = ANY($1::text[]))
        ORDER BY n.id`,
      [codes, MATCHABLE_NEED_STATUSES],
    );
    return rows.map((r) => r.id);
  }

  /** Enqueues one debounced re-match per affected need; returns how many needs were affected. */
  async rematchAffected(change: StandardsChangedPayload): Promise<number> {
    const needIds = await this.needsAffectedBy(change);
    await enqueueRematches(this.matching, needIds);
    return needIds.length;
  }
}
