import { type CatalogueCapacityView, type CatalogueItemView } from '@linkage/contracts';
import {
  type OrganisationViewer,
  areCompatible,
  countsTowardsOffer,
  deriveCatalogueCapacity,
} from '@linkage/domain';
import { CapacityEntry, type CatalogueItem } from '@linkage/db';
import { type EntityManager, In } from 'typeorm';
import { isVisibleMember } from '../members/member-visibility.js';

/**
 * The item's capacity, derived from the group's lines for the item's product that count towards its
 * offer (domain `deriveCatalogueCapacity`: committed, members ACTIVE): its members' and its own.
 * Lines whose unit cannot convert to the item's are listed as excluded rather than failing the page.
 *
 * Filtered for the viewer: members the visibility rule hides from them are not named or counted; their
 * capacity is one unnamed `otherMembers` line, so the total stays truthful.
 */
export async function catalogueCapacities(
  em: EntityManager,
  items: readonly CatalogueItem[],
  viewer: OrganisationViewer | undefined,
): Promise<Map<string, CatalogueCapacityView>> {
  const result = new Map<string, CatalogueCapacityView>();
  if (items.length === 0) return result;
  const entries = (
    await em.find(CapacityEntry, {
      where: {
        organisationId: In([...new Set(items.map((i) => i.groupId))]),
        productCode: In([...new Set(items.map((i) => i.productCode))]),
        committed: true,
      },
      relations: { member: { memberOrganisation: true } },
      order: { createdAt: 'ASC' },
    })
  ).filter((e) =>
    countsTowardsOffer({
      memberId: e.memberId,
      memberStatus: e.member?.status ?? null,
      committed: e.committed,
    }),
  );
  for (const item of items) {
    const lines = entries.filter(
      (e) => e.organisationId === item.groupId && e.productCode === item.productCode,
    );
    const names = new Map(
      lines.flatMap((e) => (e.memberId ? [[e.memberId, e.member?.memberOrganisation?.legalName ?? '']] : [])),
    );
    const shown = new Set(
      lines.filter((e) => e.member && isVisibleMember(e.member, viewer)).map((e) => e.memberId!),
    );
    const capacity = deriveCatalogueCapacity(
      item,
      lines
        .filter((e) => areCompatible(e.unit, item.unit))
        .map((e) => ({
          memberId: e.memberId,
          memberStatus: e.member?.status ?? null,
          quantity: e.quantity,
          unit: e.unit,
          period: e.period,
          committed: e.committed,
        })),
    );
    const others = capacity.byMember.filter((m) => !shown.has(m.memberId));
    result.set(item.id, {
      quantity: capacity.quantity,
      unit: capacity.unit,
      period: capacity.period,
      byMember: capacity.byMember
        .filter((m) => shown.has(m.memberId))
        .map((m) => ({ ...m, memberName: names.get(m.memberId) ?? '' })),
      otherMembers: others.length ? { quantity: others.reduce((sum, m) => sum + m.quantity, 0) } : null,
      own: capacity.own > 0 ? { quantity: capacity.own } : null,
      excluded: lines
        .filter((e) => (e.memberId === null || shown.has(e.memberId)) && !areCompatible(e.unit, item.unit))
        .map((e) => ({
          memberId: e.memberId,
          memberName: e.memberId === null ? null : (names.get(e.memberId) ?? ''),
          unit: e.unit,
          reason: `${e.unit} cannot be converted to ${item.unit}`,
        })),
    });
  }
  return result;
}

export const toCatalogueItemView = (
  i: CatalogueItem,
  capacity: CatalogueCapacityView,
): CatalogueItemView => ({
  id: i.id,
  groupId: i.groupId,
  productCode: i.productCode,
  productLabel: i.productLabel,
  description: i.description,
  unit: i.unit,
  period: i.period,
  minimumOrder: i.minimumOrder,
  priceMin: i.priceMin,
  priceMax: i.priceMax,
  currency: i.currency,
  photoUrls: i.photoUrls,
  standardCodes: i.standardCodes,
  published: i.published,
  publishedAt: i.publishedAt?.toISOString() ?? null,
  capacity,
  createdAt: i.createdAt.toISOString(),
  updatedAt: i.updatedAt.toISOString(),
});
