import {
  type HeldCertification,
  type LatLon,
  type Period,
  type SourcingNeedForMatching,
  type SupplierCandidate,
  type SupplyingUnit,
  type Unit,
  areCompatible,
  availableAfterReservations,
  convertRate,
  isUnit,
  normaliseHsCode,
  sharedHsLevel,
} from '@linkage/domain';
import { countryCentroid } from './country-centroids.js';

export interface CandidateSet {
  candidates: SupplierCandidate[];
  /** Suppliers whose location is a country centroid (no coordinates recorded). */
  approximateLocation: Set<string>;
}

/** One certificate as candidate generation reads it: its holder is the group (member null) or one member. */
export interface CertificateRow extends HeldCertification {
  memberId: string | null;
}

/** One capacity line with its supplier's country and coordinates, as a flat query returns it. */
export interface LineRow {
  supplier_id: string;
  supplier_name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  product_code: string;
  /** numeric(18,4): text from a flat row, a number from json; read with Number() either way. */
  quantity: string | number;
  unit: string;
  period: Period;
  lead_time_days: number | null;
  /** The group member whose line it is; null or absent for the group's own line. */
  member_id?: string | null;
}

/** One capacity line as a supplier summary stores it: product code, quantity, unit, period, lead time, member. */
export type LineTuple = readonly [
  productCode: string,
  quantity: number | string,
  unit: string,
  period: Period,
  leadTimeDays: number | null,
  memberId: string | null,
];

/** A supplier as folding reads it: where it is, its lines of the chapter, its certificates by holder. */
export interface SupplierLines {
  supplierId: string;
  name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  lines: readonly LineTuple[];
  /** The group's own certificates. */
  own: readonly HeldCertification[];
  /** Each member's own certificates, by member id; undefined when no member holds one. */
  byMember: ReadonlyMap<string, readonly HeldCertification[]> | undefined;
}

/** Shared by every holder without certificates: most suppliers, so none allocates its own empty list. */
const NO_CERTIFICATES: readonly HeldCertification[] = [];

/** Reserved quantity per month (line unit), by `lineKey`. */
export type Reservations = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** A capacity line's identity as reservations are keyed: supplier, member, product, unit. */
export const lineKey = (
  supplierId: string,
  memberId: string | null | undefined,
  productCode: string,
  unit: string,
) => `${supplierId}|${memberId ?? ''}|${productCode.trim()}|${unit}`;

/**
 * Folds each supplier's lines and certificates into one matching candidate with its supplying units:
 * the flat form (one row per line, one per certificate) that a load-everything scan reads.
 */
export function buildCandidates(
  need: SourcingNeedForMatching,
  bySupplier: ReadonlyMap<string, readonly LineRow[]>,
  certificates: ReadonlyMap<string, readonly CertificateRow[]>,
  reservations: Reservations = new Map(),
): CandidateSet {
  const suppliers: SupplierLines[] = [];
  for (const [supplierId, rows] of bySupplier) {
    const first = rows[0]!;
    const holders = new CertificateHolders();
    for (const { memberId, standardCode, validUntil, verification } of certificates.get(supplierId) ?? [])
      holders.add(memberId, { standardCode, validUntil, verification });
    suppliers.push({
      supplierId,
      name: first.supplier_name,
      country: first.country,
      lat: first.lat,
      lon: first.lon,
      lines: rows.map((l): LineTuple => [
        l.product_code,
        l.quantity,
        l.unit,
        l.period,
        l.lead_time_days,
        l.member_id ?? null,
      ]),
      own: holders.own,
      byMember: holders.byMember,
    });
  }
  return foldCandidates(need, suppliers, reservations);
}

/** Collects one supplier's certificates by holder, allocating only for holders that have some. */
export class CertificateHolders {
  private ownList: HeldCertification[] | undefined;
  /** Each member's own certificates, by member id; undefined while no member holds one. */
  byMember: Map<string, HeldCertification[]> | undefined;

  /** The group's own certificates. */
  get own(): readonly HeldCertification[] {
    return this.ownList ?? NO_CERTIFICATES;
  }

  /** Files one certificate under its holder: the group (member null) or the member. */
  add(memberId: string | null, certificate: HeldCertification): void {
    if (memberId === null) (this.ownList ??= []).push(certificate);
    else {
      this.byMember ??= new Map();
      const list = this.byMember.get(memberId);
      if (list) list.push(certificate);
      else this.byMember.set(memberId, [certificate]);
    }
  }
}

/** One matching candidate per supplier, in supplier id order. */
export function foldCandidates(
  need: SourcingNeedForMatching,
  suppliers: readonly SupplierLines[],
  reservations: Reservations = new Map(),
): CandidateSet {
  const approximateLocation = new Set<string>();
  const candidates: SupplierCandidate[] = [];
  const needCode = normaliseHsCode(need.productCode);
  for (const s of suppliers) {
    let location: LatLon | undefined =
      s.lat !== null && s.lon !== null ? { lat: s.lat, lon: s.lon } : undefined;
    if (!location) {
      location = countryCentroid(s.country) ?? need.deliveryPlace;
      approximateLocation.add(s.supplierId);
    }
    // Every property written out: a spread would make a slower dictionary-mode object per candidate.
    const { capacity, leadTimeDays, units } = foldCapacity(needCode, need, s, reservations);
    candidates.push({
      supplierId: s.supplierId,
      name: s.name,
      country: s.country.trim(),
      location,
      productCodes: productCodes(s.lines),
      capacity,
      leadTimeDays,
      units,
      certifications: s.own,
    });
  }
  // Stable input order keeps ties and coalition searches reproducible.
  candidates.sort((a, b) => (a.supplierId < b.supplierId ? -1 : 1));
  return { candidates, approximateLocation };
}

