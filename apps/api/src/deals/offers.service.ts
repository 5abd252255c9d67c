import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type DeclineNeedInput,
  NotificationKind,
  type OfferView,
  type SubmitOfferInput,
} from '@linkage/contracts';
import {
  MANAGING_ROLES,
  OPEN_OFFER_STATUSES,
  assertOfferOpen,
  assertTakesOffers,
  defaultAllocation,
  deliveryMonths,
  formatAmount,
  ledgerShortfalls,
} from '@linkage/domain';
import {
  Match,
  NeedDecline,
  Offer,
  OfferAllocation,
  Organisation,
  type SourcingNeed,
  notifyOrganisationOnce,
} from '@linkage/db';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { todayUtc } from '../certifications/certification-view.js';
import { DomainError, DomainErrorCode, notFound } from '../common/domain-error.js';
import { type ApiEnv } from '../config/env.js';
import { NeedsService } from '../needs/needs.service.js';
import { OrganisationAccessService } from '../organisations/organisation-access.service.js';
import { OfferViews } from './offer-views.js';
import { type OfferLine, needRateIn, offerLines } from './offer-lines.js';

/**
 * A producer group answers a need (DESIGN §3 flow 4): an offer split over the capacity lines that
 * back it, or a decline with its reason. An offer never promises more than the ledger has available
 * for the need's delivery months; it reserves nothing until it is awarded.
 */
