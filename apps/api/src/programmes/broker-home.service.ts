import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type BrokerGroupView,
  type BrokerHomeView,
  type BrokerNeedView,
  type BrokerTaskView,
  type LinkageView,
} from '@linkage/contracts';
import {
  MATCHABLE_NEED_STATUSES,
  addDays,
  isLinkageInProgress,
  isTaskDue,
  leadFirmTiers,
} from '@linkage/domain';
import { DataSource } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { todayUtc } from '../certifications/certification-view.js';
import { LinkagesService } from '../linkages/linkages.service.js';
import { OrganisationAccessService } from '../organisations/organisation-access.service.js';
import { ProgrammesService } from './programmes.service.js';
import { VerificationQueueService } from './verification-queue.service.js';

/** Certificates ending within this many days are flagged on a group's readiness. */
const EXPIRING_WITHIN_DAYS = 90;
/** The home page lists this many needs at most, soonest response deadline first. */
const NEEDS_LISTED = 100;

/**
 * A programme broker's home page (issue 15): the needs in the programme's scope with what matching
 * found, the enrolled groups and how ready they are, the linkages the programme follows and the
 * tasks falling due. Read-only; scope is a lens, access comes from enrolment (decision 0012).
 */
@Injectable()
export class BrokerHomeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccessService,
    private readonly programmes: ProgrammesService,
    private readonly linkagesService: LinkagesService,
    private readonly verificationQueue: VerificationQueueService,
  ) {}

  async home(user: AuthenticatedUser, programmeId: string): Promise<BrokerHomeView> {
    await this.access.requireMember(user, programmeId, { kind: 'PROGRAMME' });
    const programme = await this.programmes.get(programmeId);
    const today = todayUtc();
    const enrolled = await this.enrolledIds(programmeId);
    const followed = (await this.linkagesService.list(user)).filter(
      (l) => l.programmeId === programmeId || enrolled.has(l.leadFirm.id) || enrolled.has(l.supplier.id),
    );
    const [needs, groups, toVerify] = await Promise.all([
      this.needs(programmeId, programme.scopeHsChapters),
      this.groups(programmeId, today),
      this.verificationQueue.items(programmeId, today),
    ]);
    return {
      programme,
      needs,
      groups,
      linkages: followed,
      tasks: tasks(followed, today),
      verificationQueue: { awaiting: toVerify.length, ready: toVerify.filter((c) => c.ready).length },
    };
  }

  private async enrolledIds(programmeId: string): Promise<Set<string>> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT organisation_id AS id FROM programme_enrolments WHERE programme_id = $1`,
      [programmeId],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Open needs a broker may read (`canBrokerReadNeed`: public, or of a lead firm enrolled here) in
   * the programme's chapters — every need of an enrolled lead firm whatever its chapter — with the
   * stored results of their current version counted as the lead firm sees them (its tiers).
   */
  private async needs(programmeId: string, chapters: readonly string[]): Promise<BrokerNeedView[]> {
    const rows: Array<BrokerNeedView & { leadFirmId: string; leadFirmName: string; enrolledFirm: boolean }> =
      await this.dataSource.query(
        `WITH enrolled AS (SELECT organisation_id FROM programme_enrolments WHERE programme_id = $1)
         SELECT n.id, n.title, n.product_code AS "productCode", n.quantity::float AS quantity, n.unit, n.period,
                n.visibility, n.start_date::text AS "firstDeliveryOn", n.response_deadline::text AS "responseDeadline",
                f.id AS "leadFirmId", f.legal_name AS "leadFirmName",
                f.id IN (SELECT organisation_id FROM enrolled) AS "enrolledFirm",
                count(s.id) FILTER (WHERE m.eligibility = 'ELIGIBLE')::int AS eligible,
                count(s.id) FILTER (WHERE m.eligibility = 'CONDITIONAL')::int AS conditional,
                count(s.id) FILTER (WHERE m.eligibility = 'EXCLUDED')::int AS "nearMisses",
                count(s.id) FILTER (WHERE m.eligibility <> 'EXCLUDED'
                                      AND s.id IN (SELECT organisation_id FROM enrolled))::int AS "enrolledMatched",
                (SELECT jsonb_array_length(c.allocations) FROM coalition_proposals c
                  WHERE c.need_id = n.id AND c.need_version = n.version AND c.role = 'BEST'
                    AND NOT EXISTS (SELECT 1 FROM matches a WHERE a.need_id = n.id AND a.need_version = n.version
                                      AND a.stands_alone)) AS "coalitionMembers"
           FROM sourcing_needs n
           JOIN organisations f ON f.id = n.lead_firm_id
           LEFT JOIN matches m ON m.need_id = n.id AND m.need_version = n.version
           -- Only the suppliers the lead firm may see count, as on its own page (decision 0007).
           LEFT JOIN organisations s ON s.id = m.supplier_id
                AND s.visibility = ANY(CASE WHEN f.verified_at IS NULL THEN $4::text[] ELSE $5::text[] END)
          WHERE n.status = ANY($2::text[])
            AND (n.visibility = 'PUBLIC' OR f.id IN (SELECT organisation_id FROM enrolled))
            AND (cardinality($3::text[]) = 0 OR left(n.product_code, 2) = ANY($3::text[])
                 OR f.id IN (SELECT organisation_id FROM enrolled))
          GROUP BY n.id, f.id
          ORDER BY n.response_deadline, n.id
          LIMIT ${NEEDS_LISTED}`,
        [
          programmeId,
          MATCHABLE_NEED_STATUSES,
          chapters,
          leadFirmTiers({ verified: false }),
          leadFirmTiers({ verified: true }),
        ],
      );
    return rows.map(({ leadFirmId, leadFirmName, enrolledFirm, ...n }) => ({
      ...n,
      leadFirm: { id: leadFirmId, name: leadFirmName, enrolled: enrolledFirm },
    }));
  }

  /** The enrolled producer groups, those with most to do first. */
  private async groups(programmeId: string, today: string): Promise<BrokerGroupView[]> {
    return this.dataSource.query(
      `SELECT g.id, g.legal_name AS name, trim(g.country) AS country,
              (SELECT count(*)::int FROM matches m JOIN sourcing_needs n ON n.id = m.need_id AND n.version = m.need_version
                WHERE m.supplier_id = g.id AND n.status = ANY($2::text[]) AND m.eligibility = 'ELIGIBLE') AS "eligibleMatches",
              (SELECT count(*)::int FROM matches m JOIN sourcing_needs n ON n.id = m.need_id AND n.version = m.need_version
                WHERE m.supplier_id = g.id AND n.status = ANY($2::text[]) AND m.eligibility = 'CONDITIONAL') AS "conditionalMatches",
              (SELECT coalesce(sum(jsonb_array_length(m.gaps)), 0)::int FROM matches m
                 JOIN sourcing_needs n ON n.id = m.need_id AND n.version = m.need_version
                WHERE m.supplier_id = g.id AND n.status = ANY($2::text[]) AND m.eligibility = 'CONDITIONAL') AS "openGaps",
              coalesce((SELECT jsonb_agg(jsonb_build_object('standardCode', st.code, 'validUntil', c.valid_until::text)
                                         ORDER BY c.valid_until)
                          FROM certifications c JOIN standards st ON st.id = c.standard_id
                         WHERE c.organisation_id = g.id AND c.valid_until BETWEEN $3::date AND $4::date), '[]') AS "certificatesExpiring",
              (SELECT count(*)::int FROM linkages l WHERE l.supplier_id = g.id
                 AND l.stage NOT IN ('ENDED', 'PHASED_OUT')) AS "linkagesInProgress"
         FROM programme_enrolments e JOIN organisations g ON g.id = e.organisation_id
        WHERE e.programme_id = $1 AND g.kind = 'PRODUCER_GROUP'
        ORDER BY g.legal_name`,
      [programmeId, MATCHABLE_NEED_STATUSES, today, addDays(today, EXPIRING_WITHIN_DAYS)],
    );
  }
}

/** Next actions falling due (or overdue) and stalled linkages, the most urgent first. */
function tasks(linkages: readonly LinkageView[], today: string): BrokerTaskView[] {
  const pair = (l: LinkageView) => `${l.supplier.name} × ${l.leadFirm.name}`;
  const due = linkages.flatMap((l): BrokerTaskView[] =>
    isLinkageInProgress(l.stage) && l.nextAction && l.nextActionDue && isTaskDue(l.nextActionDue, today)
      ? [
          {
            kind: 'NEXT_ACTION',
            title: `${l.nextAction} (${pair(l)})`,
            dueOn: l.nextActionDue,
            link: `/linkages/${l.id}`,
            overdue: l.nextActionDue < today,
          },
        ]
      : [],
  );
  const stalled = linkages
    .filter((l) => l.stalled)
    .map((l): BrokerTaskView => ({
      kind: 'STALLED_LINKAGE',
      title: `No news from ${pair(l)} since the last step: ask where things stand`,
      dueOn: l.lastEventOn,
      link: `/linkages/${l.id}`,
      overdue: true,
    }));
  return [...due, ...stalled].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}
