import {
  type HeldCertification,
  type HolderRequirement,
  type LatLon,
  type Period,
  type SourcingNeedForMatching,
  type StandardDefinition,
  type SupplierCandidate,
  type SupplyingUnit,
  type Unit,
  type VerificationLevel,
  type VisibilityTier,
  areCompatible,
  availableAfterReservations,
  convertRate,
  deliveryMonths,
  holderRequirement,
  hsChapter,
  isUnit,
  normaliseHsCode,
  prepareRequirements,
  sharedHsLevel,
} from '@linkage/domain';
import { countryCentroid } from '@linkage/worker/dist/matching/country-centroids.js';

/** Runs SQL; a TypeORM DataSource, EntityManager or QueryRunner all fit. */
export interface SqlRunner {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}

export interface CandidateSet {
  candidates: SupplierCandidate[];
  /** Suppliers whose location is a country centroid (no coordinates recorded). */
  approximateLocation: Set<string>;
}

/** What candidate generation needs besides the need: the registry to resolve standards, and who the buyer may see. */
export interface CandidateScope {
  registry: readonly StandardDefinition[];
  /** Visibility tiers of the groups the need's lead firm may see; no other group is a candidate. */
  visibleTiers: readonly VisibilityTier[];
}

/** One certificate as candidate generation reads it: its holder is the group (member null) or one member. */
export interface CertificateRow extends HeldCertification {
  memberId: string | null;
}

/** One capacity line with its supplier's country and coordinates, as candidate generation reads it. */
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
 * One candidate supplier as the candidate query returns it. Lines and certificates arrive as one
 * json value each: node-postgres parses json with JSON.parse, far faster than one row per line
 * (or array columns, which it parses element by element).
 */
interface SupplierRow {
  supplier_id: string;
  supplier_name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  /** [product_code, quantity, unit, period, lead_time_days, member_id] for each line that counts. */
  lines: [string, number, string, Period, number | null, string | null][];
  /** [standard code, valid until YYYY-MM-DD, verification, member id] per certificate of an accepted standard (the group's, member null, and its members'); null when none. */
  certificates: [string, string, VerificationLevel, string | null][] | null;
}

/**
 * Candidate generation in PostgreSQL, one round trip once the standards are resolved: the offerable
 * capacity lines of the need's HS chapter (`ix_capacity_entries_product_prefix` covers them, so the
 * scan is index-only) of suppliers the lead firm may see that could meet each standard the need
 * insists on, grouped into one row per supplier; only then is each survivor's organisation looked up
 * (kind, tier, countries, distance box) and its certificates of the standards the need accepts
 * attached — the group's and its members'. TypeScript folds each row into a matching candidate.
 *
 * The filters drop only suppliers that matching would exclude (so the eligible and conditional
 * ranking is the same as over every supplier); `loadNearMisses` reads the excluded ones back.
 */
export async function loadCandidates(
  db: SqlRunner,
  need: SourcingNeedForMatching,
  today: string,
  scope: CandidateScope,
): Promise<CandidateSet> {
  const prepared = prepareRequirements(need.requirements, scope.registry);
  const filters = prepared.flatMap((p) => holderRequirement(p, need, today) ?? []);
  const { standardIds, relevant } = await acceptedStandardIds(db, need, scope.registry);
  const { sql, params } = candidateQuery(need, scope, { filters, standardIds, relevant });
  const rows = await db.query<SupplierRow[]>(sql, params);
  return buildCandidates(need, ...unpack(rows), await loadReservations(db, need));
}

/**
 * What awards reserve, in the need's delivery months, of the offerable lines of its HS chapter: by
 * supplier, member, product and unit (the line's identity as candidate rows carry it), per month,
 * in the line's unit. Matching ranks on capacity still available (decision 0010): a member fully
 * reserved for March does not look free in March to the next buyer. Few rows: only reserved lines.
 */
