import { type HeldCertification } from '../compliance/held-certification.js';
import { type MemberShare } from '../coalition/member-shares.js';
import { CONTRIBUTING_MEMBER_STATUSES, type GroupMemberStatus } from '../vocabulary/producer-group.js';
import { type PreparedRequirement, bestCertificate } from './requirement-check.js';
import { type SupplierCandidate, type SupplyingUnit } from './types.js';

/**
 * DESIGN §2 "Offerable capacity": what a producer group can put behind a need. This module is its one
 * definition; matching (and the SQL that feeds it), the catalogue, the profile totals and the search
 * documents all read it.
 *
 * A capacity line counts only when it is committed to the group (aggregation needs commitment) and,
 * for a member's line, while the member is ACTIVE: a suspended or departed member's promise backs no
 * offer. For a need, a line counts further only if its unit (the member, or the group for its own
 * lines) meets the need's unit-level requirements (EACH_SUPPLIER, GROUP_COVERS). The database keeps
 * `countsTowardsOffer` on each line as `capacity_entries.offerable` (OfferableLines migration) for the
 * SQL that needs it.
 */

/** A capacity line as the offer rule reads it; `memberStatus` is null for the group's own lines. */
export interface OfferLine {
  memberId: string | null;
  memberStatus: GroupMemberStatus | null;
  committed: boolean;
}

/** The offer rule: committed, and for a member's line, the member contributing (ACTIVE). */
export function countsTowardsOffer(line: OfferLine): boolean {
  if (!line.committed) return false;
  return (
    line.memberId === null ||
    (line.memberStatus !== null && CONTRIBUTING_MEMBER_STATUSES.includes(line.memberStatus))
  );
}

/** Requirement levels checked unit by unit; ANY_SUPPLIER is met by the coalition as a whole. */
export const isUnitLevel = (p: PreparedRequirement): boolean => p.requirement.level !== 'ANY_SUPPLIER';

/**
 * The certificate through which one unit meets a unit-level requirement: GROUP_COVERS takes only a
 * group certificate of a scheme that covers members; EACH_SUPPLIER also takes the unit's own (for the
 * group's own lines, any of the group's certificates is its own).
 */
export function unitCertificate(
  p: PreparedRequirement,
  unit: SupplyingUnit,
  supplierCertificates: readonly HeldCertification[],
  lastDelivery: string,
  credit: Readonly<Record<HeldCertification['verification'], number>>,
): HeldCertification | undefined {
  if (p.requirement.level === 'GROUP_COVERS')
    return bestCertificate(p, [], supplierCertificates, lastDelivery, credit);
  if (unit.memberId === null)
    return bestCertificate(p, supplierCertificates, undefined, lastDelivery, credit);
  return bestCertificate(p, unit.certifications, supplierCertificates, lastDelivery, credit);
}

/** How one unit-level requirement stands across a supplier's units. */
export interface RequirementStanding {
  standardCode: string;
  /** Units holding it with a certificate valid today, and their capacity. */
  holders: number;
  heldQuantity: number;
  /**
   * The weakest of the certificates through which the qualifying units hold it (the first to lapse,
   * least trusted): what the whole offer can count on. Absent when no unit qualifies.
   */
  weakest?: HeldCertification;
  /** The longest-valid certificate any unit has (possibly expired): the gap's starting point when no unit qualifies. */
  best?: HeldCertification;
}

export interface OfferableCapacity {
  /** Every committed capacity line that counts towards an offer, compliant or not. */
  recorded: number;
  units: number;
  /** Units meeting every unit-level requirement with certificates valid today. */
  qualifyingUnits: number;
  /** Their capacity: what the supplier can offer for the need. */
  quantity: number;
  /** Of it, the capacity whose certificates stay valid through the last delivery (what a coalition counts on). */
  throughLastDelivery: number;
  /** The units behind `throughLastDelivery`, so a coalition share splits over exactly them. */
  backing: MemberShare[];
  /** Parallel to the need's requirements; undefined for ANY_SUPPLIER ones. */
  standings: (RequirementStanding | undefined)[];
  /**
   * Parallel to the need's requirements; for an ANY_SUPPLIER one, the best certificate through which
   * the supplier holds it itself — its own, or a supplying member's (a member whose capacity is not
   * used is not part of the offer) — or undefined.
   */
  anyHeld: (HeldCertification | undefined)[];
  /** As `anyHeld`, counting only units that stay compliant through the last delivery (for coalitions). */
  anyHeldThrough: (HeldCertification | undefined)[];
}

