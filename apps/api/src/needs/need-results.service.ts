import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type MatchesPageQuery,
  type NeedCoalitionsView,
  type NeedExclusionsView,
  type NeedMatchesView,
} from '@linkage/contracts';
import { type Locale, type VisibilityTier, hsChapter } from '@linkage/domain';
import { CoalitionProposal, GroupMember, Match, Organisation, SourcingNeed } from '@linkage/db';
import { DataSource, In, type SelectQueryBuilder } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { visibleMembers } from '../members/member-visibility.js';
import { OrganisationAccessService } from '../organisations/organisation-access.service.js';
import { coalitionView, excludedView, matchView } from './need-views.js';
import { NeedsService } from './needs.service.js';

/**
 * What matching found for a need, as its lead firm reads it: ranked matches, the "why not" of the
 * suppliers left out, and coalition proposals. Suppliers are filtered by the lead firm's visibility
 * tiers inside each query (a group may have gone discreet since the need was matched), so a lead firm
 * never learns that a group it may not see exists — not from a row, a total or a coalition.
 */
@Injectable()
export class NeedResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly needs: NeedsService,
    private readonly access: OrganisationAccessService,
  ) {}

  /** One page of the ranked matches of the need's current version; PENDING while the worker has not matched it yet. */
  async matchesOf(
    user: AuthenticatedUser,
    needId: string,
    { page, perPage }: MatchesPageQuery,
    locale: Locale,
  ): Promise<NeedMatchesView> {
    const { need, tiers, ready } = await this.resultsOf(user, needId);
    const [rows, total] = ready ? await this.pageOf(needId, tiers, 'matches', { page, perPage }) : [[], 0];
    const [excludedTotal, suppliersOfProduct] = ready
      ? await Promise.all([
          this.visibleResults(needId, tiers, 'excluded').getCount(),
          this.suppliersOfProduct(need, tiers),
        ])
      : [0, 0];
    return {
      needId,
      state: ready ? 'READY' : 'PENDING',
      needVersion: need.version,
      matchedVersion: need.matchedVersion,
      computedAt: need.matchedAt?.toISOString() ?? null,
      page,
      perPage,
      total,
      matches: rows.map((m) => matchView(m, need.deliveryCountry.trim(), locale)),
      suppliersOfProduct,
      excludedTotal,
    };
  }

  /** The "why not": suppliers of the product that cannot serve the need, each with every reason, best first. */
  async exclusionsOf(
    user: AuthenticatedUser,
    needId: string,
    { page, perPage }: MatchesPageQuery,
    locale: Locale,
  ): Promise<NeedExclusionsView> {
    const { need, tiers, ready } = await this.resultsOf(user, needId);
    const [rows, total] = ready ? await this.pageOf(needId, tiers, 'excluded', { page, perPage }) : [[], 0];
    return {
      needId,
      state: ready ? 'READY' : 'PENDING',
      needVersion: need.version,
      computedAt: need.matchedAt?.toISOString() ?? null,
      page,
      perPage,
      total,
      excluded: rows.map((m, i) => excludedView(m, (page - 1) * perPage + i + 1, locale)),
    };
  }

  /**
   * Coalition proposals of the need's current version, best first, with each member's share, and the
   * best single supplier the coalition is compared with. A proposal naming a group the lead firm may
   * no longer see is withheld (the next matching run recomputes without it).
   */
  async coalitionsOf(user: AuthenticatedUser, needId: string, locale: Locale): Promise<NeedCoalitionsView> {
    const { need, tiers, ready } = await this.resultsOf(user, needId);
    const stored = ready
      ? await this.dataSource
          .getRepository(CoalitionProposal)
          .find({ where: { needId }, order: { rank: 'ASC' } })
      : [];
    const ids = [...new Set(stored.flatMap((p) => p.allocations.map((a) => a.supplierId)))];
    const suppliers = new Map(
      (ids.length
        ? await this.dataSource
            .getRepository(Organisation)
            .findBy({ id: In(ids), visibility: In([...tiers]) })
        : []
      ).map((o) => [o.id, o]),
    );
    const proposals = stored.filter((p) => p.allocations.every((a) => suppliers.has(a.supplierId)));
    const memberNames = await this.contributorNames(user, proposals);
    const views = proposals.map((p) => coalitionView(p, suppliers, need, memberNames, locale));
    const single = views.find((v) => v.role === 'SINGLE_SUPPLIER') ?? null;
    const best = views.find((v) => v.role === 'BEST');
    const standsAlone = ready
      ? await this.visibleResults(needId, tiers, 'matches').andWhere('m.standsAlone').getExists()
      : false;
    return {
      needId,
      state: ready ? 'READY' : 'PENDING',
      needVersion: need.version,
      computedAt: need.matchedAt?.toISOString() ?? null,
      needed: ready && !standsAlone,
      proposals: views.filter((v) => v.role !== 'SINGLE_SUPPLIER'),
      singleSupplier: single,
      savingPerPeriod: single && best ? single.objective - best.objective : null,
    };
  }

  /** `NeedsService.observable`, and whether the stored results are of the need's current version. */
  private async resultsOf(user: AuthenticatedUser, needId: string) {
    const { need, tiers } = await this.needs.observable(user, needId);
    return { need, tiers, ready: need.matchedVersion === need.version };
  }

  private pageOf(
    needId: string,
    tiers: readonly VisibilityTier[],
    kind: 'matches' | 'excluded',
    { page, perPage }: MatchesPageQuery,
  ): Promise<[Match[], number]> {
    return this.visibleResults(needId, tiers, kind)
      .skip((page - 1) * perPage)
      .take(perPage)
      .getManyAndCount();
  }

  /** A need's stored results of one kind whose supplier the lead firm may see, in rank order. */
  private visibleResults(
    needId: string,
    tiers: readonly VisibilityTier[],
    kind: 'matches' | 'excluded',
  ): SelectQueryBuilder<Match> {
    return this.dataSource
      .getRepository(Match)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.supplier', 's')
      .where('m.needId = :needId', { needId })
      .andWhere(kind === 'excluded' ? `m.eligibility = 'EXCLUDED'` : `m.eligibility <> 'EXCLUDED'`)
      .andWhere('s.visibility IN (:...tiers)', { tiers })
      .orderBy('m.rank', 'ASC');
  }

  /**
   * Producer groups the lead firm may see that record offerable capacity (`countsTowardsOffer`) in the
   * need's HS chapter: what an empty list of matches is measured against.
   */
  private async suppliersOfProduct(need: SourcingNeed, tiers: readonly VisibilityTier[]): Promise<number> {
    const [row] = await this.dataSource.query<{ n: number }[]>(
      `SELECT count(DISTINCT c.organisation_id)::int AS n
         FROM capacity_entries c JOIN organisations o ON o.id = c.organisation_id
        WHERE c.product_code LIKE $1 AND o.kind = 'PRODUCER_GROUP' AND o.visibility = ANY($2::text[])
          AND c.offerable`,
      [`${hsChapter(need.productCode)}%`, tiers],
    );
    return row?.n ?? 0;
  }

  /**
   * Names of the member enterprises backing the proposals' shares, for those the viewer may see on
   * the group's profile (visibility tiers apply here as everywhere); the others stay unnamed.
   */
  private async contributorNames(
    user: AuthenticatedUser,
    proposals: readonly CoalitionProposal[],
  ): Promise<Map<string, string>> {
    const ids = [
      ...new Set(
        proposals.flatMap((p) =>
          p.allocations.flatMap((a) => (a.members ?? []).flatMap((m) => m.memberId ?? [])),
        ),
      ),
    ];
    if (ids.length === 0) return new Map();
    const members = await this.dataSource
      .getRepository(GroupMember)
      .find({ where: { id: In(ids) }, relations: { memberOrganisation: true } });
    const groupIds = [...new Set(members.map((m) => m.groupId))];
    const viewers = await this.access.viewersOf(user, groupIds);
    const names = new Map<string, string>();
    for (const groupId of groupIds) {
      for (const m of visibleMembers(
        members.filter((x) => x.groupId === groupId),
        viewers.get(groupId),
      ))
        names.set(m.id, m.memberOrganisation!.legalName);
    }
    return names;
  }
}