async function loadReservations(db: SqlRunner, need: SourcingNeedForMatching): Promise<Reservations> {
  const rows = await db.query<ReservationRow[]>(
    `SELECT c.organisation_id, c.member_id, c.product_code, c.unit, r.month, sum(r.quantity)::float8 AS reserved
       FROM capacity_reservations r JOIN capacity_entries c ON c.id = r.capacity_entry_id
      WHERE r.released_at IS NULL AND r.month = ANY($1::char(7)[])
        AND c.product_code LIKE $2 AND c.offerable
      GROUP BY c.organisation_id, c.member_id, c.product_code, c.unit, r.month`,
    [deliveryMonths(need), `${hsChapter(need.productCode)}%`],
  );
  const reservations = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const key = lineKey(r.organisation_id, r.member_id, r.product_code, r.unit);
    const byMonth = reservations.get(key) ?? new Map<string, number>();
    byMonth.set(r.month, r.reserved);
    reservations.set(key, byMonth);
  }
  return reservations;
}

interface ReservationRow {
  organisation_id: string;
  member_id: string | null;
  product_code: string;
  unit: string;
  month: string;
  reserved: number;
}

/** Reserved quantity per month (line unit), by `lineKey`. */
export type Reservations = ReadonlyMap<string, ReadonlyMap<string, number>>;

const lineKey = (
  supplierId: string,
  memberId: string | null | undefined,
  productCode: string,
  unit: string,
) => `${supplierId}|${memberId ?? ''}|${productCode.trim()}|${unit}`;

/**
 * Suppliers of the need's product family that candidate generation leaves out (a standard the need
 * insists on, countries, the distance box), for the "why not": the `limit` nearest to the delivery
 * place, exact product first. Matching then gives each its reasons.
 */
export async function loadNearMisses(
  db: SqlRunner,
  need: SourcingNeedForMatching,
  scope: CandidateScope,
  candidateIds: readonly string[],
  limit: number,
): Promise<CandidateSet> {
  const { standardIds, relevant } = await acceptedStandardIds(db, need, scope.registry);
  const { sql, params } = candidateQuery(need, scope, {
    filters: [],
    standardIds,
    relevant,
    nearMisses: { candidateIds, limit },
  });
  const rows = await db.query<SupplierRow[]>(sql, params);
  return buildCandidates(need, ...unpack(rows));
}

/** Ids of the standards whose certificates can meet the need's requirements. */
async function acceptedStandardIds(
  db: SqlRunner,
  need: SourcingNeedForMatching,
  registry: readonly StandardDefinition[],
) {
  // Matching reads a supplier's certificates only to meet the need's requirements (the domain's
  // bestCertificate looks at accepted codes alone), so no other certificate is fetched.
  const relevant = prepareRequirements(need.requirements, registry).flatMap((p) => [...p.acceptedCodes]);
  return { standardIds: await resolveStandardIds(db, relevant), relevant };
}

/**
 * Standard ids by code, so that the candidate query compares ids: with the ids as parameters
 * PostgreSQL estimates the holders of a standard exactly and plans the chapter scan accordingly.
 */
