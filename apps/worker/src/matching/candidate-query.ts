import {
  type HolderRequirement,
  type LatLon,
  type SourcingNeedForMatching,
  type VisibilityTier,
  hsChapter,
  normaliseHsCode,
} from '@linkage/domain';

/** Appends a query parameter and returns its placeholder. */
type Param = (value: unknown) => string;

export interface QueryParts {
  /** Groups the lead firm may see (decision 0007); no other group is a candidate. */
  visibleTiers: readonly VisibilityTier[];
  /**
   * The HS chapter, or the heading when a supplier of the chapter alone would be excluded
   * (`requiredProductPrefix`): a supplier with no line of it is left out.
   */
  productPrefix: string;
  /** Standards the need insists on: a supplier none of whose units holds one is left out. */
  filters: readonly HolderRequirement[];
  /** Standard ids by code, for the filters. */
  standardIds: ReadonlyMap<string, string>;
  /** The standards whose certificates matching reads; the row's `certificates` lists theirs, in this order. */
  certificateIds: readonly string[];
  /** The near-miss variant: suppliers of the family not among the candidates, nearest first. */
  nearMisses?: { candidateIds: readonly string[]; limit: number };
}

/**
 * The candidate query over `supplier_summaries` (one row per producer group and HS chapter with an
 * offerable line, partitioned by chapter; SupplierSummaries migration): one scan of the need's
 * chapter, every filter read from the row, and the survivors' candidate values and certificates
 * returned as one row of two json arrays in the same order — parsed in one JSON.parse each, thousands
 * of suppliers cost far less than as thousands of rows.
 */
export function candidateQuery(
  need: SourcingNeedForMatching,
  { visibleTiers, productPrefix, filters, standardIds, certificateIds, nearMisses }: QueryParts,
): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param: Param = (value) => `$${params.push(value)}`;
  const chapter = param(hsChapter(need.productCode));
  const where = [
    `s.chapter = ${chapter}`,
    // A lead firm never learns that a group it may not see exists (decision 0007).
    `s.visibility = ANY(${param(visibleTiers)}::text[])`,
  ];
  if (nearMisses) {
    where.push(`NOT (s.organisation_id = ANY(${param(nearMisses.candidateIds)}::uuid[]))`);
    // Exact product: a line of the need's code (a subheading, or a heading: the codes of a summary are
    // subheadings, its headings their first four digits).
    const needCode = normaliseHsCode(need.productCode);
    const exact =
      needCode.length > 4
        ? `${param(needCode)} = ANY(s.products)`
        : needCode.length > 2
          ? `${param(needCode)} = ANY(s.headings)`
          : 'true';
    const place = need.deliveryPlace;
    // Chosen on the filter columns alone, then read: the sort carries no lines or certificates.
    const nearest = `SELECT s.organisation_id FROM supplier_summaries s WHERE ${where.join(' AND ')}
                      ORDER BY ${exact} DESC, ${nearestOrder(param(place.lat), param(place.lon))}
                      LIMIT ${param(nearMisses.limit)}`;
    where.splice(1, where.length - 1, `s.organisation_id = ANY(ARRAY(${nearest}))`);
  } else {
    if (productPrefix.length > 2) where.push(`${param(productPrefix)} = ANY(s.headings)`);
    where.push(...supplierFilters(need, filters, standardIds, param));
  }
  // Each standard's certificates (a list, or null when none is held), as the row's certificates.
  const certificates = certificateIds.length
    ? `json_build_array(${certificateIds.map((id) => `s.certificates -> ${param(id)}::text`).join(', ')})`
    : 'NULL::json';
  const sql = `
    SELECT coalesce(json_agg(s.candidate), '[]') AS candidates, coalesce(json_agg(s.certificates), '[]') AS certificates
      FROM (SELECT s.candidate, ${certificates} AS certificates
              FROM supplier_summaries s
             WHERE ${where.join(' AND ')}) s`;
  return { sql, params };
}

/**
 * Nearest to the delivery place first (squared degrees, longitude scaled by latitude; unknown places
 * last): cheap, and a fair proxy for who would score best among those left out.
 */
function nearestOrder(lat: string, lon: string): string {
  const [y, x] = ['s.latitude::float8', 's.longitude::float8'];
  return `(${y} IS NULL), (${y} - ${lat})^2 + ((${x} - ${lon}) * cos(radians(${lat}::float8)))^2, s.organisation_id`;
}

/**
 * Which suppliers matching would not exclude outright: in an allowed country, within a box around the
 * delivery place, and one of whose units holds each standard the need insists on.
 */
function supplierFilters(
  need: SourcingNeedForMatching,
  filters: readonly HolderRequirement[],
  standardIds: ReadonlyMap<string, string>,
  param: Param,
): string[] {
  const where: string[] = [];
  if (need.allowedCountries?.length)
    where.push(`s.country = ANY(${param(need.allowedCountries)}::char(2)[])`);
  if (need.maxDistanceKm !== undefined)
    where.push(...boundingBox(need.deliveryPlace, need.maxDistanceKm, param));
  for (const f of filters) {
    const ids = param([...new Set(f.codes.flatMap((code) => standardIds.get(code) ?? []))]);
    // Some unit holds a certificate of one of the standards: read from the row, exact on its own.
    where.push(`s.standards && ${ids}::uuid[]`);
    if (!f.validOn && !f.groupOnly) continue;
    // Held now, or by the group itself: checked on the certificates of the few suppliers left, one
    // probe each (OFFSET 0 keeps it a probe; as a join PostgreSQL would hash every holder).
    const valid = f.validOn ? ` AND cert.valid_until >= ${param(f.validOn)}::date` : '';
    const holder = f.groupOnly ? ' AND cert.member_id IS NULL' : '';
    where.push(
      `EXISTS (SELECT 1 FROM certifications cert
                WHERE cert.standard_id = ANY(${ids}::uuid[]) AND cert.organisation_id = s.organisation_id${valid}${holder}
               OFFSET 0)`,
    );
  }
  return where;
}

/** A bounding box around the delivery place: a superset of the great-circle limit matching applies. */
function boundingBox(place: LatLon, maxDistanceKm: number, param: Param): string[] {
  const dLat = maxDistanceKm / 110.5;
  const cos = Math.cos((Math.min(89, Math.abs(place.lat) + dLat) * Math.PI) / 180);
  const dLon = cos > 0.01 ? maxDistanceKm / (111.3 * cos) : 180;
  const box = [
    `(s.latitude IS NULL OR s.latitude BETWEEN ${param(place.lat - dLat)} AND ${param(place.lat + dLat)})`,
  ];
  if (dLon < 180)
    box.push(
      `(s.longitude IS NULL OR s.longitude BETWEEN ${param(place.lon - dLon)} AND ${param(place.lon + dLon)})`,
    );
  return box;
}
