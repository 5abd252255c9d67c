import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AwardOffersInput,
  type AwardConfirmationView,
  type AwardResultView,
  NotificationKind,
  OutboxTopic,
} from '@linkage/contracts';
import {
  type LedgerMonth,
  assertAwardQuantity,
  assertNeedTransition,
  assertOfferOpen,
  deliveryMonths,
  formatAmount,
  ledgerShortfalls,
  offersUnsealed,
  stageAfterAward,
} from '@linkage/domain';
import {
  Award,
  CapacityReservation,
  Linkage,
  LinkageEvent,
  Offer,
  OfferAllocation,
  OfferPart,
  type SourcingNeed,
  lockLedgerLines,
  notifyOrganisationOnce,
  reservedByLine,
} from '@linkage/db';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { todayUtc } from '../certifications/certification-view.js';
import { DomainError, DomainErrorCode, notFound } from '../common/domain-error.js';
import { type ApiEnv } from '../config/env.js';
import { NeedsService } from '../needs/needs.service.js';
import { recordOutboxEvent } from '../outbox/outbox.js';
import { declineOpenOffers } from './offer-decisions.js';
import { needRateIn, producerNames } from './offer-lines.js';

/**
 * A lead firm awards one or several offers on its need, each with the quantity it gets
 * (multi-sourcing). Awarding reserves the capacity the offers stand on in the ledger, atomically:
 * the lines are locked FOR UPDATE (in id order, so concurrent awards queue rather than deadlock),
 * the reservations are summed and checked against what each line commits, month by month, and only
 * then written. A competing award that would over-allocate a line gets a 409 naming the producer
 * and the month, and writes nothing (decision 0010).
 */
