import { type CapacityEntryView } from '@linkage/contracts';
import { type CapacityEntry } from '@linkage/db';
import { countsTowardsOffer } from '@linkage/domain';

/** `e.member` must be loaded for a member's line: whether it counts depends on the member's status. */
export const toCapacityEntryView = (e: CapacityEntry): CapacityEntryView => ({
  id: e.id,
  organisationId: e.organisationId,
  productCode: e.productCode,
  productLabel: e.productLabel,
  quantity: e.quantity,
  unit: e.unit,
  period: e.period,
  leadTimeDays: e.leadTimeDays,
  memberId: e.memberId,
  committed: e.committed,
  offered: countsTowardsOffer({
    memberId: e.memberId,
    memberStatus: e.member?.status ?? null,
    committed: e.committed,
  }),
  availableMonths: e.availableMonths,
  version: e.version,
  createdAt: e.createdAt.toISOString(),
});
