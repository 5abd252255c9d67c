import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { type InviteSuppliersInput, type NeedInvitationsView, NotificationKind } from '@linkage/contracts';
import { MatchInvitationError, assertCanInvite } from '@linkage/domain';
import { CoalitionProposal, Match, type SourcingNeed, notifyOrganisationOnce } from '@linkage/db';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainError, DomainErrorCode, notFound } from '../common/domain-error.js';
import { type ApiEnv } from '../config/env.js';
import { NeedsService } from './needs.service.js';

/**
 * A lead firm invites suppliers from its ranked matches to offer on a need (DESIGN §3): one, several,
 * or the members of a coalition proposal in one call. The match turns INVITED (a status re-matching
 * keeps), the need becomes readable to the group in its "needs we match" whatever the need's
 * visibility, and the group's people are told in the app and by e-mail — once per group and need,
 * however often the call is repeated.
 */
@Injectable()
export class NeedInvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly needs: NeedsService,
    private readonly config: ConfigService<ApiEnv, true>,
  ) {}

  async invite(
    user: AuthenticatedUser,
    needId: string,
    input: InviteSuppliersInput,
  ): Promise<NeedInvitationsView> {
    const { need: found, organisation, tiers } = await this.needs.readable(user, needId);
    return this.dataSource.transaction(async (em) => {
      // The need's row lock orders concurrent invitations (and status changes) of one need.
      const need = await this.needs.lockNeed(em, found.id);
      const { supplierIds, field } = await this.invitees(em, need, input);
      const matches = await em
        .getRepository(Match)
        .createQueryBuilder('m')
        .innerJoinAndSelect('m.supplier', 's')
        .where('m.needId = :needId', { needId })
        .andWhere('m.supplierId IN (:...supplierIds)', { supplierIds })
        // A group the lead firm may not see is, to it, no match at all (decision 0007).
        .andWhere('s.visibility IN (:...tiers)', { tiers: [...tiers] })
        .getMany();
      const bySupplier = new Map(matches.map((m) => [m.supplierId, m]));
      const refused: Record<string, string> = {};
      supplierIds.forEach((id, i) => {
        try {
          assertCanInvite(need, bySupplier.get(id));
        } catch (error) {
          if (!(error instanceof MatchInvitationError)) throw error;
          if (error.reason === 'NEED_NOT_OPEN')
            throw new DomainError(DomainErrorCode.Conflict, error.message, { status: error.message });
          refused[field(i)] = error.message;
        }
      });
      if (Object.keys(refused).length)
        throw new DomainError(DomainErrorCode.InvalidInput, 'Some suppliers cannot be invited', refused);

      const fresh = matches.filter((m) => m.status !== 'INVITED');
      if (fresh.length) {
        await em.update(Match, { id: In(fresh.map((m) => m.id)) }, { status: 'INVITED' });
        for (const m of fresh) await this.tell(em, need, organisation.legalName, m.supplierId);
      }
      const newly = new Set(fresh.map((m) => m.id));
      return {
        needId,
        invited: supplierIds.map((id) => {
          const m = bySupplier.get(id)!;
          return {
            supplierId: id,
            supplierName: m.supplier!.legalName,
            matchId: m.id,
            newlyInvited: newly.has(m.id),
          };
        }),
      };
    });
  }

  /** The suppliers named, or a proposal's members; and how to name the input field of the i-th. */
  private async invitees(em: EntityManager, need: SourcingNeed, input: InviteSuppliersInput) {
    if (input.supplierIds) {
      return { supplierIds: [...new Set(input.supplierIds)], field: (i: number) => `supplierIds.${i}` };
    }
    const proposal = await em.findOneBy(CoalitionProposal, { id: input.proposalId!, needId: need.id });
    if (!proposal) throw notFound('Coalition proposal');
    return { supplierIds: proposal.allocations.map((a) => a.supplierId), field: () => 'proposalId' };
  }

  /** In-app notifications (one per person, deduplicated by key) and an e-mail each, for the group's people. */
  private async tell(em: EntityManager, need: SourcingNeed, leadFirmName: string, groupId: string) {
    await notifyOrganisationOnce(em, groupId, {
      kind: NotificationKind.InvitedToOffer,
      title: `${leadFirmName} invites you to offer: ${need.title}`,
      body: `${leadFirmName} invites your group to make an offer for "${need.title}". Answers are due by ${need.responseDeadline}.`,
      link: `${this.config.get('WEB_URL', { infer: true })}/organisations/${groupId}/matched-needs`,
      dedupeKey: `${NotificationKind.InvitedToOffer}:${need.id}:${groupId}`,
    });
  }
}
