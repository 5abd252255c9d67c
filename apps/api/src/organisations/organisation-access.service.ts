import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  type MembershipRole,
  type OrganisationKind,
  MANAGING_ROLES,
  canSeeOrganisation,
} from '@linkage/domain';
import { Membership, Organisation } from '@linkage/db';
import { In, Repository } from 'typeorm';
import { DomainError, DomainErrorCode, forbidden, notFound } from '../common/domain-error.js';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { type Viewer } from './profile-visibility.js';

export interface AccessRequirement {
  /** Roles allowed; any member when omitted. */
  roles?: readonly MembershipRole[];
  /** The organisation must be of this kind (a need belongs to a lead firm, capacity to a producer group). */
  kind?: OrganisationKind;
}

/**
 * Every read or change of an organisation's private data passes through here. Non-members get 403
 * for an organisation they can see and 404 otherwise, so private organisations are not revealed.
 */
@Injectable()
export class OrganisationAccessService {
  constructor(
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    @InjectRepository(Membership) private readonly memberships: Repository<Membership>,
  ) {}

  async requireMember(
    user: AuthenticatedUser,
    organisationId: string,
    requirement: AccessRequirement = {},
  ): Promise<{ organisation: Organisation; membership: Membership }> {
    const organisation = await this.organisations.findOneBy({ id: organisationId });
    if (!organisation) throw notFound('Organisation');
    const membership = await this.memberships.findOneBy({ userId: user.id, organisationId });
    if (!membership) {
      if (canSeeOrganisation(organisation, user))
        throw forbidden('You are not a member of this organisation');
      throw notFound('Organisation');
    }
    if (requirement.roles && !requirement.roles.includes(membership.role)) {
      throw forbidden(`This needs the role ${requirement.roles.join(' or ')} in ${organisation.legalName}`);
    }
    if (requirement.kind && organisation.kind !== requirement.kind) {
      throw new DomainError(
        DomainErrorCode.WrongOrganisationKind,
        `Only a ${requirement.kind.toLowerCase().replace('_', ' ')} can do this`,
      );
    }
    return { organisation, membership };
  }

  requireManager(user: AuthenticatedUser, organisationId: string) {
    return this.requireMember(user, organisationId, { roles: MANAGING_ROLES });
  }

  async isMember(userId: string, organisationId: string): Promise<boolean> {
    return this.memberships.existsBy({ userId, organisationId });
  }

  /** Whether the person is an owner or admin of the organisation. */
  async manages(userId: string, organisationId: string): Promise<boolean> {
    return this.memberships.existsBy({ userId, organisationId, role: In([...MANAGING_ROLES]) });
  }

  /** Who is looking at an organisation's profile; undefined for anonymous visitors. */
  async viewerOf(user: AuthenticatedUser | undefined, organisationId: string): Promise<Viewer | undefined> {
    return (await this.viewersOf(user, [organisationId])).get(organisationId);
  }

  /** Who is looking at each of these organisations, from one membership query; empty for anonymous visitors. */
  async viewersOf(
    user: AuthenticatedUser | undefined,
    organisationIds: readonly string[],
  ): Promise<Map<string, Viewer>> {
    const viewers = new Map<string, Viewer>();
    if (!user || organisationIds.length === 0) return viewers;
    const memberships = await this.memberships.findBy({
      userId: user.id,
      organisationId: In([...organisationIds]),
    });
    const roles = new Map(memberships.map((m) => [m.organisationId, m.role]));
    const { platformRole, verifiedLeadFirm, memberOf, programmeStaff, brokering } = user;
    for (const id of organisationIds) {
      viewers.set(id, {
        platformRole,
        verifiedLeadFirm,
        memberOf,
        programmeStaff,
        brokering,
        isMember: roles.has(id),
        role: roles.get(id) ?? null,
      });
    }
    return viewers;
  }

  /** The organisation and its viewer, if its visibility tier lets this viewer see it; otherwise 404. */
  async requireVisible(
    user: AuthenticatedUser | undefined,
    organisationId: string,
  ): Promise<{ organisation: Organisation; viewer: Viewer | undefined }> {
    const organisation = await this.organisations.findOneBy({ id: organisationId });
    if (!organisation) throw notFound('Organisation');
    const viewer = await this.viewerOf(user, organisationId);
    if (!canSeeOrganisation(organisation, viewer)) throw notFound('Organisation');
    return { organisation, viewer };
  }
}
