import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type NeedMessageView,
  type NeedMessagesQuery,
  NotificationKind,
  type PostNeedMessageInput,
} from '@linkage/contracts';
import { LIVE_OFFER_STATUSES } from '@linkage/domain';
import { NeedMessage, Offer, Organisation, SourcingNeed, notifyOrganisationOnce } from '@linkage/db';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { DomainError, DomainErrorCode, notFound } from '../common/domain-error.js';
import { type ApiEnv } from '../config/env.js';
import { OrganisationAccessService } from '../organisations/organisation-access.service.js';
import { requireAnswerable } from './need-access.js';

/**
 * Questions and answers about a need (issue 14): one thread per need and producer group, between
 * the group and the lead firm; and clarifications the lead firm publishes to every supplier it
 * invited or that has offered, as public tenders publish an answer for all bidders. A group reads
 * its own thread and the clarifications, never another group's thread.
 */
@Injectable()
export class QuestionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccessService,
    private readonly config: ConfigService<ApiEnv, true>,
  ) {}

  async list(user: AuthenticatedUser, needId: string, query: NeedMessagesQuery): Promise<NeedMessageView[]> {
    const em = this.dataSource.manager;
    const { need, side } = await this.side(em, user, needId, query.supplierId);
    const where =
      side === 'LEAD_FIRM' && !query.supplierId
        ? { needId }
        : [
            { needId, supplierId: query.supplierId },
            { needId, supplierId: IsNull() },
          ];
    const messages = await em.find(NeedMessage, {
      where,
      relations: { supplier: true, author: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return messages.map((m) => messageView(m, need));
  }

  async post(user: AuthenticatedUser, needId: string, input: PostNeedMessageInput): Promise<NeedMessageView> {
    const id = await this.dataSource.transaction(async (em) => {
      const { need, side } = await this.side(em, user, needId, input.supplierId);
      if (side === 'GROUP' && input.publish)
        throw new DomainError(DomainErrorCode.Forbidden, 'Only the buyer publishes clarifications', {
          publish: 'Only the buyer publishes clarifications',
        });
      const saved = await em.save(
        em.create(NeedMessage, {
          needId,
          supplierId: input.publish ? null : input.supplierId!,
          fromLeadFirm: side === 'LEAD_FIRM',
          authorId: user.id,
          body: input.body,
        }),
      );
      await this.tell(em, need, saved, side);
      return saved.id;
    });
    const saved = await this.dataSource.manager.findOneOrFail(NeedMessage, {
      where: { id },
      relations: { supplier: true, author: true, need: true },
    });
    return messageView(saved, saved.need!);
  }

  /**
   * Which side the caller speaks for: the lead firm's people, or a group's (who must name their
   * group, one that may read the need). Anyone else gets a 404, as for the need itself.
   */
  private async side(
    em: EntityManager,
    user: AuthenticatedUser,
    needId: string,
    supplierId: string | undefined,
  ) {
    const need = await em.findOneBy(SourcingNeed, { id: needId });
    if (!need) throw notFound('Sourcing need');
    if (user.memberOf.has(need.leadFirmId)) {
      if (supplierId) await requireAnswerable(em, need, supplierId);
      return { need, side: 'LEAD_FIRM' as const };
    }
    if (!supplierId || !user.memberOf.has(supplierId)) throw notFound('Sourcing need');
    await this.access.requireMember(user, supplierId, { kind: 'PRODUCER_GROUP' });
    await requireAnswerable(em, need, supplierId);
    return { need, side: 'GROUP' as const };
  }

  /** A question tells the lead firm; an answer tells the group; a clarification every invited or offering group. */
  private async tell(em: EntityManager, need: SourcingNeed, m: NeedMessage, side: 'LEAD_FIRM' | 'GROUP') {
    const web = this.config.get('WEB_URL', { infer: true });
    const excerpt = m.body.length > 200 ? `${m.body.slice(0, 197)}…` : m.body;
    if (side === 'GROUP') {
      const group = await em.findOneByOrFail(Organisation, { id: m.supplierId! });
      await notifyOrganisationOnce(em, need.leadFirmId, {
        kind: NotificationKind.NeedQuestion,
        title: `Question from ${group.legalName}: ${need.title}`,
        body: excerpt,
        link: `${web}/needs/${need.id}#questions`,
        dedupeKey: `${NotificationKind.NeedQuestion}:${m.id}`,
      });
      return;
    }
    const groups = m.supplierId ? [m.supplierId] : await this.concerned(em, need.id);
    for (const groupId of groups)
      await notifyOrganisationOnce(em, groupId, {
        kind: NotificationKind.NeedAnswer,
        title: `${m.supplierId ? 'Answer' : 'Clarification'} from the buyer: ${need.title}`,
        body: excerpt,
        link: `${web}/organisations/${groupId}/needs/${need.id}/offer`,
        dedupeKey: `${NotificationKind.NeedAnswer}:${m.id}:${groupId}`,
      });
  }

  /** The groups a clarification reaches: every group invited to the need, or with a live offer on it. */
  private async concerned(em: EntityManager, needId: string): Promise<string[]> {
    const invited: Array<{ supplier_id: string }> = await em.query(
      `SELECT supplier_id FROM matches WHERE need_id = $1 AND status = 'INVITED'`,
      [needId],
    );
    const offering = await em.findBy(Offer, { needId, status: In([...LIVE_OFFER_STATUSES]) });
    return [...new Set([...invited.map((r) => r.supplier_id), ...offering.map((o) => o.supplierId)])];
  }
}

function messageView(m: NeedMessage, need: Pick<SourcingNeed, 'id'>): NeedMessageView {
  return {
    id: m.id,
    needId: need.id,
    supplierId: m.supplierId,
    supplierName: m.supplier?.legalName ?? null,
    fromLeadFirm: m.fromLeadFirm,
    authorName: m.author?.name ?? null,
    body: m.body,
    sentAt: m.createdAt.toISOString(),
  };
}
