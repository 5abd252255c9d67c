import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type LinkageDetailView,
  type LinkageView,
  OutboxTopic,
  type RecordDeliveryInput,
  type RecordLinkageEventInput,
  type RecordOrderInput,
  type UpdateLinkageInput,
} from '@linkage/contracts';
import { assertLinkageTransition, isStalled, nextLinkageStages } from '@linkage/domain';
import { Delivery, Linkage, LinkageEvent, LinkageOrder } from '@linkage/db';
import { recordOutboxEvent } from '../outbox/outbox.js';
import { DataSource, type EntityManager } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { todayUtc } from '../certifications/certification-view.js';
import { DomainError, DomainErrorCode, notFound } from '../common/domain-error.js';

/**
 * The linkage pipeline (issue 15): lead firm × supplier from introduction to repeat supply, each
 * step an event with its day, actor and note. Its two parties and their programmes' brokers follow
 * it (decisions 0011, 0012); to anyone else a linkage does not exist.
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
    const [orders, deliveries] = await Promise.all([
      em.find(LinkageOrder, { where: { linkageId: id }, order: { createdAt: 'ASC' } }),
      em.find(Delivery, { where: { linkageId: id }, order: { deliveredOn: 'DESC', createdAt: 'DESC' } }),
    ]);
    const latest = (await this.latestEvents([id])).get(id) ?? todayUtc();
    return {
      ...view(linkage, latest),
      orders: orders.map((o, i) => ({
        id: o.id,
        quantity: o.quantity,
        unit: o.unit,
        price: o.price,
        currency: o.currency?.trim() ?? null,
        dueOn: o.dueOn,
        repeat: i > 0,
      })),
      deliveries: deliveries.map((d) => ({
        id: d.id,
        orderId: d.orderId,
        deliveredOn: d.deliveredOn,
        quantity: d.quantity,
        unit: d.unit,
        onTime: d.onTime,
        conforming: d.conforming,
        note: d.note,
      })),
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

  async recordOrder(
    user: AuthenticatedUser,
    id: string,
    input: RecordOrderInput,
  ): Promise<LinkageDetailView> {
    const linkage = await this.require(user, id);
    await this.dataSource.getRepository(LinkageOrder).insert({
      linkageId: linkage.id,
      quantity: input.quantity,
      unit: input.unit,
      price: input.price ?? null,
      currency: input.currency ?? null,
      dueOn: input.dueOn,
      recordedById: user.id,
    });
    return this.get(user, id);
  }

  /**
   * A delivery and how it went. It becomes part of the supplier's track record, so the supplier's
   * open needs are matched again (supply.changed).
   */
  async recordDelivery(
    user: AuthenticatedUser,
    id: string,
    input: RecordDeliveryInput,
  ): Promise<LinkageDetailView> {
    if (input.deliveredOn > todayUtc())
      throw new DomainError(DomainErrorCode.InvalidInput, 'A delivery is recorded once it has arrived', {
        deliveredOn: `${input.deliveredOn} is in the future`,
      });
    const linkage = await this.require(user, id);
    await this.dataSource.transaction(async (em) => {
      if (input.orderId && !(await em.existsBy(LinkageOrder, { id: input.orderId, linkageId: id })))
        throw new DomainError(DomainErrorCode.InvalidInput, 'No such order under this linkage', {
          orderId: 'Choose one of this linkage’s orders',
        });
      await em.insert(Delivery, {
        linkageId: id,
        supplierId: linkage.supplierId,
        orderId: input.orderId ?? null,
        deliveredOn: input.deliveredOn,
        quantity: input.quantity,
        unit: input.unit,
        onTime: input.onTime,
        conforming: input.conforming,
        note: input.note ?? null,
        recordedById: user.id,
      });
      await recordOutboxEvent(em, OutboxTopic.SupplyChanged, { organisationId: linkage.supplierId });
    });
    return this.get(user, id);
  }

  private async require(user: AuthenticatedUser, id: string): Promise<Linkage> {
    const linkage = await this.readable(this.dataSource.manager, user)
      .andWhere('l.id = :id', { id })
      .getOne();
    if (!linkage) throw notFound('Linkage');
    return linkage;
  }

  async update(user: AuthenticatedUser, id: string, input: UpdateLinkageInput): Promise<LinkageDetailView> {
    const linkage = await this.readable(this.dataSource.manager, user)
      .andWhere('l.id = :id', { id })
      .getOne();
    if (!linkage) throw notFound('Linkage');
    if (Object.keys(input).length) await this.dataSource.getRepository(Linkage).update({ id }, input);
    return this.get(user, id);
  }

  /**
   * The linkages a person may follow (the domain's `canFollowLinkage`, as a query): their
   * organisations' (either side); for programme staff also those their programme introduced and
   * those of organisations enrolled in it; every one for admins.
   */
  private readable(em: EntityManager, user: AuthenticatedUser) {
    const qb = em
      .getRepository(Linkage)
      .createQueryBuilder('l')
      .innerJoinAndSelect('l.leadFirm', 'f')
      .innerJoinAndSelect('l.supplier', 's')
      .orderBy('l.updatedAt', 'DESC')
      .addOrderBy('l.id', 'ASC');
    if (user.platformRole === 'ADMIN') return qb.where('TRUE');
    const ids = [...user.memberOf, ...user.brokering];
    if (ids.length === 0) return qb.where('FALSE');
    return qb.where(
      '(l.leadFirmId IN (:...ids) OR l.supplierId IN (:...ids) OR l.programmeId IN (:...ids))',
      { ids },
    );
  }

  private async latestEvents(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    // A delivery is a step too: a linkage delivering every month is not stalled between reviews.
    const rows: Array<{ linkage_id: string; last: string }> = await this.dataSource.query(
      `SELECT linkage_id, max(day)::text AS last
         FROM (SELECT linkage_id, occurred_on AS day FROM linkage_events WHERE linkage_id = ANY($1::uuid[])
               UNION ALL
               SELECT linkage_id, delivered_on FROM deliveries WHERE linkage_id = ANY($1::uuid[])) steps
        GROUP BY linkage_id`,
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
    programmeId: l.programmeId,
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