/** The distinct product codes of the lines, in the lines' order. */
function productCodes(lines: readonly LineTuple[]): string[] {
  const codes: string[] = [];
  for (const [code] of lines) if (!codes.includes(code)) codes.push(code);
  return codes;
}

/**
 * A supplier's capacity for the need: the sum of its lines at its best HS level (its closest
 * products), in the need's unit and period, and the same split into supplying units (each member,
 * and the group's own lines) with the members' certificates; lines in units that cannot be compared
 * are left out. Lead time is the slowest of those lines (unknown counts as none). It runs for every
 * candidate, so it allocates only what the candidate keeps.
 */
function foldCapacity(
  needCode: string,
  need: SourcingNeedForMatching,
  { supplierId, lines, byMember }: SupplierLines,
  reservations: Reservations,
): Pick<SupplierCandidate, 'capacity' | 'leadTimeDays' | 'units'> {
  let best = 0;
  for (const line of lines) best = Math.max(best, sharedHsLevel(needCode, line[0]));
  let quantity = 0;
  let leadTimeDays = 0;
  // Built here and only here, so adding to a unit in place is safe; a handful per supplier.
  const units: SupplyingUnit[] = [];
  for (const [code, lineQuantity, unit, period, lead, memberId] of lines) {
    if (sharedHsLevel(needCode, code) !== best || !isUnit(unit) || !areCompatible(unit, need.unit)) continue;
    const converted = convertRate({ quantity: Number(lineQuantity), unit, period }, need.unit, need.period);
    quantity += converted;
    const supplying = unitOf(units, memberId);
    if (supplying) supplying.quantity += converted;
    else
      units.push({ memberId, quantity: converted, certifications: memberCertificates(byMember, memberId) });
    leadTimeDays = Math.max(leadTimeDays, lead ?? 0);
  }
  if (units.length === 0) {
    // Nothing comparable: hand over the first of its closest lines as it is, so matching explains the
    // unit mismatch, and the units behind those lines at quantity 0, so their certificates still count.
    const closest = lines.filter(([code]) => sharedHsLevel(needCode, code) === best);
    const [, lineQuantity, unit, period] = closest[0]!;
    const memberIds = [...new Set(closest.map((line) => line[5]))];
    return {
      capacity: { quantity: Number(lineQuantity), unit: unit as Unit, period },
      leadTimeDays: 0,
      units: memberIds.map((memberId) => ({
        memberId,
        quantity: 0,
        certifications: memberCertificates(byMember, memberId),
      })),
    };
  }
  if (reservations.size > 0)
    quantity = subtractReservations(need, needCode, supplierId, lines, best, units, reservations) ?? quantity;
  return { capacity: { quantity, unit: need.unit, period: need.period }, leadTimeDays, units };
}

function unitOf(units: SupplyingUnit[], memberId: string | null): SupplyingUnit | undefined {
  for (const unit of units) if (unit.memberId === memberId) return unit;
  return undefined;
}

/** A supplying unit's own certificates: none for the group's own lines (its certificates are the supplier's). */
const memberCertificates = (
  byMember: SupplierLines['byMember'],
  memberId: string | null,
): readonly HeldCertification[] =>
  (memberId === null ? undefined : byMember?.get(memberId)) ?? NO_CERTIFICATES;

/**
 * Takes what awards reserve off each unit's capacity (`availableAfterReservations`, in the need's
 * unit and period) and returns the supplier's new total, or undefined when none of its lines is
 * reserved.
 */
function subtractReservations(
  need: SourcingNeedForMatching,
  needCode: string,
  supplierId: string,
  lines: readonly LineTuple[],
  best: number,
  units: SupplyingUnit[],
  reservations: Reservations,
): number | undefined {
  const reservedByUnit = new Map<string | null, Map<string, number>>();
  const seen = new Set<string>();
  for (const [productCode, , unit, , , memberId] of lines) {
    const key = lineKey(supplierId, memberId, productCode, unit);
    const reserved = reservations.get(key);
    if (!reserved || seen.has(key) || sharedHsLevel(needCode, productCode) !== best || !isUnit(unit))
      continue;
    if (!areCompatible(unit, need.unit)) continue;
    seen.add(key);
    const byMonth = reservedByUnit.get(memberId) ?? new Map<string, number>();
    for (const [month, q] of reserved)
      byMonth.set(
        month,
        (byMonth.get(month) ?? 0) +
          convertRate({ quantity: q, unit, period: 'MONTH' }, need.unit, need.period),
      );
    reservedByUnit.set(memberId, byMonth);
  }
  if (reservedByUnit.size === 0) return undefined;
  let total = 0;
  for (const unit of units) {
    const reserved = reservedByUnit.get(unit.memberId);
    if (reserved) unit.quantity = availableAfterReservations(unit.quantity, reserved.values());
    total += unit.quantity;
  }
  return total;
}