@Injectable()
export class OffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: OrganisationAccessService,
    private readonly needs: NeedsService,
    private readonly views: OfferViews,
    private readonly config: ConfigService<ApiEnv, true>,
  ) {}

  async submit(user: AuthenticatedUser, needId: string, input: SubmitOfferInput): Promise<OfferView> {
    const { organisation: group } = await this.access.requireMember(user, input.supplierId, {
      roles: MANAGING_ROLES,
      kind: 'PRODUCER_GROUP',
    });
    const today = todayUtc();
    if (input.validUntil < today)
      throw new DomainError(DomainErrorCode.InvalidInput, 'The offer would already have lapsed', {
        validUntil: `${input.validUntil} has passed: give the last day the price holds`,
      });
    const id = await this.dataSource.transaction(async (em) => {
      // The need's row lock orders offers, declines and awards of one need.
      const need = await this.needs.lockNeed(em, needId);
      await this.requireAnswerable(em, need, group.id);
      assertTakesOffers(need, today);
      const live = await em.findOneBy(Offer, {
        needId,
        supplierId: group.id,
        status: In(['SUBMITTED', 'SHORTLISTED', 'ACCEPTED']),
      });
      if (live)
        throw new DomainError(DomainErrorCode.Conflict, 'Your group already has an offer on this need', {
          supplierId: 'Withdraw the current offer before making a new one',
        });
      const lines = await offerLines(em, need, group.id);
      const split = this.split(need, input, lines);
      const offer = await em.save(
        em.create(Offer, {
          needId,
          supplierId: group.id,
          status: 'SUBMITTED',
          quantity: input.quantity,
          price: input.price,
          currency: input.currency,
          incoterm: input.incoterm,
          transportPerUnit: input.transportPerUnit ?? null,
          leadTimeDays: input.leadTimeDays,
          validUntil: input.validUntil,
          notes: input.notes ?? null,
          submittedById: user.id,
          decidedAt: null,
        }),
      );
      const byId = new Map(lines.map((l) => [l.id, l]));
      await em.save(
        split.map((a) =>
          em.create(OfferAllocation, {
            offerId: offer.id,
            capacityEntryId: a.lineId,
            memberId: byId.get(a.lineId)!.memberId,
            productCode: byId.get(a.lineId)!.productCode,
            quantity: a.quantity,
          }),
        ),
      );
      await em.delete(NeedDecline, { needId, supplierId: group.id });
      await notifyOrganisationOnce(em, need.leadFirmId, {
        kind: NotificationKind.OfferReceived,
        title: `Offer from ${group.legalName}: ${need.title}`,
        body: `${group.legalName} offers ${formatAmount(input.quantity, need.unit)} per ${need.period.toLowerCase()} for "${need.title}".${need.sealOffers ? ` Offers are sealed until ${need.responseDeadline}.` : ''}`,
        link: `${this.webUrl()}/needs/${need.id}`,
        dedupeKey: `${NotificationKind.OfferReceived}:${offer.id}`,
      });
      return offer.id;
    });
    return this.views.one(id);
  }

  /**
   * The offer's split over lines: as given, each line checked, or by default the lines with the most
   * available first. A split that the ledger cannot carry in some delivery month is refused, naming
   * the line's producer and the month.
   */
  private split(need: SourcingNeed, input: SubmitOfferInput, lines: readonly OfferLine[]) {
    const byId = new Map(lines.map((l) => [l.id, l]));
    if (!input.allocations) {
      const split = defaultAllocation(
        input.quantity,
        lines.map((l) => ({ lineId: l.id, available: l.available })),
      );
      if (!split) {
        const total = lines.reduce((sum, l) => sum + l.available, 0);
        throw new DomainError(
          DomainErrorCode.InvalidInput,
          'Your committed capacity cannot carry this offer',
          {
            quantity: `Your group has ${formatAmount(total, need.unit)} per ${need.period.toLowerCase()} available for every delivery month of this need, from lines that meet its requirements`,
          },
        );
      }
      return split;
    }
    const months = deliveryMonths(need);
    const refused: Record<string, string> = {};
    input.allocations.forEach((a, i) => {
      const line = byId.get(a.lineId);
      if (!line) {
        refused[`allocations.${i}.lineId`] =
          'Not one of your committed lines of this product whose producer meets the need’s requirements';
        return;
      }
      const short = ledgerShortfalls(
        line,
        months,
        line.reservedByMonth,
        needRateIn(need, a.quantity, line),
      )[0];
      if (short)
        refused[`allocations.${i}.quantity`] =
          `${line.producerName} has ${formatAmount(short.available, line.unit)} available in ${short.month} (committed ${formatAmount(short.committed, line.unit)}, reserved ${formatAmount(short.reserved, line.unit)}); this asks ${formatAmount(short.requested, line.unit)} a month`;
    });
    if (Object.keys(refused).length)
      throw new DomainError(
        DomainErrorCode.Unprocessable,
        'The split asks more than the ledger has available',
        refused,
      );
    return input.allocations;
  }

  async withdraw(user: AuthenticatedUser, offerId: string): Promise<OfferView> {
    await this.dataSource.transaction(async (em) => {
      const found = await em.findOneBy(Offer, { id: offerId });
      if (!found) throw notFound('Offer');
      await this.access.requireMember(user, found.supplierId, { roles: MANAGING_ROLES });
      const need = await this.needs.lockNeed(em, found.needId);
      const offer = await em.findOneByOrFail(Offer, { id: offerId });
      assertOfferOpen(offer);
      await em.update(Offer, { id: offer.id }, { status: 'WITHDRAWN', decidedAt: new Date() });
      const group = await this.groupOf(em, offer.supplierId);
      await notifyOrganisationOnce(em, need.leadFirmId, {
        kind: NotificationKind.OfferDeclined,
        title: `${group.legalName} withdrew its offer: ${need.title}`,
        body: `${group.legalName} withdrew its offer for "${need.title}".`,
        link: `${this.webUrl()}/needs/${need.id}`,
        dedupeKey: `offer.withdrawn:${offer.id}`,
      });
    });
    return this.views.one(offerId);
  }

  /** A group says no to a need, with its reason; saying it again updates the reason. */
  async decline(user: AuthenticatedUser, needId: string, input: DeclineNeedInput) {
    const { organisation: group } = await this.access.requireMember(user, input.supplierId, {
      roles: MANAGING_ROLES,
      kind: 'PRODUCER_GROUP',
    });
    return this.dataSource.transaction(async (em) => {
      const need = await this.needs.lockNeed(em, needId);
      await this.requireAnswerable(em, need, group.id);
      assertTakesOffers(need, todayUtc());
      const live = await em.findOneBy(Offer, {
        needId,
        supplierId: group.id,
        status: In([...OPEN_OFFER_STATUSES]),
      });
      if (live)
        throw new DomainError(DomainErrorCode.Conflict, 'Your group has an offer on this need', {
          supplierId: 'Withdraw the offer first',
        });
      await em.upsert(
        NeedDecline,
        {
          needId,
          supplierId: group.id,
          reason: input.reason,
          note: input.note ?? null,
          declinedById: user.id,
        },
        ['needId', 'supplierId'],
      );
      return { needId, supplierId: group.id, reason: input.reason, note: input.note ?? null };
    });
  }

  /** The offers of a group, on every need, newest first. */
  async listForGroup(user: AuthenticatedUser, groupId: string): Promise<OfferView[]> {
    await this.access.requireMember(user, groupId, { kind: 'PRODUCER_GROUP' });
    return this.views.ofSupplier(groupId);
  }

  /**
   * A group answers only a need it may read: one its current matching ranks it on (not excluded),
   * public or naming it by invitation. To any other group the need does not exist.
   */
  private async requireAnswerable(em: EntityManager, need: SourcingNeed, groupId: string): Promise<Match> {
    const match = await em
      .getRepository(Match)
      .createQueryBuilder('m')
      .where('m.needId = :needId AND m.supplierId = :groupId', { needId: need.id, groupId })
      .andWhere(`m.eligibility <> 'EXCLUDED'`)
      .andWhere(`(:visibility = 'PUBLIC' OR m.status = 'INVITED')`, { visibility: need.visibility })
      .getOne();
    if (!match) throw notFound('Sourcing need');
    return match;
  }

  private groupOf(em: EntityManager, id: string): Promise<Organisation> {
    return em.findOneByOrFail(Organisation, { id });
  }

  private webUrl() {
    return this.config.get('WEB_URL', { infer: true });
  }
}