async function resolveStandardIds(db: SqlRunner, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db.query<{ id: string; code: string }[]>(
    `SELECT id, code FROM standards WHERE code = ANY($1::text[])`,
    [[...new Set(codes)]],
  );
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** Appends a query parameter and returns its placeholder. */
type Param = (value: unknown) => string;

interface QueryParts {
  filters: readonly HolderRequirement[];
  standardIds: ReadonlyMap<string, string>;
  relevant: readonly string[];
  /** The near-miss variant: suppliers of the family not among the candidates, nearest first. */
  nearMisses?: { candidateIds: readonly string[]; limit: number };
}

/**
 * The candidate query: chapter lines grouped into one row per supplier (`grouped`), the survivors'
 * organisations (`suppliers`), then their certificates of the accepted standards (`held`).
 */
function candidateQuery(
  need: SourcingNeedForMatching,
  scope: CandidateScope,
  { filters, standardIds, relevant, nearMisses }: QueryParts,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param: Param = (value) => `$${params.push(value)}`;
  const lineWhere = lineConditions(need, filters, standardIds, param);
  const organisationWhere = [
    `o.kind = 'PRODUCER_GROUP'`,
    // A lead firm never learns that a group it may not see exists (decision 0007).
    `o.visibility = ANY(${param(scope.visibleTiers)}::text[])`,
    ...(nearMisses ? [] : organisationFilters(need, param)),
  ];
  if (nearMisses) {
    lineWhere.push(`NOT (c.organisation_id = ANY(${param(nearMisses.candidateIds)}::uuid[]))`);
  } else if (organisationWhere.length > 2)
    // Countries or a distance box keep out most organisations: drop their lines before grouping.
    lineWhere.push(
      `c.organisation_id IN (SELECT o.id FROM organisations o WHERE ${organisationWhere.join(' AND ')})`,
    );
  const certificateIds = [...new Set(relevant.flatMap((code) => standardIds.get(code) ?? []))];
  const held = certificateIds.length ? heldCertificates(param(certificateIds)) : undefined;
  const place = need.deliveryPlace;
  const exact = nearMisses
    ? `, bool_or(c.product_code LIKE ${param(`${normaliseHsCode(need.productCode)}%`)}) AS exact`
    : '';
  const sql = `
    WITH grouped AS (
      SELECT c.organisation_id,
             json_agg(json_build_array(c.product_code, c.quantity, c.unit, c.period, c.lead_time_days, c.member_id)) AS lines${exact}
        FROM capacity_entries c
       WHERE ${lineWhere.join(' AND ')}
       GROUP BY c.organisation_id
    ), suppliers AS (
      SELECT o.*, g.lines
        FROM grouped g
       -- One primary-key probe per grouped supplier. OFFSET 0 keeps the subquery a per-row lookup:
       -- joined plainly, PostgreSQL overestimates the groups and hashes all of organisations instead.
       CROSS JOIN LATERAL (
         SELECT o.id AS supplier_id, o.legal_name AS supplier_name, o.country,
                o.latitude::float8 AS lat, o.longitude::float8 AS lon
           FROM organisations o
          WHERE o.id = g.organisation_id AND ${organisationWhere.join(' AND ')}
         OFFSET 0) o
      ${nearMisses ? `ORDER BY g.exact DESC, ${nearestOrder(param(place.lat), param(place.lon))} LIMIT ${param(nearMisses.limit)}` : ''}
    )${held ? `, held AS (${held})` : ''}
    SELECT s.supplier_id, s.supplier_name, s.country, s.lat, s.lon, s.lines,
           ${held ? 'h.certificates' : 'NULL::json AS certificates'}
      FROM suppliers s${held ? ' LEFT JOIN held h ON h.organisation_id = s.supplier_id' : ''}`;
  return { sql, params };
}

/**
 * Nearest to the delivery place first (squared degrees, longitude scaled by latitude; unknown places
 * last): cheap, and a fair proxy for who would score best among those left out.
 */
function nearestOrder(lat: string, lon: string): string {
  return `(o.lat IS NULL), (o.lat - ${lat})^2 + ((o.lon - ${lon}) * cos(radians(${lat}::float8)))^2, o.supplier_id`;
}

/**
 * Which capacity lines count: the need's HS chapter (the prefix index serves the LIKE), lines a
 * group can offer (`countsTowardsOffer`), of suppliers one of whose units holds each standard the
 * need insists on.
 */
function lineConditions(
  need: SourcingNeedForMatching,
  filters: readonly HolderRequirement[],
  standardIds: ReadonlyMap<string, string>,
  param: Param,
): string[] {
  const where = [
    `c.product_code LIKE ${param(`${hsChapter(need.productCode)}%`)}`,
    // The offer rule (`countsTowardsOffer`), as the database keeps it on each line (OfferableLines migration).
    'c.offerable',
  ];
  for (const f of filters) {
    // Distinct ids: a repeated one would double PostgreSQL's estimate of the holders.
    const ids = [...new Set(f.codes.flatMap((code) => standardIds.get(code) ?? []))];
    const valid = f.validOn ? ` AND cert.valid_until >= ${param(f.validOn)}::date` : '';
    const holder = f.groupOnly ? ' AND cert.member_id IS NULL' : '';
    where.push(
      `c.organisation_id IN (SELECT cert.organisation_id FROM certifications cert
                              WHERE cert.standard_id = ANY(${param(ids)}::uuid[])${valid}${holder})`,
    );
  }
  return where;
}

/** The need's own limits on where a supplier is: allowed countries, a distance box. */
function organisationFilters(need: SourcingNeedForMatching, param: Param): string[] {
  const where: string[] = [];
  if (need.allowedCountries?.length)
    where.push(`o.country = ANY(${param(need.allowedCountries)}::char(2)[])`);
  if (need.maxDistanceKm !== undefined)
    where.push(...boundingBox(need.deliveryPlace, need.maxDistanceKm, param));
  return where;
}

/** Each supplier's certificates of the given standards, the group's (member null) and its members', with the registry code. */
function heldCertificates(standardIds: string): string {
  return `
    SELECT cert.organisation_id,
           json_agg(json_build_array(st.code, cert.valid_until, cert.verification, cert.member_id)) AS certificates
      FROM certifications cert JOIN standards st ON st.id = cert.standard_id
     WHERE cert.standard_id = ANY(${standardIds}::uuid[])
       AND cert.organisation_id IN (SELECT supplier_id FROM suppliers)
     GROUP BY cert.organisation_id`;
}

/** A bounding box around the delivery place: a superset of the great-circle limit matching applies. */
function boundingBox(place: LatLon, maxDistanceKm: number, param: Param): string[] {
  const dLat = maxDistanceKm / 110.5;
  const cos = Math.cos((Math.min(89, Math.abs(place.lat) + dLat) * Math.PI) / 180);
  const dLon = cos > 0.01 ? maxDistanceKm / (111.3 * cos) : 180;
  const box = [
    `(o.latitude IS NULL OR o.latitude BETWEEN ${param(place.lat - dLat)} AND ${param(place.lat + dLat)})`,
  ];
  if (dLon < 180)
    box.push(
      `(o.longitude IS NULL OR o.longitude BETWEEN ${param(place.lon - dLon)} AND ${param(place.lon + dLon)})`,
    );
  return box;
}

/**
 * The query's rows as the lines and certificates `buildCandidates` folds. Objects are built with
 * every property written out: spreading the row into each line made them dictionary-mode objects,
 * several times slower to build and to read.
 */
function unpack(
  rows: readonly SupplierRow[],
): [bySupplier: Map<string, LineRow[]>, certificates: Map<string, CertificateRow[]>] {
  const bySupplier = new Map<string, LineRow[]>();
  const certificates = new Map<string, CertificateRow[]>();
  for (const r of rows) {
    const lines = r.lines.map(
      ([product_code, quantity, unit, period, lead_time_days, member_id]): LineRow => ({
        supplier_id: r.supplier_id,
        supplier_name: r.supplier_name,
        country: r.country,
        lat: r.lat,
        lon: r.lon,
        product_code,
        quantity,
        unit,
        period,
        lead_time_days,
        member_id,
      }),
    );
    bySupplier.set(r.supplier_id, lines);
    if (r.certificates)
      certificates.set(
        r.supplier_id,
        r.certificates.map(([standardCode, validUntil, verification, memberId]) => ({
          standardCode,
          validUntil,
          verification,
          memberId,
        })),
      );
  }
  return [bySupplier, certificates];
}

/** Folds each supplier's lines and certificates into one matching candidate with its supplying units. */
export function buildCandidates(
  need: SourcingNeedForMatching,
  bySupplier: ReadonlyMap<string, readonly LineRow[]>,
  certificates: ReadonlyMap<string, readonly CertificateRow[]>,
  reservations: Reservations = new Map(),
): CandidateSet {
  const approximateLocation = new Set<string>();
  const candidates: SupplierCandidate[] = [];
  const needCode = normaliseHsCode(need.productCode);
  for (const [supplierId, lines] of bySupplier) {
    const first = lines[0]!;
    let location: LatLon | undefined =
      first.lat !== null && first.lon !== null ? { lat: first.lat, lon: first.lon } : undefined;
    if (!location) {
      location = countryCentroid(first.country) ?? need.deliveryPlace;
      approximateLocation.add(supplierId);
    }
    const held = certificates.get(supplierId) ?? [];
    const own: HeldCertification[] = [];
    const byMember = new Map<string, HeldCertification[]>();
    for (const { memberId, ...cert } of held) {
      if (memberId === null) own.push(cert);
      else byMember.set(memberId, [...(byMember.get(memberId) ?? []), cert]);
    }
    candidates.push({
      supplierId,
      name: first.supplier_name,
      country: first.country.trim(),
      location,
      productCodes: [...new Set(lines.map((l) => l.product_code))],
      ...foldCapacity(needCode, need, lines, byMember, reservations),
      certifications: own,
    });
  }
  // Stable input order keeps ties and coalition searches reproducible.
  candidates.sort((a, b) => (a.supplierId < b.supplierId ? -1 : 1));
  return { candidates, approximateLocation };
}

/**
 * A supplier's capacity for the need: the sum of its lines at its best HS level (its closest
 * products), in the need's unit and period, and the same split into supplying units (each member,
 * and the group's own lines) with the members' certificates; lines in units that cannot be compared
 * are left out. Lead time is the slowest of those lines (unknown counts as none).
 */
function foldCapacity(
  needCode: string,
  need: SourcingNeedForMatching,
  lines: readonly LineRow[],
  memberCertificates: ReadonlyMap<string, HeldCertification[]>,
  reservations: Reservations,
): Pick<SupplierCandidate, 'capacity' | 'leadTimeDays' | 'units'> {
  let best = 0;
  for (const l of lines) best = Math.max(best, sharedHsLevel(needCode, l.product_code));
  let quantity = 0;
  let leadTimeDays = 0;
  const units = new Map<string | null, SupplyingUnit>();
  for (const l of lines) {
    if (
      sharedHsLevel(needCode, l.product_code) !== best ||
      !isUnit(l.unit) ||
      !areCompatible(l.unit, need.unit)
    )
      continue;
    const converted = convertRate(
      { quantity: Number(l.quantity), unit: l.unit, period: l.period },
      need.unit,
      need.period,
    );
    quantity += converted;
    const memberId = l.member_id ?? null;
    const unit = units.get(memberId);
    if (unit) units.set(memberId, { ...unit, quantity: unit.quantity + converted });
    else
      units.set(memberId, {
        memberId,
        quantity: converted,
        certifications: memberId === null ? [] : (memberCertificates.get(memberId) ?? []),
      });
    leadTimeDays = Math.max(leadTimeDays, l.lead_time_days ?? 0);
  }
  if (units.size === 0) {
    // Nothing comparable: hand over the first of its closest lines as it is, so matching explains the
    // unit mismatch, and the units behind those lines at quantity 0, so their certificates still count.
    const closest = lines.filter((line) => sharedHsLevel(needCode, line.product_code) === best);
    const l = closest[0]!;
    const memberIds = [...new Set(closest.map((line) => line.member_id ?? null))];
    return {
      capacity: { quantity: Number(l.quantity), unit: l.unit as Unit, period: l.period },
      leadTimeDays: 0,
      units: memberIds.map((memberId) => ({
        memberId,
        quantity: 0,
        certifications: memberId === null ? [] : (memberCertificates.get(memberId) ?? []),
      })),
    };
  }
  if (reservations.size > 0)
    quantity = subtractReservations(need, lines, best, units, reservations) ?? quantity;
  return {
    capacity: { quantity, unit: need.unit, period: need.period },
    leadTimeDays,
    units: [...units.values()],
  };
}

/**
 * Takes what awards reserve off each unit's capacity (`availableAfterReservations`, in the need's
 * unit and period) and returns the supplier's new total, or undefined when none of its lines is
 * reserved.
 */
function subtractReservations(
  need: SourcingNeedForMatching,
  lines: readonly LineRow[],
  best: number,
  units: Map<string | null, SupplyingUnit>,
  reservations: Reservations,
): number | undefined {
  const needCode = normaliseHsCode(need.productCode);
  const reservedByUnit = new Map<string | null, Map<string, number>>();
  const seen = new Set<string>();
  for (const l of lines) {
    const key = lineKey(l.supplier_id, l.member_id, l.product_code, l.unit);
    const reserved = reservations.get(key);
    if (!reserved || seen.has(key) || sharedHsLevel(needCode, l.product_code) !== best || !isUnit(l.unit))
      continue;
    if (!areCompatible(l.unit, need.unit)) continue;
    seen.add(key);
    const memberId = l.member_id ?? null;
    const byMonth = reservedByUnit.get(memberId) ?? new Map<string, number>();
    for (const [month, q] of reserved)
      byMonth.set(
        month,
        (byMonth.get(month) ?? 0) +
          convertRate({ quantity: q, unit: l.unit, period: 'MONTH' }, need.unit, need.period),
      );
    reservedByUnit.set(memberId, byMonth);
  }
  if (reservedByUnit.size === 0) return undefined;
  let total = 0;
  for (const [memberId, unit] of units) {
    const reserved = reservedByUnit.get(memberId);
    const quantity = reserved ? availableAfterReservations(unit.quantity, reserved.values()) : unit.quantity;
    units.set(memberId, { ...unit, quantity });
    total += quantity;
  }
  return total;
}
