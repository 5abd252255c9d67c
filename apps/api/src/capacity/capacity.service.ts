import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type CapacityEntryView, type CreateCapacityEntryInput } from '@linkage/contracts';
import { CapacityEntry } from '@linkage/db';
import { Repository } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { OrganisationAccessService } from '../organisations/organisation-access.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';

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
    @InjectRepository(CapacityEntry) private readonly entries: Repository<CapacityEntry>,
    private readonly access: OrganisationAccessService,
    private readonly organisations: OrganisationsService,
  ) {}

  async record(
    user: AuthenticatedUser,
    organisationId: string,
    input: CreateCapacityEntryInput,
  ): Promise<CapacityEntryView> {
    await this.access.requireMember(user, organisationId, { kind: 'PRODUCER_GROUP' });
    const entry = await this.entries.save(
      this.entries.create({ organisationId, ...input, leadTimeDays: input.leadTimeDays ?? null }),
    );
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
