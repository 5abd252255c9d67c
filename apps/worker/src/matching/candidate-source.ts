import {
  DAYS_PER_MONTH,
  type HeldCertification,
  type LatLon,
  type Period,
  type SourcingNeedForMatching,
  type SupplierCandidate,
  type Unit,
  type VerificationLevel,
  areCompatible,
  MATCHING_CONFIG,
  STANDARDS_REGISTRY,
  convertRate,
  dayNumber,
  hsChapter,
  isUnit,
  normaliseHsCode,
  standardsSatisfying,
} from '@linkage/domain';
import { countryCentroid } from './country-centroids.js';

/** Runs SQL; a TypeORM DataSource, EntityManager or QueryRunner all fit. */
export interface SqlRunner {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}

/**
 * Which optional parts of the schema exist. Group members, their committed flag, coordinates and
 * certificates arrived with the profiles work (issue 4); the matcher reads them only when present,
 * so it runs on either schema.
 */
export interface SchemaFeatures {
  /** capacity_entries.member_id and .committed: a group offers only group-level and committed member lines. */
  committedCapacity: boolean;
  /** organisations.latitude/longitude. */
  coordinates: boolean;
  /** certifications joined to standards (by code). */
  certifications: boolean;
}

export interface CandidateSet {
  candidates: SupplierCandidate[];
  /** Suppliers whose location is a country centroid (no coordinates recorded). */
  approximateLocation: Set<string>;
}

/** One capacity line with its supplier's country and coordinates, as candidate generation reads it. */
export interface LineRow {
  supplier_id: string;
  supplier_name: string;
  country: string;
  lat: number | null;
  lon: number | null;
  product_code: string;
  quantity: string;
  unit: string;
  period: Period;
  lead_time_days: number | null;
}

export interface CertRow {
  organisation_id: string;
  code: string;
  valid_until: string;
  verification: VerificationLevel;
}

/**
 * Candidate generation in PostgreSQL: capacity lines of producer groups in the need's HS chapter
 * (`ix_capacity_entries_product_prefix`, a bpchar_pattern_ops index, serves the LIKE), restricted to
 * the allowed countries, joined to their organisation by primary key. Only the lines that can matter
 * reach TypeScript, where each supplier's lines are folded into one candidate.
 */
export async function loadCandidates(
  db: SqlRunner,
  need: SourcingNeedForMatching,
  features: SchemaFeatures,
  today: string,
): Promise<CandidateSet> {
  const params: unknown[] = [`${hsChapter(need.productCode)}%`];
  const where = [`c.product_code LIKE $1`, `o.kind = 'PRODUCER_GROUP'`];
  if (features.committedCapacity) where.push(`(c.member_id IS NULL OR c.committed)`);
  if (need.allowedCountries?.length) {
    params.push(need.allowedCountries);
    where.push(`o.country = ANY($${params.length}::char(2)[])`);
  }
  if (features.coordinates && need.maxDistanceKm !== undefined) {
    // A bounding box around the delivery place: a superset of the great-circle limit matching applies.
    const dLat = need.maxDistanceKm / 110.5;
    const cos = Math.cos((Math.min(89, Math.abs(need.deliveryPlace.lat) + dLat) * Math.PI) / 180);
    const dLon = cos > 0.01 ? need.maxDistanceKm / (111.3 * cos) : 180;
    params.push(need.deliveryPlace.lat - dLat, need.deliveryPlace.lat + dLat);
    where.push(`(o.latitude IS NULL OR o.latitude BETWEEN $${params.length - 1} AND $${params.length})`);
    if (dLon < 180) {
      params.push(need.deliveryPlace.lon - dLon, need.deliveryPlace.lon + dLon);
      where.push(`(o.longitude IS NULL OR o.longitude BETWEEN $${params.length - 1} AND $${params.length})`);
    }
  }
  if (features.certifications) {
    // A standard the supplier must hold now, or could not obtain by the buyer's deadline (the first
    // delivery unless the requirement names one, and within the one-year horizon), keeps out every
    // supplier without a certificate that meets it: matching would filter or exclude them, and
    // excluded suppliers are not stored.
    for (const r of need.requirements) {
      // One member of a coalition may carry an ANY_SUPPLIER standard for all: it filters no one alone.
      if (r.level === 'ANY_SUPPLIER') continue;
      const daysToDeadline = dayNumber(r.obtainBy ?? need.startDate) - dayNumber(today);
      const horizon = Math.min(daysToDeadline, MATCHING_CONFIG.maxMonthsToClose * DAYS_PER_MONTH);
      const routes = standardsSatisfying(r.standardCode, STANDARDS_REGISTRY).filter((s) => !s.umbrella);
      const months = Math.min(Infinity, ...routes.map((s) => s.typicalMonthsToCertify));
      if (!r.mustHoldNow && months * DAYS_PER_MONTH <= horizon) continue;
      params.push([r.standardCode, ...routes.map((s) => s.code)]);
      const valid = r.mustHoldNow ? ` AND cert.valid_until >= $${params.length + 1}::date` : '';
      if (r.mustHoldNow) params.push(today);
      where.push(
        `EXISTS (SELECT 1 FROM certifications cert JOIN standards s ON s.id = cert.standard_id
                  WHERE cert.organisation_id = o.id AND cert.member_id IS NULL
                    AND s.code = ANY($${r.mustHoldNow ? params.length - 1 : params.length}::text[])${valid})`,
      );
    }
  }
  const coords = features.coordinates
    ? `o.latitude::float8 AS lat, o.longitude::float8 AS lon`
    : `NULL::float8 AS lat, NULL::float8 AS lon`;
  const rows = await db.query<LineRow[]>(
    `SELECT c.organisation_id AS supplier_id, o.legal_name AS supplier_name, o.country, ${coords},
            c.product_code, c.quantity, c.unit, c.period, c.lead_time_days
       FROM capacity_entries c
       JOIN organisations o ON o.id = c.organisation_id
      WHERE ${where.join(' AND ')}`,
    params,
  );

  const bySupplier = groupBySupplier(rows);
  const certificates = features.certifications
    ? await loadCertifications(db, [...bySupplier.keys()])
    : new Map<string, HeldCertification[]>();
  return buildCandidates(need, bySupplier, certificates);
}

