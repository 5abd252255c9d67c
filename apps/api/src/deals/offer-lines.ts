import {
  type HeldCertification,
  type LedgerMonth,
  type OrganisationViewer,
  MATCHING_CONFIG,
  type PreparedRequirement,
  type Requirement,
  areCompatible,
  availableThroughout,
  convertRate,
  deliveryMonths,
  isUnit,
  isUnitLevel,
  monthlyDraw,
  normaliseHsCode,
  prepareRequirements,
  sharedHsLevel,
  unitCertificate,
} from '@linkage/domain';
import {
  CapacityEntry,
  Certification,
  GroupMember,
  type LedgerEntry,
  NeedRequirement,
  Organisation,
  type SourcingNeed,
  loadStandardsRegistry,
  reservedByLine,
  toLedgerEntry,
} from '@linkage/db';
import { type EntityManager } from 'typeorm';
import { todayUtc } from '../certifications/certification-view.js';
import { isVisibleMember } from '../members/member-visibility.js';

/** A capacity line a group may put behind an offer on a need, with what it has left for the need's months. */
export interface OfferLine extends LedgerEntry {
  /** The least it has available over the need's delivery months, in the need's unit and period. */
  available: number;
  reservedByMonth: ReadonlyMap<LedgerMonth, number>;
  /** The member enterprise's name, or the group's for its own lines. */
  producerName: string;
}

/** The need's rate as the monthly quantity it takes from a line, and back. */
export const needRateIn = (need: SourcingNeed, quantity: number, line: LedgerEntry) =>
  monthlyDraw({ quantity, unit: need.unit, period: need.period }, line.unit);
export const lineRateIn = (need: SourcingNeed, monthly: number, line: LedgerEntry) =>
  convertRate({ quantity: monthly, unit: line.unit, period: 'MONTH' }, need.unit, need.period);

/**
 * The group's lines that can back an offer on the need: offerable (`countsTowardsOffer`), of its
 * closest products to the need's (the HS level matching ranks it on), in a unit comparable with
 * the need's, and held by a unit (member, or the group for its own lines) that meets every
 * unit-level requirement the need insists on now (EACH_SUPPLIER, GROUP_COVERS; through the
 * domain's `unitCertificate`, so whose certificate counts is decided where matching decides it).
 */
export async function offerLines(
  em: EntityManager,
  need: SourcingNeed,
  groupId: string,
  viewer: OrganisationViewer,
): Promise<OfferLine[]> {
  const needCode = normaliseHsCode(need.productCode);
  const entries = (await em.findBy(CapacityEntry, { organisationId: groupId, offerable: true })).filter(
    (e) => isUnit(e.unit) && areCompatible(e.unit, need.unit) && sharedHsLevel(needCode, e.productCode) > 0,
  );
  const best = Math.max(0, ...entries.map((e) => sharedHsLevel(needCode, e.productCode)));
  const closest = entries.filter((e) => sharedHsLevel(needCode, e.productCode) === best);
  const compliant = await compliantUnits(em, need, groupId);
  const months = deliveryMonths(need);
  const lines = closest.filter((e) => compliant(e.memberId)).map(toLedgerEntry);
  const reserved = await reservedByLine(
    em,
    lines.map((l) => l.id),
    months,
  );
  const names = await producerNames(em, groupId, viewer);
  return lines.map((line) => {
    const reservedByMonth = reserved.get(line.id) ?? new Map<LedgerMonth, number>();
    return {
      ...line,
      reservedByMonth,
      producerName: names(line.memberId),
      available: lineRateIn(need, availableThroughout(line, months, reservedByMonth), line),
    };
  });
}

/**
 * Names of the group's producers as `viewer` may see them: each member enterprise by its legal name
 * when the visibility rule admits it (`isVisibleMember`; the group's own people see all), otherwise
 * unnamed; the group's own lines by the group's name.
 */
export async function producerNames(em: EntityManager, groupId: string, viewer: OrganisationViewer) {
  const members = await em.find(GroupMember, {
    where: { groupId },
    relations: { memberOrganisation: true, group: true },
  });
  const group = members[0]?.group ?? (await em.findOneByOrFail(Organisation, { id: groupId }));
  const byId = new Map(
    members.map((m) => [
      m.id,
      isVisibleMember(m, viewer) ? m.memberOrganisation!.legalName : 'A member enterprise',
    ]),
  );
  return (memberId: string | null) =>
    memberId === null ? group.legalName : (byId.get(memberId) ?? 'A former member');
}

/** Whether a unit of the group (a member id, or null for the group itself) meets the need's unit-level must-hold-now requirements today. */
async function compliantUnits(em: EntityManager, need: SourcingNeed, groupId: string) {
  const requirements: Requirement[] = (await em.findBy(NeedRequirement, { needId: need.id })).map((r) => ({
    standardCode: r.standardCode,
    level: r.level,
    mustHoldNow: r.mustHoldNow,
    ...(r.obtainBy ? { obtainBy: r.obtainBy } : {}),
  }));
  const strict: PreparedRequirement[] = prepareRequirements(
    requirements,
    await loadStandardsRegistry(em),
  ).filter((p) => isUnitLevel(p) && p.requirement.mustHoldNow);
  if (strict.length === 0) return () => true;
  const certificates = await em.find(Certification, {
    where: { organisationId: groupId },
    relations: { standard: true },
  });
  const held = (c: Certification): HeldCertification => ({
    standardCode: c.standard!.code,
    validUntil: c.validUntil,
    verification: c.verification,
  });
  const own = certificates.filter((c) => c.memberId === null).map(held);
  const today = todayUtc();
  const lastDelivery = need.endDate ?? need.startDate;
  return (memberId: string | null) => {
    const unit = {
      memberId,
      quantity: 0,
      certifications: certificates.filter((c) => memberId !== null && c.memberId === memberId).map(held),
    };
    return strict.every((p) => {
      const cert = unitCertificate(p, unit, own, lastDelivery, MATCHING_CONFIG.verificationCredit);
      return cert !== undefined && cert.validUntil >= today;
    });
  };
}
