import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  type CreateSourcingNeedInput,
  type NeedMatchesView,
  OutboxTopic,
  type SourcingNeedView,
} from '@linkage/contracts';
import { Match, type Organisation, SourcingNeed } from '@linkage/db';
import { DataSource, Repository } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { notFound } from '../common/domain-error.js';
import { OrganisationAccessService } from '../organisations/organisation-access.service.js';
import { recordOutboxEvent } from '../outbox/outbox.js';

const toView = (n: SourcingNeed, leadFirm: Pick<Organisation, 'legalName'>): SourcingNeedView => ({
  id: n.id,
  leadFirmId: n.leadFirmId,
  leadFirmName: leadFirm.legalName,
  title: n.title,
  description: n.description,
  productCode: n.productCode,
  quantity: n.quantity,
  unit: n.unit,
  period: n.period,
  deliveryCountry: n.deliveryCountry,
  responseDeadline: n.responseDeadline,
  status: n.status,
  version: n.version,
  createdAt: n.createdAt.toISOString(),
});

@Injectable()
export class NeedsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(SourcingNeed) private readonly needs: Repository<SourcingNeed>,
    @InjectRepository(Match) private readonly matches: Repository<Match>,
    private readonly access: OrganisationAccessService,
  ) {}

  /**
   * Posts an open need. The need and the outbox events that ask for its matching and indexing commit
   * together, so a need is never left unmatched or unsearchable and no job runs for a need that was
   * not stored.
   */
  async post(
    user: AuthenticatedUser,
    leadFirmId: string,
    input: CreateSourcingNeedInput,
  ): Promise<SourcingNeedView> {
    const { organisation } = await this.access.requireMember(user, leadFirmId, { kind: 'LEAD_FIRM' });
    const need = await this.dataSource.transaction(async (em) => {
      const saved = await em.save(
        em.create(SourcingNeed, {
          ...input,
          description: input.description ?? null,
          leadFirmId,
          createdById: user.id,
          status: 'OPEN',
          version: 1,
          matchedVersion: null,
          matchedAt: null,
        }),
      );
      await recordOutboxEvent(em, OutboxTopic.NeedPosted, { needId: saved.id, needVersion: saved.version });
      await recordOutboxEvent(em, OutboxTopic.SearchIndexRequested, { entity: 'sourcing-need', id: saved.id });
      return saved;
    });
    return toView(need, organisation);
  }

  async listForLeadFirm(user: AuthenticatedUser, leadFirmId: string): Promise<SourcingNeedView[]> {
    const { organisation } = await this.access.requireMember(user, leadFirmId, { kind: 'LEAD_FIRM' });
    const rows = await this.needs.find({ where: { leadFirmId }, order: { createdAt: 'DESC' } });
    return rows.map((n) => toView(n, organisation));
  }

  async get(user: AuthenticatedUser, needId: string): Promise<SourcingNeedView> {
    const { need, organisation } = await this.readable(user, needId);
    return toView(need, organisation);
  }

  /** Ranked matches of the need's current version; PENDING while the worker has not matched it yet. */
  async matchesOf(user: AuthenticatedUser, needId: string): Promise<NeedMatchesView> {
    const { need } = await this.readable(user, needId);
    const ready = need.matchedVersion === need.version;
    const rows = ready
      ? await this.matches.find({ where: { needId }, relations: { supplier: true }, order: { rank: 'ASC' } })
      : [];
    return {
      needId,
      state: ready ? 'READY' : 'PENDING',
      needVersion: need.version,
      matchedVersion: need.matchedVersion,
      computedAt: need.matchedAt?.toISOString() ?? null,
      matches: rows.map((m) => ({
        id: m.id,
        supplierId: m.supplierId,
        supplierName: m.supplier?.legalName ?? '',
        supplierCountry: m.supplier?.country ?? '',
        rank: m.rank,
        score: m.score,
        components: m.components as NeedMatchesView['matches'][number]['components'],
        reason: m.reason,
        status: m.status,
      })),
    };
  }

  /** A need is readable by members of its lead firm; to anyone else it does not exist. */
  private async readable(user: AuthenticatedUser, needId: string) {
    const need = await this.needs.findOne({ where: { id: needId }, relations: { leadFirm: true } });
    if (!need?.leadFirm || !(await this.access.isMember(user.id, need.leadFirmId)))
      throw notFound('Sourcing need');
    return { need, organisation: need.leadFirm };
  }
}