export function groupBySupplier(rows: readonly LineRow[]): Map<string, LineRow[]> {
  const bySupplier = new Map<string, LineRow[]>();
  for (const row of rows) {
    const lines = bySupplier.get(row.supplier_id);
    if (lines) lines.push(row);
    else bySupplier.set(row.supplier_id, [row]);
  }
  return bySupplier;
}

/** Folds each supplier's lines and certificates into one matching candidate. */
export function buildCandidates(
  need: SourcingNeedForMatching,
  bySupplier: ReadonlyMap<string, readonly LineRow[]>,
  certificates: ReadonlyMap<string, HeldCertification[]>,
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
    candidates.push({
      supplierId,
      name: first.supplier_name,
      country: first.country.trim(),
      location,
      productCodes: [...new Set(lines.map((l) => l.product_code))],
      ...foldCapacity(needCode, need, lines),
      certifications: certificates.get(supplierId) ?? [],
    });
  }
  // Stable input order keeps ties and coalition searches reproducible.
  candidates.sort((a, b) => (a.supplierId < b.supplierId ? -1 : 1));
  return { candidates, approximateLocation };
}

/**
 * A supplier's capacity for the need: the sum of its lines at its best HS level (its closest
 * products), in the need's unit and period; lines in units that cannot be compared are left out.
 * Lead time is the slowest of those lines (unknown counts as none).
 */
function foldCapacity(
  needCode: string,
  need: SourcingNeedForMatching,
  lines: readonly LineRow[],
): Pick<SupplierCandidate, 'capacity' | 'leadTimeDays'> {
  let best = 0;
  for (const l of lines) best = Math.max(best, sharedDigits(needCode, l.product_code));
  let quantity = 0;
  let leadTimeDays = 0;
  let counted = 0;
  for (const l of lines) {
    if (
      sharedDigits(needCode, l.product_code) !== best ||
      !isUnit(l.unit) ||
      !areCompatible(l.unit, need.unit)
    )
      continue;
    quantity += convertRate(
      { quantity: Number(l.quantity), unit: l.unit, period: l.period },
      need.unit,
      need.period,
    );
    leadTimeDays = Math.max(leadTimeDays, l.lead_time_days ?? 0);
    counted++;
  }
  if (counted === 0) {
    // Nothing comparable: hand over the first of its closest lines as it is, so matching explains the unit mismatch.
    const l = lines.find((line) => sharedDigits(needCode, line.product_code) === best)!;
    return {
      capacity: { quantity: Number(l.quantity), unit: l.unit as Unit, period: l.period },
      leadTimeDays: 0,
    };
  }
  return { capacity: { quantity, unit: need.unit, period: need.period }, leadTimeDays };
}

function sharedDigits(needCode: string, code: string): number {
  let level = 0;
  for (let i = 0; i + 1 < needCode.length && i + 1 < code.length; i += 2) {
    if (needCode[i] !== code[i] || needCode[i + 1] !== code[i + 1]) break;
    level = i + 2;
  }
  return level;
}

/** Each supplier's own certificates (a group's, not its members'), with the standard's registry code. */
async function loadCertifications(
  db: SqlRunner,
  organisationIds: string[],
): Promise<Map<string, HeldCertification[]>> {
  const held = new Map<string, HeldCertification[]>();
  if (organisationIds.length === 0) return held;
  const rows = await db.query<CertRow[]>(
    `SELECT cert.organisation_id, s.code, to_char(cert.valid_until, 'YYYY-MM-DD') AS valid_until, cert.verification
       FROM certifications cert
       JOIN standards s ON s.id = cert.standard_id
      WHERE cert.organisation_id = ANY($1::uuid[]) AND cert.member_id IS NULL`,
    [organisationIds],
  );
  for (const r of rows) {
    const list = held.get(r.organisation_id) ?? [];
    list.push({ standardCode: r.code, validUntil: r.valid_until, verification: r.verification });
    held.set(r.organisation_id, list);
  }
  return held;
}
