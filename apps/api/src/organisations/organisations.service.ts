import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  type CreateOrganisationInput,
  type MemberView,
  type MyOrganisationView,
  type OrganisationView,
  OutboxTopic,
} from '@linkage/contracts';
import { Membership, Organisation } from '@linkage/db';
import { DataSource, Repository } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { recordOutboxEvent } from '../outbox/outbox.js';
import { OrganisationAccessService } from './organisation-access.service.js';
import { toMyOrganisationView, toOrganisationView } from './organisation-view.js';

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
    private readonly access: OrganisationAccessService,
  ) {}

  /** Creates the organisation, makes its creator the OWNER and asks for it to be indexed, atomically. */
  async create(user: AuthenticatedUser, input: CreateOrganisationInput): Promise<MyOrganisationView> {
    return this.dataSource.transaction(async (em) => {
      const organisation = await em.save(
        em.create(Organisation, {
          kind: input.kind,
          legalName: input.legalName,
          country: input.country,
          region: input.region ?? null,
          visibility: input.visibility,
        }),
      );
      await em.insert(Membership, { userId: user.id, organisationId: organisation.id, role: 'OWNER' });
      await recordOutboxEvent(em, OutboxTopic.SearchIndexRequested, {
        entity: 'organisation',
        id: organisation.id,
      });
      return toMyOrganisationView(organisation, 'OWNER');
    });
  }

  async listMine(userId: string): Promise<MyOrganisationView[]> {
    const rows = await this.memberships.find({
      where: { userId },
      relations: { organisation: true },
      order: { createdAt: 'ASC' },
    });
    return rows.flatMap((m) => (m.organisation ? [toMyOrganisationView(m.organisation, m.role)] : []));
  }

  /** An organisation's profile, if its visibility tier lets this viewer see it; otherwise 404. */
  async getProfile(organisationId: string, user: AuthenticatedUser | undefined): Promise<OrganisationView> {
    const { organisation } = await this.access.requireVisible(user, organisationId);
    return toOrganisationView(organisation);
  }

  async listMembers(user: AuthenticatedUser, organisationId: string): Promise<MemberView[]> {
    await this.access.requireMember(user, organisationId);
    const rows = await this.memberships.find({
      where: { organisationId },
      relations: { user: true },
      order: { createdAt: 'ASC' },
    });
    return rows.flatMap((m) =>
      m.user ? [{ userId: m.userId, name: m.user.name, email: m.user.email, role: m.role }] : [],
    );
  }
}
