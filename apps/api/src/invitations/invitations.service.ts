import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  type InvitationView,
  type InviteMemberInput,
  type MyOrganisationView,
  OutboxTopic,
  invitationEmail,
} from '@linkage/contracts';
import { Invitation, Membership, Organisation } from '@linkage/db';
import { DataSource, QueryFailedError, Repository } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { hashToken, newToken } from '../auth/tokens.js';
import { DomainError, DomainErrorCode, forbidden, notFound } from '../common/domain-error.js';
import { type ApiEnv } from '../config/env.js';
import { OrganisationAccessService } from '../organisations/organisation-access.service.js';
import { toMyOrganisationView } from '../organisations/organisation-view.js';
import { recordOutboxEvent } from '../outbox/outbox.js';

const INVITATION_TTL_DAYS = 14;

const toInvitationView = (i: Invitation): InvitationView => ({
  id: i.id,
  email: i.email,
  role: i.role,
  status: i.status,
  expiresAt: i.expiresAt.toISOString(),
});

@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Invitation) private readonly invitations: Repository<Invitation>,
    private readonly access: OrganisationAccessService,
    private readonly config: ConfigService<ApiEnv, true>,
  ) {}

  /** Stores the invitation and its e-mail in one transaction; the worker sends the mail. */
  async invite(
    user: AuthenticatedUser,
    organisationId: string,
    input: InviteMemberInput,
  ): Promise<InvitationView> {
    const { organisation, membership } = await this.access.requireManager(user, organisationId);
    if (input.role === 'OWNER' && membership.role !== 'OWNER') {
      throw forbidden('Only an owner can invite another owner');
    }
    const token = newToken();
    const link = `${this.config.get('WEB_URL', { infer: true })}/invitations/${token}`;
    return this.dataSource.transaction(async (em) => {
      const invitation = await em.save(
        em.create(Invitation, {
          organisationId,
          email: input.email,
          role: input.role,
          tokenHash: hashToken(token),
          status: 'PENDING',
          invitedById: user.id,
          expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000),
          acceptedAt: null,
        }),
      );
      await recordOutboxEvent(em, OutboxTopic.EmailRequested, {
        to: input.email,
        // The invitee has no account, so no language of their own yet: the inviter's is the best guess.
        ...invitationEmail(
          {
            inviterName: user.name,
            organisationName: organisation.legalName,
            role: input.role,
            link,
            validDays: INVITATION_TTL_DAYS,
          },
          user.readerLocale,
        ),
      });
      return toInvitationView(invitation);
    });
  }

  async list(user: AuthenticatedUser, organisationId: string): Promise<InvitationView[]> {
    await this.access.requireManager(user, organisationId);
    const rows = await this.invitations.find({ where: { organisationId }, order: { createdAt: 'DESC' } });
    return rows.map(toInvitationView);
  }

  /**
   * A manager withdraws an invitation still pending; one already accepted is a membership (remove
   * the person instead) and is refused with 409. Revoking twice is harmless.
   */
  async revoke(
    user: AuthenticatedUser,
    organisationId: string,
    invitationId: string,
  ): Promise<InvitationView> {
    await this.access.requireManager(user, organisationId);
    return this.dataSource.transaction(async (em) => {
      const invitation = await em.findOne(Invitation, {
        where: { id: invitationId, organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw notFound('Invitation');
      if (invitation.status === 'ACCEPTED') {
        throw new DomainError(DomainErrorCode.Conflict, 'This invitation was already accepted', {
          status: 'Already accepted: the person is a member now',
        });
      }
      invitation.status = 'REVOKED';
      return toInvitationView(await em.save(invitation));
    });
  }

  /** What the accept page shows before the invitee signs in. */
  async preview(token: string) {
    const invitation = await this.invitations.findOne({
      where: { tokenHash: hashToken(token) },
      relations: { organisation: true },
    });
    if (!invitation?.organisation) throw notFound('Invitation');
    return {
      organisationName: invitation.organisation.legalName,
      organisationKind: invitation.organisation.kind,
      email: invitation.email,
      role: invitation.role,
      status: this.isExpired(invitation) ? 'EXPIRED' : invitation.status,
    };
  }

  /** Accepts for the signed-in user, whose e-mail must be the invited one; marks the invitation used. */
  async accept(user: AuthenticatedUser, token: string): Promise<MyOrganisationView> {
    return this.dataSource.transaction(async (em) => {
      const invitation = await em.findOne(Invitation, {
        where: { tokenHash: hashToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) throw notFound('Invitation');
      if (invitation.status !== 'PENDING' || this.isExpired(invitation)) {
        throw new DomainError(
          DomainErrorCode.InvitationUnusable,
          'This invitation has already been used, revoked or has expired',
        );
      }
      if (invitation.email !== user.email) {
        throw forbidden(`This invitation is for ${invitation.email}; sign in with that address to accept it`);
      }
      try {
        await em.insert(Membership, {
          userId: user.id,
          organisationId: invitation.organisationId,
          role: invitation.role,
        });
      } catch (error) {
        if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
          throw new DomainError(
            DomainErrorCode.AlreadyMember,
            'You are already a member of this organisation',
          );
        }
        throw error;
      }
      await em.update(Invitation, { id: invitation.id }, { status: 'ACCEPTED', acceptedAt: new Date() });
      const organisation = await em.findOneByOrFail(Organisation, { id: invitation.organisationId });
      return toMyOrganisationView(organisation, invitation.role);
    });
  }

  private isExpired(invitation: Invitation): boolean {
    return invitation.expiresAt.getTime() < Date.now();
  }
}
