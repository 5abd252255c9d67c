import { type CapacityEntryView } from '@linkage/contracts';
import { type CapacityEntry } from '@linkage/db';

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
  // The domain's countsTowardsOffer, as the database keeps it on the line (OfferableLines migration).
  offered: e.offerable,
  availableMonths: e.availableMonths,
  version: e.version,
  createdAt: e.createdAt.toISOString(),
});
