import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type LinkageDetailView,
  type LinkageView,
  type RecordLinkageEventInput,
  type UpdateLinkageInput,
} from '@linkage/contracts';
import { assertLinkageTransition, isStalled, nextLinkageStages } from '@linkage/domain';
import { Linkage, LinkageEvent } from '@linkage/db';
import { DataSource, type EntityManager } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { todayUtc } from '../certifications/certification-view.js';
import { DomainError, DomainErrorCode, notFound } from '../common/domain-error.js';

/**
 * The linkage pipeline (issue 15): lead firm × supplier from introduction to repeat supply, each
 * step an event with its day, actor and note. Its two parties and the platform's brokers follow it
 * (per-programme scoping comes with programmes); to anyone else a linkage does not exist.
 */
@Injectable()
export class LinkagesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(user: AuthenticatedUser): Promise<LinkageView[]> {
    const rows = await this.readable(this.dataSource.manager, user).getMany();
    const latest = await this.latestEvents(rows.map((l) => l.id));
    return rows.map((l) => view(l, latest.get(l.id) ?? todayUtc()));
  }

  async get(user: AuthenticatedUser, id: string): Promise<LinkageDetailView> {
    const em = this.dataSource.manager;
    const linkage = await this.readable(em, user).andWhere('l.id = :id', { id }).getOne();
    if (!linkage) throw notFound('Linkage');
    const events = await em.find(LinkageEvent, {
      where: { linkageId: id },
      relations: { actor: true },
      order: { occurredOn: 'DESC', createdAt: 'DESC' },
    });
    return {
      ...view(linkage, events[0]?.occurredOn ?? todayUtc()),
      events: events.map((e) => ({
        id: e.id,
        stage: e.stage,
        occurredOn: e.occurredOn,
        note: e.note,
        actorName: e.actor?.name ?? null,
        awardId: e.awardId,
      })),
    };
  }

  /** A new stage (checked by the domain's pipeline), or a note at the current one. */
  async record(
    user: AuthenticatedUser,
    id: string,
    input: RecordLinkageEventInput,
  ): Promise<LinkageDetailView> {
    const today = todayUtc();
    if (input.occurredOn && input.occurredOn > today)
      throw new DomainError(DomainErrorCode.InvalidInput, 'An event is recorded once it has happened', {
        occurredOn: `${input.occurredOn} is in the future`,
      });
    await this.dataSource.transaction(async (em) => {
      const linkage = await this.readable(em, user)
        .andWhere('l.id = :id', { id })
        .setLock('pessimistic_write')
        .getOne();
      if (!linkage) throw notFound('Linkage');
      if (input.stage !== linkage.stage) {
        assertLinkageTransition(linkage.stage, input.stage);
        await em.update(Linkage, { id }, { stage: input.stage });
      } else if (!input.note)
        throw new DomainError(DomainErrorCode.InvalidInput, 'Say what happened', {
          note: 'A step at the current stage needs a note',
        });
      await em.insert(LinkageEvent, {
        linkageId: id,
        stage: input.stage,
        occurredOn: input.occurredOn ?? today,
        note: input.note ?? null,
        actorId: user.id,
        awardId: null,
        startsOn: null,
        endsOn: null,
      });
    });
    return this.get(user, id);
  }

  async update(user: AuthenticatedUser, id: string, input: UpdateLinkageInput): Promise<LinkageDetailView> {
    const linkage = await this.readable(this.dataSource.manager, user)
      .andWhere('l.id = :id', { id })
      .getOne();
    if (!linkage) throw notFound('Linkage');
    if (Object.keys(input).length) await this.dataSource.getRepository(Linkage).update({ id }, input);
    return this.get(user, id);
  }

  /** The linkages a person may follow: their organisations' (either side), or every one for brokers and admins. */
  private readable(em: EntityManager, user: AuthenticatedUser) {
    const qb = em
      .getRepository(Linkage)
      .createQueryBuilder('l')
      .innerJoinAndSelect('l.leadFirm', 'f')
      .innerJoinAndSelect('l.supplier', 's')
      .orderBy('l.updatedAt', 'DESC')
      .addOrderBy('l.id', 'ASC');
    if (user.platformRole === 'BROKER' || user.platformRole === 'ADMIN') return qb.where('TRUE');
    const ids = [...user.memberOf];
    if (ids.length === 0) return qb.where('FALSE');
    return qb.where('(l.leadFirmId IN (:...ids) OR l.supplierId IN (:...ids))', { ids });
  }

  private async latestEvents(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ linkage_id: string; last: string }> = await this.dataSource.query(
      `SELECT linkage_id, max(occurred_on)::text AS last FROM linkage_events WHERE linkage_id = ANY($1::uuid[]) GROUP BY linkage_id`,
      [[...ids]],
    );
    return new Map(rows.map((r) => [r.linkage_id, r.last]));
  }
}

function view(l: Linkage, lastEventOn: string): LinkageView {
  return {
    id: l.id,
    leadFirm: { id: l.leadFirmId, name: l.leadFirm!.legalName },
    supplier: { id: l.supplierId, name: l.supplier!.legalName },
    stage: l.stage,
    nextStages: [...nextLinkageStages(l.stage)],
    governance: l.governance,
    embeddedServices: l.embeddedServices,
    nextAction: l.nextAction,
    nextActionDue: l.nextActionDue,
    lastEventOn,
    stalled: isStalled({ stage: l.stage, lastEventOn }, todayUtc()),
  };
}
