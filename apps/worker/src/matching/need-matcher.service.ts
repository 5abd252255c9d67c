import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type MatchNeedPayload } from '@linkage/contracts';
import { type SupplyLine, hsChapter, rankSuppliers } from '@linkage/domain';
import { CapacityEntry, Match, SourcingNeed } from '@linkage/db';
import { DataSource, type EntityManager } from 'typeorm';

export type MatchOutcome =
  | { status: 'matched'; matches: number }
  | { status: 'stale'; currentVersion: number }
  | { status: 'need-gone' };

/**
 * Matches one version of a sourcing need: candidates are drawn in SQL (same HS chapter, producer
 * groups), scored in `@linkage/domain`, and written with the need's matched version in one
 * transaction that replaces the previous result, so readers see the old ranking or the new one,
 * never a mix. Statuses a lead firm already gave (shortlisted, dismissed) survive re-matching.
 */
@Injectable()
export class NeedMatcherService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async match({ needId, needVersion }: MatchNeedPayload): Promise<MatchOutcome> {
    return this.dataSource.transaction(async (em) => {
      // A concurrent run for the same need waits here rather than interleaving its writes with ours;
      // the timeout turns a stuck lock into a retryable failure instead of a hung job.
      await em.query(`SET LOCAL lock_timeout = '5s'`);
      const need = await em.findOne(SourcingNeed, {
        where: { id: needId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!need) return { status: 'need-gone' };
      if (need.version !== needVersion) return { status: 'stale', currentVersion: need.version };

      const ranked = rankSuppliers(need, await this.candidates(em, need));
      const previous = new Map(
        (await em.find(Match, { where: { needId }, select: { supplierId: true, status: true } })).map((m) => [
          m.supplierId,
          m.status,
        ]),
      );
      await em.delete(Match, { needId });
      if (ranked.length) {
        await em.insert(
          Match,
          ranked.map((m, i) => ({
            needId,
            supplierId: m.supplierId,
            needVersion,
            rank: i + 1,
            score: m.score,
            components: { ...m.components },
            reason: m.reason,
            status: previous.get(m.supplierId) ?? 'PROPOSED',
          })),
        );
      }
      await em.update(SourcingNeed, { id: needId }, { matchedVersion: needVersion, matchedAt: new Date() });
      return { status: 'matched', matches: ranked.length };
    });
  }

  /** Capacity lines of producer groups in the need's HS chapter (index-backed prefix filter). */
  private async candidates(em: EntityManager, need: SourcingNeed): Promise<SupplyLine[]> {
    const rows = await em
      .createQueryBuilder(CapacityEntry, 'c')
      .innerJoin('c.organisation', 'o')
      .select(['c.organisationId', 'c.productCode', 'c.productLabel', 'c.quantity', 'c.unit', 'c.period'])
      .addSelect(['o.legalName', 'o.country'])
      .where('o.kind = :kind', { kind: 'PRODUCER_GROUP' })
      .andWhere('c.productCode LIKE :chapter', { chapter: `${hsChapter(need.productCode)}%` })
      .getRawMany<{
        c_organisation_id: string;
        c_product_code: string;
        c_product_label: string;
        c_quantity: string;
        c_unit: SupplyLine['unit'];
        c_period: SupplyLine['period'];
        o_legal_name: string;
        o_country: string;
      }>();
    return rows.map((r) => ({
      supplierId: r.c_organisation_id,
      supplierName: r.o_legal_name,
      productCode: r.c_product_code,
      productLabel: r.c_product_label,
      quantity: Number(r.c_quantity),
      unit: r.c_unit,
      period: r.c_period,
      country: r.o_country.trim(),
    }));
  }
}
