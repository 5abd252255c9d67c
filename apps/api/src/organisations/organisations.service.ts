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
import { DomainError, DomainErrorCode, forbidden, notFound } from '../common/domain-error.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { recordOutboxEvent } from '../outbox/outbox.js';
import { OrganisationAccessService } from './organisation-access.service.js';
import { isVerified, toMyOrganisationView, toOrganisationView } from './organisation-view.js';

/** A broker's verification list shows this many lead firms at most (search finds the others). */
const LEAD_FIRMS_LISTED = 500;

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

  /**
   * A broker of a programme the lead firm enrolled in, or a platform admin, verifies the firm or
   * withdraws the verification (decisions 0008, 0012): only staff of a verified lead firm see the
   * LEAD_FIRMS tier. Verifying again keeps the first verification's date and verifier. 403 for
   * anyone else, whatever the organisation.
   */
  async setVerified(
    user: AuthenticatedUser,
    organisationId: string,
    verified: boolean,
  ): Promise<OrganisationView> {
    if (user.platformRole !== 'ADMIN' && !user.brokering.has(organisationId))
      throw forbidden(
        'Only a broker of a programme the lead firm enrolled in, or a platform admin, verifies lead firms',
      );
    // Read and changed under a row lock: two brokers at once leave one verifier and one event.
    const organisation = await this.dataSource.transaction(async (em) => {
      const organisation = await em.findOne(Organisation, {
        where: { id: organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!organisation) throw notFound('Organisation');
      if (organisation.kind !== 'LEAD_FIRM') {
        throw new DomainError(DomainErrorCode.WrongOrganisationKind, 'Only a lead firm can be verified');
      }
      if (verified === isVerified(organisation)) return organisation;
      organisation.verifiedAt = verified ? new Date() : null;
      organisation.verifiedById = verified ? user.id : null;
      await em.update(
        Organisation,
        { id: organisationId },
        { verifiedAt: organisation.verifiedAt, verifiedById: organisation.verifiedById },
      );
      // The tiers its needs may match change with it: they are re-matched (SupplyChangedJob).
      await recordOutboxEvent(em, OutboxTopic.SupplyChanged, { organisationId });
      return organisation;
    });
    return toOrganisationView(organisation);
  }

  /**
   * The lead firms a person may verify, unverified first, newest first: every one for a platform
   * admin, those enrolled in their programmes for brokers. 403 for anyone else.
   */
  async listLeadFirms(user: AuthenticatedUser): Promise<OrganisationView[]> {
    const admin = user.platformRole === 'ADMIN';
    if (!admin && !user.programmeStaff)
      throw forbidden('Only programme brokers and platform admins verify lead firms');
    const qb = this.dataSource
      .getRepository(Organisation)
      .createQueryBuilder('o')
      .where(`o.kind = 'LEAD_FIRM'`);
    if (!admin) qb.andWhere('o.id = ANY(:enrolled::uuid[])', { enrolled: [...user.brokering] });
    const rows = await qb
      .orderBy('o.verified_at IS NOT NULL', 'ASC')
      .addOrderBy('o.created_at', 'DESC')
      .limit(LEAD_FIRMS_LISTED)
      .getMany();
    return rows.map(toOrganisationView);
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
