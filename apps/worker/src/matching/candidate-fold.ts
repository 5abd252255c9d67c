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

/**
 * A supplier's capacity lines as a summary stores them: one flat array, `LINE_WIDTH` values per line —
 * product code, quantity, unit, period, lead time, member (null for the group's own line). Flat, so
 * that parsing thousands of suppliers' lines makes one array each instead of one per line.
 */
export type LineFields = readonly (string | number | null)[];
export const LINE_WIDTH = 6;
const CODE = 0;
const QUANTITY = 1;
const UNIT = 2;
const PERIOD = 3;
const LEAD_TIME = 4;
const MEMBER = 5;

/** A supplier as folding reads it: where it is, its lines of the chapter, its certificates by holder. */
export interface SupplierLines {
  supplierId: string;
  name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  lines: LineFields;
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
  const folder = new CandidateFolder(need, reservations);
  const holders = new CertificateHolders();
  for (const [supplierId, rows] of bySupplier) {
    const first = rows[0]!;
    holders.reset();
    for (const { memberId, standardCode, validUntil, verification } of certificates.get(supplierId) ?? [])
      holders.add(memberId, { standardCode, validUntil, verification });
    folder.add({
      supplierId,
      name: first.supplier_name,
      country: first.country,
      lat: first.lat,
      lon: first.lon,
      lines: rows.flatMap((l) => [
        l.product_code,
        l.quantity,
        l.unit,
        l.period,
        l.lead_time_days,
        l.member_id ?? null,
      ]),
      own: holders.own,
      byMember: holders.members,
    });
  }
  return folder.done();
}

/**
 * Collects one supplier's certificates by holder, allocating only for holders that have some; `reset`
 * readies it for the next supplier (the lists handed out stay with the candidate that keeps them).
 */
export class CertificateHolders {
  private ownList: HeldCertification[] | undefined;
  private byMember: Map<string, HeldCertification[]> | undefined;

  /** The group's own certificates. */
  get own(): readonly HeldCertification[] {
    return this.ownList ?? NO_CERTIFICATES;
  }

  /** Each member's own certificates, by member id; undefined while no member holds one. */
  get members(): ReadonlyMap<string, readonly HeldCertification[]> | undefined {
    return this.byMember?.size ? this.byMember : undefined;
  }

  reset(): void {
    this.ownList = undefined;
    this.byMember?.clear();
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

/**
 * Folds suppliers one by one into matching candidates; `done` returns them in supplier id order. A
 * supplier may be handed in a reused object: its candidate keeps only its lists of certificates.
 */
export class CandidateFolder {
  private readonly candidates: SupplierCandidate[] = [];
  private readonly approximateLocation = new Set<string>();
  private readonly needCode: string;

  constructor(
    private readonly need: SourcingNeedForMatching,
    private readonly reservations: Reservations = new Map(),
  ) {
    this.needCode = normaliseHsCode(need.productCode);
  }

  add(s: SupplierLines): void {
    const { need } = this;
    let location: LatLon | undefined =
      s.lat !== null && s.lon !== null ? { lat: s.lat, lon: s.lon } : undefined;
    if (!location) {
      location = countryCentroid(s.country) ?? need.deliveryPlace;
      this.approximateLocation.add(s.supplierId);
    }
    // Every property written out: a spread would make a slower dictionary-mode object per candidate.
    const { capacity, leadTimeDays, units } = foldCapacity(this.needCode, need, s, this.reservations);
    this.candidates.push({
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

  done(): CandidateSet {
    // Stable input order keeps ties and coalition searches reproducible.
    this.candidates.sort((a, b) => (a.supplierId < b.supplierId ? -1 : 1));
    return { candidates: this.candidates, approximateLocation: this.approximateLocation };
  }
}

/** The distinct product codes of the lines, in the lines' order. */
function productCodes(lines: LineFields): string[] {
  const codes: string[] = [];
  for (let i = CODE; i < lines.length; i += LINE_WIDTH) {
    const code = lines[i] as string;
    if (!codes.includes(code)) codes.push(code);
  }
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
  for (let i = CODE; i < lines.length; i += LINE_WIDTH)
    best = Math.max(best, sharedHsLevel(needCode, lines[i] as string));
  let quantity = 0;
  let leadTimeDays = 0;
  // Built here and only here, so adding to a unit in place is safe; a handful per supplier.
  let units: SupplyingUnit[] | undefined;
  for (let i = 0; i < lines.length; i += LINE_WIDTH) {
    const unit = lines[i + UNIT] as string;
    if (
      sharedHsLevel(needCode, lines[i + CODE] as string) !== best ||
      !isUnit(unit) ||
      !areCompatible(unit, need.unit)
    )
      continue;
    const converted = convertRate(
      { quantity: Number(lines[i + QUANTITY]), unit, period: lines[i + PERIOD] as Period },
      need.unit,
      need.period,
    );
    quantity += converted;
    const memberId = lines[i + MEMBER] as string | null;
    const supplying = units && unitOf(units, memberId);
    if (supplying) supplying.quantity += converted;
    else {
      const added = { memberId, quantity: converted, certifications: memberCertificates(byMember, memberId) };
      // Made with its first unit: an empty array grows to room for 17 at its first push.
      if (units) units.push(added);
      else units = [added];
    }
    leadTimeDays = Math.max(leadTimeDays, (lines[i + LEAD_TIME] as number | null) ?? 0);
  }
  if (!units) {
    // Nothing comparable: hand over the first of its closest lines as it is, so matching explains the
    // unit mismatch, and the units behind those lines at quantity 0, so their certificates still count.
    const closest: number[] = [];
    for (let i = 0; i < lines.length; i += LINE_WIDTH)
      if (sharedHsLevel(needCode, lines[i + CODE] as string) === best) closest.push(i);
    const first = closest[0]!;
    const memberIds = [...new Set(closest.map((i) => lines[i + MEMBER] as string | null))];
    return {
      capacity: {
        quantity: Number(lines[first + QUANTITY]),
        unit: lines[first + UNIT] as Unit,
        period: lines[first + PERIOD] as Period,
      },
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
  lines: LineFields,
  best: number,
  units: SupplyingUnit[],
  reservations: Reservations,
): number | undefined {
  const reservedByUnit = new Map<string | null, Map<string, number>>();
  const seen = new Set<string>();
  for (let i = 0; i < lines.length; i += LINE_WIDTH) {
    const productCode = lines[i + CODE] as string;
    const unit = lines[i + UNIT] as string;
    const memberId = lines[i + MEMBER] as string | null;
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
