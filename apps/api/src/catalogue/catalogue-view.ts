import { type CatalogueCapacityView, type CatalogueItemView } from '@linkage/contracts';
import {
  CONTRIBUTING_MEMBER_STATUSES,
  type OrganisationViewer,
  areCompatible,
  deriveCatalogueCapacity,
} from '@linkage/domain';
import { CapacityEntry, type CatalogueItem } from '@linkage/db';
import { type EntityManager, In, IsNull, Not } from 'typeorm';
import { isVisibleMember } from '../members/member-visibility.js';

/**
 * The item's capacity, derived from the committed capacity entries of the group's ACTIVE members for
 * the item's product (domain `deriveCatalogueCapacity`). Entries whose unit cannot convert to the
 * item's are listed as excluded rather than failing the whole page. Group-level lines (no member)
 * are not a member's commitment and do not count.
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
  const entries = await em.find(CapacityEntry, {
    where: {
      organisationId: In([...new Set(items.map((i) => i.groupId))]),
      productCode: In([...new Set(items.map((i) => i.productCode))]),
      memberId: Not(IsNull()),
      committed: true,
      member: { status: In([...CONTRIBUTING_MEMBER_STATUSES]) },
    },
    relations: { member: { memberOrganisation: true } },
    order: { createdAt: 'ASC' },
  });
  for (const item of items) {
    const own = entries.filter(
      (e) => e.organisationId === item.groupId && e.productCode === item.productCode,
    );
    const names = new Map(own.map((e) => [e.memberId!, e.member?.memberOrganisation?.legalName ?? '']));
    const shown = new Set(
      own.filter((e) => e.member && isVisibleMember(e.member, viewer)).map((e) => e.memberId!),
    );
    const compatible = own.filter((e) => areCompatible(e.unit, item.unit));
    const capacity = deriveCatalogueCapacity(
      item,
      compatible.map((e) => ({
        memberId: e.memberId!,
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
      excluded: own
        .filter((e) => shown.has(e.memberId!) && !areCompatible(e.unit, item.unit))
        .map((e) => ({
          memberId: e.memberId!,
          memberName: names.get(e.memberId!) ?? '',
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
