import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type OrganisationProfileView,
  type ProductCapacityView,
  type UpdateGroupProfileInput,
  OutboxTopic,
} from '@linkage/contracts';
import { CapacityEntry, GroupMember, Organisation } from '@linkage/db';
import { DataSource } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { toCapacityEntryView } from '../capacity/capacity-view.js';
import { CatalogueService } from '../catalogue/catalogue.service.js';
import { todayUtc } from '../certifications/certification-view.js';
import { CertificationsService } from '../certifications/certifications.service.js';
import { DomainError, DomainErrorCode } from '../common/domain-error.js';
import { supplierScorecard } from '../linkages/supplier-scorecard.js';
import { toGroupMemberView, toProfileFieldsView } from '../members/member-view.js';
import { visibleMembers } from '../members/member-visibility.js';
import { recordOutboxEvent } from '../outbox/outbox.js';
import { OrganisationAccessService } from './organisation-access.service.js';
import { isVerified } from './organisation-view.js';
import { canManage } from './profile-visibility.js';

const GROUP_ONLY_FIELDS = ['groupType', 'governance', 'customers'] as const;
/** The kinds that supply under linkages, whose profile shows a delivery scorecard. */
const SUPPLIER_KINDS: readonly string[] = ['PRODUCER_GROUP', 'ENTERPRISE'];
/**
 * What matching reads of a group's profile: who may see it as a candidate and how far it is. A change
 * to one re-matches the open needs the group could affect (SupplyChangedJob).
 */
const MATCHED_PROFILE_FIELDS = ['visibility', 'country', 'latitude', 'longitude'] as const;

/** The whole profile page of an organisation, and the coordinator's edits to it. */
@Injectable()
export class ProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccessService,
    private readonly certifications: CertificationsService,
    private readonly catalogue: CatalogueService,
  ) {}

  /**
   * Everything on the profile, filtered for the viewer: the tier decides whether the profile shows at
   * all (404 otherwise); members hidden by their own tier drop out with their capacity and
   * certificates; drafts of the catalogue and the customer list stay inside the organisation.
   */
  async get(user: AuthenticatedUser | undefined, organisationId: string): Promise<OrganisationProfileView> {
    const { organisation: o, viewer } = await this.access.requireVisible(user, organisationId);
    const em = this.dataSource.manager;
    const members = visibleMembers(
      await em.find(GroupMember, {
        where: { groupId: o.id },
        relations: { memberOrganisation: true },
        order: { createdAt: 'ASC' },
      }),
      viewer,
    );
    const shown = new Set(members.map((m) => m.id));
    const entries = (
      await em.find(CapacityEntry, {
        where: { organisationId: o.id },
        order: { productCode: 'ASC', createdAt: 'ASC' },
      })
    ).filter((e) => e.memberId === null || shown.has(e.memberId));
    const byProduct = new Map<string, ProductCapacityView>();
    for (const e of entries) {
      const product = byProduct.get(e.productCode) ?? {
        productCode: e.productCode,
        productLabel: e.productLabel,
        entries: [],
      };
      product.entries.push(toCapacityEntryView(e));
      byProduct.set(e.productCode, product);
    }
    const isMember = !!viewer?.isMember;
    return {
      id: o.id,
      kind: o.kind,
      legalName: o.legalName,
      country: o.country,
      region: o.region,
      visibility: o.visibility,
      verified: isVerified(o),
      ...toProfileFieldsView(o),
      groupType: o.groupType,
      governance: o.governance,
      customers: isMember ? o.customers : null,
      viewer: { isMember, canManage: canManage(viewer) },
      members: members.map((m) => toGroupMemberView(m, isMember)),
      capacityByProduct: [...byProduct.values()],
      certifications: await this.certifications.viewsFor(em, o.id, o.legalName, viewer),
      catalogue: o.kind === 'PRODUCER_GROUP' ? await this.catalogue.viewsFor(em, o.id, viewer) : [],
      // Shown to whoever may see the profile (requireVisible above): counts, never the customers' names.
      scorecard: SUPPLIER_KINDS.includes(o.kind) ? await supplierScorecard(em, o.id, todayUtc()) : null,
      createdAt: o.createdAt.toISOString(),
      updatedAt: o.updatedAt.toISOString(),
    };
  }

  /** Managers edit the profile; group-only fields are refused for other kinds. Re-indexes the organisation. */
  async update(
    user: AuthenticatedUser,
    organisationId: string,
    input: UpdateGroupProfileInput,
  ): Promise<OrganisationProfileView> {
    const { organisation } = await this.access.requireManager(user, organisationId);
    if (organisation.kind !== 'PRODUCER_GROUP') {
      const given = GROUP_ONLY_FIELDS.filter((f) => input[f] !== undefined);
      if (given.length) {
        throw new DomainError(
          DomainErrorCode.WrongOrganisationKind,
          'Only a producer group has a group type, governance and customer list',
          Object.fromEntries(given.map((f) => [f, 'Only for producer groups'])),
        );
      }
    }
    const matchingReads = MATCHED_PROFILE_FIELDS.some(
      (f) => input[f] !== undefined && input[f] !== organisation[f],
    );
    await this.dataSource.transaction(async (em) => {
      if (Object.keys(input).length) await em.update(Organisation, { id: organisationId }, input);
      await recordOutboxEvent(em, OutboxTopic.SearchIndexRequested, {
        entity: 'organisation',
        id: organisationId,
      });
      if (matchingReads && organisation.kind === 'PRODUCER_GROUP')
        await recordOutboxEvent(em, OutboxTopic.SupplyChanged, { organisationId });
      // A member enterprise's tier decides what its groups' search documents may carry of it.
      if (input.visibility !== undefined && input.visibility !== organisation.visibility) {
        const groups = await em.find(GroupMember, { where: { memberOrganisationId: organisationId }, select: { groupId: true } });
        for (const groupId of new Set(groups.map((g) => g.groupId)))
          await recordOutboxEvent(em, OutboxTopic.SearchIndexRequested, { entity: 'organisation', id: groupId });
      }
    });
    return this.get(user, organisationId);
  }
}
