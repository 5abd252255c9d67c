import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type OfferView } from '@linkage/contracts';
import { type Locale, type OrganisationViewer, landedCost, renderMessage } from '@linkage/domain';
import { Award, Match, Offer, OfferAllocation, OfferAttachment, OfferPart } from '@linkage/db';
import { DataSource, type FindOptionsWhere, In } from 'typeorm';
import { producerNames } from './offer-lines.js';

/** Who reads an offer: what they may see, and the language its texts are rendered in. */
type OfferReader = OrganisationViewer & { readerLocale: Locale };

/**
 * Offers as their readers see them: with the split over producers (member enterprises named only
 * where the visibility rule lets the reader see them), the award, and the supplier's match, its gaps
 * in the reader's language.
 */
@Injectable()
export class OfferViews {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async one(id: string, viewer: OfferReader): Promise<OfferView> {
    return (await this.build({ id }, viewer))[0]!;
  }

  ofNeed(needId: string, viewer: OfferReader): Promise<OfferView[]> {
    return this.build({ needId }, viewer);
  }

  /** A group's offers: its own, and the joint offers it is a partner in. */
  async ofSupplier(supplierId: string, viewer: OfferReader): Promise<OfferView[]> {
    const partOf = await this.dataSource.manager.findBy(OfferPart, { groupId: supplierId });
    return this.build(
      [{ supplierId }, ...(partOf.length ? [{ id: In(partOf.map((p) => p.offerId)) }] : [])],
      viewer,
    );
  }

  private async build(
    where: FindOptionsWhere<Offer> | FindOptionsWhere<Offer>[],
    viewer: OfferReader,
  ): Promise<OfferView[]> {
    const em = this.dataSource.manager;
    const offers = await em.find(Offer, {
      where,
      relations: { need: true, supplier: true },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
    if (offers.length === 0) return [];
    const ids = offers.map((o) => o.id);
    const [allocations, awards, matches, parts, attachments] = await Promise.all([
      em.find(OfferAllocation, { where: { offerId: In(ids) }, order: { quantity: 'DESC', id: 'ASC' } }),
      em.findBy(Award, { offerId: In(ids) }),
      em.findBy(Match, {
        needId: In([...new Set(offers.map((o) => o.needId))]),
        supplierId: In([...new Set(offers.map((o) => o.supplierId))]),
      }),
      em.find(OfferPart, {
        where: { offerId: In(ids) },
        relations: { group: true },
        order: { createdAt: 'ASC' },
      }),
      em.find(OfferAttachment, { where: { offerId: In(ids) }, order: { createdAt: 'ASC' } }),
    ]);
    const names = new Map<string, (memberId: string | null) => string>();
    for (const groupId of new Set(allocations.map((a) => a.groupId)))
      names.set(groupId, await producerNames(em, groupId, viewer));
    return offers.map((o): OfferView => {
      const need = o.need!;
      const award = awards.find((a) => a.offerId === o.id);
      const match = matches.find((m) => m.needId === o.needId && m.supplierId === o.supplierId);
      return {
        id: o.id,
        needId: o.needId,
        needTitle: need.title,
        supplierId: o.supplierId,
        supplierName: o.supplier!.legalName,
        status: o.status,
        quantity: o.quantity,
        unit: need.unit,
        period: need.period,
        price: o.price,
        currency: o.currency.trim(),
        incoterm: o.incoterm,
        transportPerUnit: o.transportPerUnit,
        landedCost: landedCost(o),
        leadTimeDays: o.leadTimeDays,
        validUntil: o.validUntil,
        notes: o.notes,
        coverage: o.quantity / need.quantity,
        match: match
          ? {
              score: match.score,
              eligibility: match.eligibility,
              gaps: match.gaps.map((g) => ({
                kind: g.kind,
                description: renderMessage(g.missing, viewer.readerLocale),
              })),
            }
          : null,
        allocations: allocations
          .filter((a) => a.offerId === o.id)
          .map((a) => ({
            groupId: a.groupId,
            lineId: a.capacityEntryId,
            memberId: a.memberId,
            producerName: names.get(a.groupId)!(a.memberId),
            productCode: a.productCode.trim(),
            quantity: a.quantity,
          })),
        award: award ? { id: award.id, quantity: award.quantity, status: award.status } : null,
        parts: parts
          .filter((p) => p.offerId === o.id)
          .sort((a, b) => Number(b.groupId === o.supplierId) - Number(a.groupId === o.supplierId))
          .map((p) => ({
            supplierId: p.groupId,
            supplierName: p.group!.legalName,
            quantity: p.quantity,
            confirmed: p.confirmedAt !== null,
            lead: p.groupId === o.supplierId,
          })),
        attachments: attachments
          .filter((a) => a.offerId === o.id)
          .map((a) => ({ id: a.id, fileName: a.fileName, contentType: a.contentType, size: a.size })),
        submittedAt: o.createdAt.toISOString(),
      };
    });
  }
}