/**
 * What a supplier can offer for a need: the capacity of the units that meet all unit-level
 * requirements today, and of those, through the last delivery; and which ANY_SUPPLIER standards it
 * holds itself. `recordedQuantity` is the candidate's capacity in the need's unit (used when the
 * candidate lists no units: it is then one unit, its own production).
 */
export function offerableCapacity(
  c: SupplierCandidate,
  recordedQuantity: number,
  requirements: readonly PreparedRequirement[],
  today: string,
  lastDelivery: string,
  credit: Readonly<Record<HeldCertification['verification'], number>>,
): OfferableCapacity {
  const units = c.units ?? [{ memberId: null, quantity: recordedQuantity, certifications: [] }];
  // Matching calls this for every candidate, so it allocates only what it returns, at its size.
  const standings: (RequirementStanding | undefined)[] = new Array(requirements.length);
  const anyHeld: (HeldCertification | undefined)[] = new Array(requirements.length);
  const anyHeldThrough: (HeldCertification | undefined)[] = new Array(requirements.length);
  for (let r = 0; r < requirements.length; r++) {
    const p = requirements[r]!;
    const cert = isUnitLevel(p)
      ? undefined
      : bestCertificate(p, c.certifications, undefined, lastDelivery, credit);
    standings[r] = isUnitLevel(p)
      ? {
          standardCode: p.requirement.standardCode,
          holders: 0,
          heldQuantity: 0,
          weakest: undefined,
          best: undefined,
        }
      : undefined;
    anyHeld[r] = cert;
    anyHeldThrough[r] = cert && cert.validUntil >= lastDelivery ? cert : undefined;
  }
  let recorded = 0;
  let qualifyingUnits = 0;
  let quantity = 0;
  let through = 0;
  // Made with its first share: an empty array grows to room for 17 at its first push.
  let backing: MemberShare[] | undefined;
  const certs = unitCertificates;
  for (const unit of units) {
    recorded += unit.quantity;
    let qualifies = true;
    let lasts = true;
    for (let r = 0; r < requirements.length; r++) {
      const standing = standings[r];
      if (standing === undefined) continue;
      const cert = unitCertificate(requirements[r]!, unit, c.certifications, lastDelivery, credit);
      certs[r] = cert;
      if (cert !== undefined && cert.validUntil >= today) {
        standing.holders++;
        standing.heldQuantity += unit.quantity;
        if (cert.validUntil < lastDelivery) lasts = false;
      } else qualifies = false;
      if (cert !== undefined && later(cert, standing.best)) standing.best = cert;
    }
    if (!qualifies) continue;
    qualifyingUnits++;
    quantity += unit.quantity;
    if (lasts) {
      through += unit.quantity;
      const share = { memberId: unit.memberId, quantity: unit.quantity };
      if (backing) backing.push(share);
      else backing = [share];
    }
    for (let r = 0; r < requirements.length; r++) {
      const standing = standings[r];
      if (standing !== undefined) {
        if (weaker(certs[r]!, standing.weakest, credit)) standing.weakest = certs[r]!;
      } else if (unit.memberId !== null) {
        const own = bestCertificate(requirements[r]!, unit.certifications, undefined, lastDelivery, credit);
        if (own === undefined) continue;
        if (later(own, anyHeld[r])) anyHeld[r] = own;
        if (lasts && own.validUntil >= lastDelivery && later(own, anyHeldThrough[r])) anyHeldThrough[r] = own;
      }
    }
  }
  return {
    recorded,
    units: units.length,
    qualifyingUnits,
    quantity,
    throughLastDelivery: through,
    backing: backing ?? [],
    standings,
    anyHeld,
    anyHeldThrough,
  };
}

/** Each unit's certificate per requirement while offerableCapacity looks at it (scratch, never returned). */
const unitCertificates: (HeldCertification | undefined)[] = [];

const later = (cert: HeldCertification, than: HeldCertification | undefined) =>
  than === undefined || cert.validUntil > than.validUntil;

/** Whether `cert` is a weaker link than `than`: it lapses first, or as late but is less trusted. */
function weaker(
  cert: HeldCertification,
  than: HeldCertification | undefined,
  credit: Readonly<Record<HeldCertification['verification'], number>>,
): boolean {
  if (than === undefined) return true;
  if (cert.validUntil !== than.validUntil) return cert.validUntil < than.validUntil;
  return credit[cert.verification] < credit[than.verification];
}