@Injectable()
export class AwardsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly needs: NeedsService,
    private readonly config: ConfigService<ApiEnv, true>,
  ) {}

  async award(user: AuthenticatedUser, needId: string, input: AwardOffersInput): Promise<AwardResultView> {
    const { need: found } = await this.needs.readable(user, needId);
    return this.dataSource.transaction(async (em) => {
      const need = await this.needs.lockNeed(em, found.id);
      if (need.status === 'OPEN') assertNeedTransition(need.status, 'EVALUATING');
      else assertNeedTransition(need.status, 'AWARDED');
      if (!offersUnsealed(need, todayUtc()))
        throw new DomainError(
          DomainErrorCode.Conflict,
          `Offers are sealed until ${need.responseDeadline} has passed`,
          {
            status: 'Sealed offers can be awarded once the response deadline has passed',
          },
        );
      const offers = await em.find(Offer, {
        where: { id: In(input.awards.map((a) => a.offerId)), needId },
        relations: { supplier: true },
      });
      const byId = new Map(offers.map((o) => [o.id, o]));
      const missing: Record<string, string> = {};
      input.awards.forEach((a, i) => {
        if (!byId.has(a.offerId)) missing[`awards.${i}.offerId`] = 'No such offer on this need';
      });
      if (Object.keys(missing).length)
        throw new DomainError(DomainErrorCode.NotFound, 'Offer not found', missing);
      input.awards.forEach((a) => {
        const offer = byId.get(a.offerId)!;
        assertOfferOpen(offer);
        assertAwardQuantity(offer, a.quantity);
      });

      const allocations = await em.findBy(OfferAllocation, { offerId: In(offers.map((o) => o.id)) });
      await this.reserve(em, need, input, allocations, user);

      const result: AwardResultView['awards'] = [];
      for (const a of input.awards) {
        const offer = byId.get(a.offerId)!;
        const saved = await em.findOneByOrFail(Award, { offerId: offer.id });
        await em.update(Offer, { id: offer.id }, { status: 'ACCEPTED', decidedAt: new Date() });
        // Every group of a joint offer supplies: each gets its linkage and is told; the lead signs.
        const parts = await em.findBy(OfferPart, { offerId: offer.id });
        const groups = parts.length ? parts.map((p) => p.groupId) : [offer.supplierId];
        for (const groupId of groups) {
          const share = parts.length
            ? (parts.find((p) => p.groupId === groupId)!.quantity * a.quantity) / offer.quantity
            : a.quantity;
          await this.link(em, need, groupId, saved, user.id);
          // Its other needs now see less available capacity (matching reads the ledger).
          await recordOutboxEvent(em, OutboxTopic.SupplyChanged, { organisationId: groupId });
          await notifyOrganisationOnce(em, groupId, {
            kind: NotificationKind.OfferAwarded,
            title: `Awarded: ${need.title}`,
            body: `The buyer awards your group ${formatAmount(share, need.unit)} per ${need.period.toLowerCase()} of "${need.title}"${groupId === offer.supplierId ? '' : `, in the joint offer led by ${offer.supplier!.legalName}`}. The award confirmation is ready to download.`,
            link: `${this.webUrl()}/organisations/${groupId}/offers`,
            dedupeKey: `${NotificationKind.OfferAwarded}:${saved.id}:${groupId}`,
          });
        }
        result.push({
          awardId: saved.id,
          offerId: offer.id,
          supplierName: offer.supplier!.legalName,
          quantity: a.quantity,
        });
      }
      const declinedOffers = await declineOpenOffers(em, need, 'AWARDED_TO_OTHERS', this.webUrl());
      need.status = 'AWARDED';
      await em.save(need);
      await recordOutboxEvent(em, OutboxTopic.SearchIndexRequested, { entity: 'sourcing-need', id: need.id });
      return { needId, awards: result, declinedOffers };
    });
  }

  /**
   * Writes the awards and their reservations, after checking under the lines' row locks that each
   * line can carry, in every delivery month, what it already carries plus what these awards add.
   */
  private async reserve(
    em: EntityManager,
    need: SourcingNeed,
    input: AwardOffersInput,
    allocations: readonly OfferAllocation[],
    // The refusal names producers: only as the buyer may see them.
    user: AuthenticatedUser,
  ) {
    const months = deliveryMonths(need);
    const lineIds = [...new Set(allocations.flatMap((a) => a.capacityEntryId ?? []))];
    const lines = new Map((await lockLedgerLines(em, lineIds)).map((l) => [l.id, l]));
    const reserved = await reservedByLine(em, lineIds, months);
    const offers = await em.findBy(Offer, { id: In(input.awards.map((a) => a.offerId)) });
    const refused: Record<string, string> = {};
    const rows: Array<{ offerId: string; lineId: string; month: LedgerMonth; quantity: number }> = [];
    for (const [i, a] of input.awards.entries()) {
      const offer = offers.find((o) => o.id === a.offerId)!;
      const names = await producerNames(em, offer.supplierId, user);
      for (const allocation of allocations.filter((x) => x.offerId === offer.id)) {
        const line = allocation.capacityEntryId ? lines.get(allocation.capacityEntryId) : undefined;
        if (!line) {
          refused[`awards.${i}.offerId`] =
            `${names(allocation.memberId)} no longer records the capacity this offer stands on`;
          continue;
        }
        const monthly = needRateIn(need, (allocation.quantity * a.quantity) / offer.quantity, line);
        const carried = reserved.get(line.id) ?? new Map<LedgerMonth, number>();
        const short = ledgerShortfalls(line, months, carried, monthly)[0];
        if (short) {
          refused[`awards.${i}.quantity`] =
            `${names(line.memberId)} has ${formatAmount(short.available, line.unit)} left to reserve in ${short.month} (committed ${formatAmount(short.committed, line.unit)}, already reserved ${formatAmount(short.reserved, line.unit)}); this award needs ${formatAmount(short.requested, line.unit)}`;
          continue;
        }
        for (const month of months) {
          carried.set(month, (carried.get(month) ?? 0) + monthly);
          rows.push({
            offerId: offer.id,
            lineId: line.id,
            month,
            quantity: Math.round(monthly * 10_000) / 10_000,
          });
        }
        reserved.set(line.id, carried);
      }
    }
    if (Object.keys(refused).length)
      throw new DomainError(
        DomainErrorCode.Conflict,
        'The capacity behind these offers is no longer available',
        refused,
      );
    for (const a of input.awards) {
      const award = await em.save(
        em.create(Award, {
          needId: need.id,
          offerId: a.offerId,
          quantity: a.quantity,
          status: 'ACTIVE',
          cancelledAt: null,
        }),
      );
      const mine = rows.filter((r) => r.offerId === a.offerId);
      if (mine.length)
        await em.insert(
          CapacityReservation,
          mine.map((r) => ({
            awardId: award.id,
            capacityEntryId: r.lineId,
            month: r.month,
            quantity: r.quantity,
            releasedAt: null,
          })),
        );
    }
  }

  /** The award creates the lead firm's linkage with the supplier, or brings it to the agreement stage, with the award and its dates. */
  private async link(
    em: EntityManager,
    need: SourcingNeed,
    supplierId: string,
    award: Award,
    actorId: string,
  ) {
    // Created if missing without locking an existing row: concurrent awards of one buyer to one
    // supplier (several needs at once) neither collide on the unique pair nor queue behind each other.
    await em
      .createQueryBuilder()
      .insert()
      .into(Linkage)
      .values({ leadFirmId: need.leadFirmId, supplierId, stage: stageAfterAward(undefined) })
      .orIgnore()
      .execute();
    const linkage = await em.findOneByOrFail(Linkage, { leadFirmId: need.leadFirmId, supplierId });
    const stage = stageAfterAward(linkage.stage);
    if (linkage.stage !== stage)
      // Only a real change of stage writes the row (and takes its lock, in the same statement).
      await em.update(Linkage, { id: linkage.id, stage: linkage.stage }, { stage });
    await em.insert(LinkageEvent, {
      linkageId: linkage.id,
      stage,
      awardId: award.id,
      actorId,
      startsOn: need.startDate,
      endsOn: need.endDate ?? need.startDate,
      note: `Awarded ${formatAmount(award.quantity, need.unit)} per ${need.period.toLowerCase()}: ${need.title}`,
    });
  }

  /** The lead firm cancels an award: its reservations are released (kept, marked), and the supplier is told. */
  async cancel(user: AuthenticatedUser, awardId: string) {
    const found = await this.dataSource.getRepository(Award).findOneBy({ id: awardId });
    if (!found) throw notFound('Award');
    const { need: readable } = await this.needs.readable(user, found.needId);
    return this.dataSource.transaction(async (em) => {
      const need = await this.needs.lockNeed(em, readable.id);
      const award = await em.findOneByOrFail(Award, { id: awardId });
      if (award.status === 'CANCELLED')
        throw new DomainError(DomainErrorCode.Conflict, 'The award is already cancelled', {
          status: 'CANCELLED',
        });
      const offer = await em.findOneByOrFail(Offer, { id: award.offerId });
      const reservations = await em.findBy(CapacityReservation, { awardId });
      await lockLedgerLines(
        em,
        reservations.map((r) => r.capacityEntryId),
      );
      await em.update(CapacityReservation, { awardId }, { releasedAt: new Date() });
      await em.update(Award, { id: awardId }, { status: 'CANCELLED', cancelledAt: new Date() });
      const parts = await em.findBy(OfferPart, { offerId: offer.id });
      for (const groupId of parts.length ? parts.map((p) => p.groupId) : [offer.supplierId]) {
        await recordOutboxEvent(em, OutboxTopic.SupplyChanged, { organisationId: groupId });
        // The linkage keeps its stage (what was agreed happened) and its timeline says the award went.
        const linkage = await em.findOneBy(Linkage, { leadFirmId: need.leadFirmId, supplierId: groupId });
        if (linkage)
          await em.insert(LinkageEvent, {
            linkageId: linkage.id,
            stage: linkage.stage,
            awardId,
            actorId: user.id,
            note: `Award cancelled by the buyer: ${need.title}`,
            startsOn: null,
            endsOn: null,
          });
        await notifyOrganisationOnce(em, groupId, {
          kind: NotificationKind.AwardCancelled,
          title: `Award cancelled: ${need.title}`,
          body: `The buyer cancelled its award of "${need.title}". The capacity it reserved is free again.`,
          link: `${this.webUrl()}/organisations/${groupId}/offers`,
          dedupeKey: `${NotificationKind.AwardCancelled}:${awardId}:${groupId}`,
        });
      }
      return { awardId, status: 'CANCELLED' as const, released: reservations.length };
    });
  }

  /** The award as a printable confirmation, for the lead firm's people and the supplier's; to anyone else it does not exist. */
  async confirmation(user: AuthenticatedUser, awardId: string): Promise<AwardConfirmationView> {
    const em = this.dataSource.manager;
    const award = await em.findOne(Award, {
      where: { id: awardId },
      relations: { need: { leadFirm: true }, offer: { supplier: true } },
    });
    const need = award?.need;
    const offer = award?.offer;
    if (!award || !need || !offer) throw notFound('Award');
    const allocations = await em.findBy(OfferAllocation, { offerId: offer.id });
    const parts = await em.findBy(OfferPart, { offerId: offer.id });
    const names = new Map<string, (memberId: string | null) => string>();
    for (const groupId of new Set(allocations.map((a) => a.groupId)))
      names.set(groupId, await producerNames(em, groupId, user));
    // The buyer's people, and every group of the offer (a joint offer's partners too).
    const readers = parts.length ? parts.map((p) => p.groupId) : [offer.supplierId];
    if (!user.memberOf.has(need.leadFirmId) && !readers.some((id) => user.memberOf.has(id)))
      throw notFound('Award');
    return {
      awardId,
      status: award.status,
      awardedAt: award.createdAt.toISOString(),
      buyer: { name: need.leadFirm!.legalName, country: need.leadFirm!.country.trim() },
      supplier: { name: offer.supplier!.legalName, country: offer.supplier!.country.trim() },
      need: {
        id: need.id,
        title: need.title,
        productCode: need.productCode,
        unit: need.unit,
        period: need.period,
        firstDelivery: need.startDate,
        lastDelivery: need.endDate ?? need.startDate,
        deliveryCountry: need.deliveryCountry.trim(),
      },
      quantity: award.quantity,
      price: offer.price,
      currency: offer.currency.trim(),
      incoterm: offer.incoterm,
      shares: allocations.map((a) => ({
        producerName: names.get(a.groupId)!(a.memberId),
        quantity: Math.round(((a.quantity * award.quantity) / offer.quantity) * 10_000) / 10_000,
      })),
    };
  }

  private webUrl() {
    return this.config.get('WEB_URL', { infer: true });
  }
}
