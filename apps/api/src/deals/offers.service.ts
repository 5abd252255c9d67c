import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type ConfirmOfferPartInput,
  type DeclineNeedInput,
  NotificationKind,
  type OfferLineView,
  type OfferView,
  type SubmitOfferInput,
} from '@linkage/contracts';
import {
  LIVE_OFFER_STATUSES,
  MANAGING_ROLES,
  assertOfferWithdrawable,
  assertTakesOffers,
  defaultAllocation,
  deliveryMonths,
  formatAmount,
  ledgerShortfalls,
} from '@linkage/domain';
import {
  CoalitionProposal,
  NeedDecline,
  Offer,
  OfferAllocation,
  OfferPart,
  Organisation,
  SourcingNeed,
  notifyOrganisationOnce,
} from '@linkage/db';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { type AuthenticatedUser } from '../auth/authenticated-user.js';
import { todayUtc } from '../certifications/certification-view.js';
import { DomainError, DomainErrorCode, notFound } from '../common/domain-error.js';
import { type ApiEnv } from '../config/env.js';
import { NeedsService } from '../needs/needs.service.js';
import { OrganisationAccessService } from '../organisations/organisation-access.service.js';
import { requireAnswerable } from './need-access.js';
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
      await requireAnswerable(em, need, group.id);
      assertTakesOffers(need, today);
      const live = await em.findOneBy(Offer, {
        needId,
        supplierId: group.id,
        status: In([...LIVE_OFFER_STATUSES]),
      });
      if (live)
        throw new DomainError(DomainErrorCode.Conflict, 'Your group already has an offer on this need', {
          supplierId: 'Withdraw the current offer before making a new one',
        });
      const partners = input.partners ?? [];
      if (partners.length) await this.requireCoalition(em, need, input);
      const ownShare = input.quantity - partners.reduce((sum, p) => sum + p.quantity, 0);
      const lines = await offerLines(em, need, group.id, user);
      const split = [
        ...this.split(need, ownShare, input.allocations, lines, 'quantity').map((a) => ({
          ...a,
          line: lines.find((l) => l.id === a.lineId)!,
        })),
      ];
      for (const [i, partner] of partners.entries()) {
        const theirs = await offerLines(em, need, partner.supplierId, user);
        const name = (await this.groupOf(em, partner.supplierId)).legalName;
        split.push(
          ...this.split(need, partner.quantity, undefined, theirs, `partners.${i}.quantity`, name).map(
            (a) => ({
              ...a,
              line: theirs.find((l) => l.id === a.lineId)!,
            }),
          ),
        );
      }
      const offer = await em.save(
        em.create(Offer, {
          needId,
          supplierId: group.id,
          status: partners.length ? 'AWAITING_PARTNERS' : 'SUBMITTED',
          quantity: input.quantity,
          price: input.price,
          currency: input.currency,
          incoterm: input.incoterm,
          transportPerUnit: input.transportPerUnit ?? null,
          leadTimeDays: input.leadTimeDays,
          validUntil: input.validUntil,
          notes: input.notes ?? null,
          proposalId: partners.length ? input.proposalId! : null,
          submittedById: user.id,
          decidedAt: null,
        }),
      );
      await em.save(
        split.map((a) =>
          em.create(OfferAllocation, {
            offerId: offer.id,
            capacityEntryId: a.lineId,
            groupId: a.line.organisationId,
            memberId: a.line.memberId,
            productCode: a.line.productCode,
            quantity: a.quantity,
          }),
        ),
      );
      await em.delete(NeedDecline, { needId, supplierId: group.id });
      if (partners.length) {
        await em.save([
          em.create(OfferPart, {
            offerId: offer.id,
            groupId: group.id,
            quantity: ownShare,
            confirmedAt: new Date(),
            confirmedById: user.id,
          }),
          ...partners.map((p) =>
            em.create(OfferPart, {
              offerId: offer.id,
              groupId: p.supplierId,
              quantity: p.quantity,
              confirmedAt: null,
              confirmedById: null,
            }),
          ),
        ]);
        for (const p of partners)
          await notifyOrganisationOnce(em, p.supplierId, {
            kind: NotificationKind.JointOfferToConfirm,
            title: `${group.legalName} proposes a joint offer: ${need.title}`,
            body: `${group.legalName} leads a joint offer for "${need.title}" and counts on your group for ${formatAmount(p.quantity, need.unit)} per ${need.period.toLowerCase()}. Confirm or refuse your share; the buyer sees the offer once every partner has confirmed.`,
            link: `${this.webUrl()}/organisations/${p.supplierId}/offers`,
            dedupeKey: `${NotificationKind.JointOfferToConfirm}:${offer.id}:${p.supplierId}`,
          });
      } else await this.announce(em, need, offer, group);
      return offer.id;
    });
    return this.views.one(id, user);
  }

  /** The lead firm hears of an offer once it is submitted: at once for a group's own, when the last partner confirms for a joint one. */
  private async announce(em: EntityManager, need: SourcingNeed, offer: Offer, lead: Organisation) {
    const joint = offer.proposalId !== null;
    await notifyOrganisationOnce(em, need.leadFirmId, {
      kind: NotificationKind.OfferReceived,
      title: `${joint ? 'Joint offer' : 'Offer'} from ${lead.legalName}: ${need.title}`,
      body: `${lead.legalName}${joint ? ' and its partners offer' : ' offers'} ${formatAmount(offer.quantity, need.unit)} per ${need.period.toLowerCase()} for "${need.title}".${need.sealOffers ? ` Offers are sealed until ${need.responseDeadline}.` : ''}`,
      link: `${this.webUrl()}/needs/${need.id}`,
      dedupeKey: `${NotificationKind.OfferReceived}:${offer.id}`,
    });
  }

  /**
   * A joint offer answers a coalition proposal of the need: the lead group and every partner are
   * among its members, and every partner may read the need (as it must to offer alone).
   */
  private async requireCoalition(em: EntityManager, need: SourcingNeed, input: SubmitOfferInput) {
    const proposal = await em.findOneBy(CoalitionProposal, { id: input.proposalId!, needId: need.id });
    if (!proposal)
      throw new DomainError(DomainErrorCode.InvalidInput, 'No such coalition proposal for this need', {
        proposalId: 'Choose one of the coalitions proposed for this need',
      });
    const members = new Set(proposal.allocations.map((a) => a.supplierId));
    const refused: Record<string, string> = {};
    if (!members.has(input.supplierId)) refused.supplierId = 'Your group is not in this coalition';
    for (const [i, p] of input.partners!.entries()) {
      if (!members.has(p.supplierId)) refused[`partners.${i}.supplierId`] = 'Not a member of this coalition';
      else
        await requireAnswerable(em, need, p.supplierId).catch(
          () => (refused[`partners.${i}.supplierId`] = 'Not a member of this coalition'),
        );
    }
    if (Object.keys(refused).length)
      throw new DomainError(
        DomainErrorCode.InvalidInput,
        'The joint offer does not match the coalition',
        refused,
      );
  }

  /**
   * A partner group confirms its share of a joint offer (its lines are checked against the ledger
   * again: time has passed), or refuses it, which withdraws the offer. When the last partner
   * confirms, the offer is submitted to the buyer.
   */
  async confirmPart(
    user: AuthenticatedUser,
    offerId: string,
    input: ConfirmOfferPartInput,
  ): Promise<OfferView> {
    await this.access.requireMember(user, input.supplierId, {
      roles: MANAGING_ROLES,
      kind: 'PRODUCER_GROUP',
    });
    await this.dataSource.transaction(async (em) => {
      const found = await em.findOneBy(Offer, { id: offerId });
      const part = found && (await em.findOneBy(OfferPart, { offerId, groupId: input.supplierId }));
      if (!found || !part) throw notFound('Offer');
      const need = await this.needs.lockNeed(em, found.needId);
      const offer = await em.findOneOrFail(Offer, { where: { id: offerId }, relations: { supplier: true } });
      if (offer.status !== 'AWAITING_PARTNERS')
        throw new DomainError(DomainErrorCode.Conflict, `The joint offer is ${offer.status.toLowerCase()}`, {
          status: 'Only a joint offer waiting for its partners can be confirmed or refused',
        });
      const partner = await em.findOneByOrFail(Organisation, { id: input.supplierId });
      if (!input.accept) {
        await em.update(Offer, { id: offer.id }, { status: 'WITHDRAWN', decidedAt: new Date() });
        await notifyOrganisationOnce(em, offer.supplierId, {
          kind: NotificationKind.OfferDeclined,
          title: `${partner.legalName} refused its share: ${need.title}`,
          body: `${partner.legalName} will not take part in the joint offer for "${need.title}"; the offer is withdrawn. You can make a new one.`,
          link: `${this.webUrl()}/organisations/${offer.supplierId}/offers`,
          dedupeKey: `offer.part.refused:${offer.id}:${partner.id}`,
        });
        return;
      }
      assertTakesOffers(need, todayUtc());
      const lines = await offerLines(em, need, partner.id, user);
      const mine = await em.findBy(OfferAllocation, { offerId, groupId: partner.id });
      this.split(
        need,
        part.quantity,
        mine.map((a) => ({ lineId: a.capacityEntryId ?? '', quantity: a.quantity })),
        lines,
        'quantity',
      );
      await em.update(OfferPart, { id: part.id }, { confirmedAt: new Date(), confirmedById: user.id });
      const waiting = await em.countBy(OfferPart, { offerId, confirmedAt: IsNull() });
      if (waiting === 0) {
        await em.update(Offer, { id: offer.id }, { status: 'SUBMITTED' });
        await this.announce(em, need, offer, offer.supplier!);
      }
    });
    return this.views.one(offerId, user);
  }

  /**
   * A group's share split over its lines: as given, each line checked, or by default the lines with
   * the most available first. A split that the ledger cannot carry in some delivery month is
   * refused, naming the line's producer and the month; a share the lines cannot carry at all names
   * `field` with what is available.
   */
  private split(
    need: SourcingNeed,
    quantity: number,
    allocations: SubmitOfferInput['allocations'],
    lines: readonly OfferLine[],
    field: string,
    who = 'Your group',
  ) {
    const byId = new Map(lines.map((l) => [l.id, l]));
    if (!allocations) {
      const split = defaultAllocation(
        quantity,
        lines.map((l) => ({ lineId: l.id, available: l.available })),
      );
      if (!split) {
        const total = lines.reduce((sum, l) => sum + l.available, 0);
        const per = `per ${need.period.toLowerCase()}`;
        const each = lines
          .slice(0, 6)
          .map((l) => `${l.producerName} ${formatAmount(l.available, need.unit)}`)
          .join(', ');
        const reserved = [...new Set(lines.flatMap((l) => [...l.reservedByMonth.keys()]))].sort();
        throw new DomainError(
          DomainErrorCode.Unprocessable,
          'The committed capacity cannot carry this offer',
          {
            [field]:
              `${who} has ${formatAmount(total, need.unit)} ${per} available for every delivery month of this need, from lines that meet its requirements` +
              (each ? ` (${each})` : '') +
              (reserved.length ? `; awards already reserve some of it in ${reserved.join(', ')}` : ''),
          },
        );
      }
      return split;
    }
    const months = deliveryMonths(need);
    const refused: Record<string, string> = {};
    allocations.forEach((a, i) => {
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
    return allocations;
  }

  async withdraw(user: AuthenticatedUser, offerId: string): Promise<OfferView> {
    await this.dataSource.transaction(async (em) => {
      const found = await em.findOneBy(Offer, { id: offerId });
      if (!found) throw notFound('Offer');
      await this.access.requireMember(user, found.supplierId, { roles: MANAGING_ROLES });
      const need = await this.needs.lockNeed(em, found.needId);
      const offer = await em.findOneByOrFail(Offer, { id: offerId });
      assertOfferWithdrawable(offer);
      await em.update(Offer, { id: offer.id }, { status: 'WITHDRAWN', decidedAt: new Date() });
      const group = await this.groupOf(em, offer.supplierId);
      await notifyOrganisationOnce(em, need.leadFirmId, {
        kind: NotificationKind.OfferDeclined,
        title: `${group.legalName} withdrew its offer: ${need.title}`,
        body: `${group.legalName} withdrew its offer for "${need.title}".`,
        link: `${this.webUrl()}/needs/${need.id}`,
        dedupeKey: `offer.withdrawn:${offer.id}`,
      });
      for (const part of await em.findBy(OfferPart, { offerId: offer.id }))
        if (part.groupId !== offer.supplierId)
          await notifyOrganisationOnce(em, part.groupId, {
            kind: NotificationKind.OfferDeclined,
            title: `${group.legalName} withdrew the joint offer: ${need.title}`,
            body: `${group.legalName} withdrew the joint offer for "${need.title}" your group was part of.`,
            link: `${this.webUrl()}/organisations/${part.groupId}/offers`,
            dedupeKey: `offer.withdrawn:${offer.id}:${part.groupId}`,
          });
    });
    return this.views.one(offerId, user);
  }

  /** A group says no to a need, with its reason; saying it again updates the reason. */
  async decline(user: AuthenticatedUser, needId: string, input: DeclineNeedInput) {
    const { organisation: group } = await this.access.requireMember(user, input.supplierId, {
      roles: MANAGING_ROLES,
      kind: 'PRODUCER_GROUP',
    });
    return this.dataSource.transaction(async (em) => {
      const need = await this.needs.lockNeed(em, needId);
      await requireAnswerable(em, need, group.id);
      assertTakesOffers(need, todayUtc());
      const live = await em.findOneBy(Offer, {
        needId,
        supplierId: group.id,
        status: In([...LIVE_OFFER_STATUSES]),
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

  /** The group's lines that can back an offer on the need, most available first: what the split starts from. */
  async linesFor(user: AuthenticatedUser, needId: string, supplierId: string): Promise<OfferLineView[]> {
    await this.access.requireMember(user, supplierId, { kind: 'PRODUCER_GROUP' });
    const em = this.dataSource.manager;
    const need = await em.findOneBy(SourcingNeed, { id: needId });
    if (!need) throw notFound('Sourcing need');
    await requireAnswerable(em, need, supplierId);
    return (await offerLines(em, need, supplierId, user))
      .sort((a, b) => b.available - a.available || (a.id < b.id ? -1 : 1))
      .map((l) => ({
        lineId: l.id,
        memberId: l.memberId,
        producerName: l.producerName,
        productCode: l.productCode.trim(),
        productLabel: l.productLabel,
        available: Math.round(l.available * 10_000) / 10_000,
      }));
  }

  /** The offers of a group, on every need, newest first. */
  async listForGroup(user: AuthenticatedUser, groupId: string): Promise<OfferView[]> {
    await this.access.requireMember(user, groupId, { kind: 'PRODUCER_GROUP' });
    return this.views.ofSupplier(groupId, user);
  }

  private groupOf(em: EntityManager, id: string): Promise<Organisation> {
    return em.findOneByOrFail(Organisation, { id });
  }

  private webUrl() {
    return this.config.get('WEB_URL', { infer: true });
  }
}
