import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { type CapacityEntryView, type CreateCapacityEntryInput, OutboxTopic } from '@linkage/contracts';
import { CapacityEntry } from '@linkage/db';
import { DataSource, Repository } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { OrganisationAccessService } from '../organisations/organisation-access.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { recordOutboxEvent } from '../outbox/outbox.js';

const toView = (e: CapacityEntry): CapacityEntryView => ({
  id: e.id,
  organisationId: e.organisationId,
  productCode: e.productCode,
  productLabel: e.productLabel,
  quantity: e.quantity,
  unit: e.unit,
  period: e.period,
  leadTimeDays: e.leadTimeDays,
  createdAt: e.createdAt.toISOString(),
});

/** What a producer group supplies: products with their capacity per period. */
@Injectable()
export class CapacityService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(CapacityEntry) private readonly entries: Repository<CapacityEntry>,
    private readonly access: OrganisationAccessService,
    private readonly organisations: OrganisationsService,
  ) {}

  /** Capacity is indexed as part of its organisation's search document, so the entry re-indexes it. */
  async record(
    user: AuthenticatedUser,
    organisationId: string,
    input: CreateCapacityEntryInput,
  ): Promise<CapacityEntryView> {
    await this.access.requireMember(user, organisationId, { kind: 'PRODUCER_GROUP' });
    const entry = await this.dataSource.transaction(async (em) => {
      const saved = await em.save(
        em.create(CapacityEntry, { organisationId, ...input, leadTimeDays: input.leadTimeDays ?? null }),
      );
      await recordOutboxEvent(em, OutboxTopic.SearchIndexRequested, { entity: 'organisation', id: organisationId });
      return saved;
    });
    return toView(entry);
  }

  /** Capacity is part of the profile: whoever may see the profile may see it. */
  async list(user: AuthenticatedUser | undefined, organisationId: string): Promise<CapacityEntryView[]> {
    await this.organisations.getProfile(organisationId, user);
    const rows = await this.entries.find({
      where: { organisationId },
      order: { productCode: 'ASC', createdAt: 'ASC' },
    });
    return rows.map(toView);
  }
}
