import {
  type SourcingNeedForMatching,
  type StandardDefinition,
  type VisibilityTier,
  deliveryMonths,
  holderRequirement,
  hsChapter,
  prepareRequirements,
  requiredProductPrefix,
} from '@linkage/domain';
import { type SummaryCandidate, type SummaryCertificate } from '@linkage/db';
import {
  type CandidateSet,
  type Reservations,
  type SupplierLines,
  CandidateFolder,
  CertificateHolders,
  lineKey,
} from './candidate-fold.js';
import { candidateQuery } from './candidate-query.js';

export {
  type CandidateSet,
  type CertificateRow,
  type LineRow,
  type Reservations,
  buildCandidates,
} from './candidate-fold.js';

/** Runs SQL; a TypeORM DataSource, EntityManager or QueryRunner all fit. */
export interface SqlRunner {
  query<T = unknown>(sql: string, parameters?: unknown[]): Promise<T>;
}

/** What candidate generation needs besides the need: the registry to resolve standards, and who the buyer may see. */
export interface CandidateScope {
  registry: readonly StandardDefinition[];
  /** Visibility tiers of the groups the need's lead firm may see; no other group is a candidate. */
  visibleTiers: readonly VisibilityTier[];
}

/**
 * The candidate query's one row: each supplier's summary for the need's chapter as stored (the group
 * and its lines, SupplierSummaries migration), and in the same order its certificates of each accepted
 * standard (a list per standard, in `certificateIds` order, null where none is held; null when the
 * need accepts none).
 */
interface CandidateRows {
  candidates: SummaryCandidate[];
  certificates: ((SummaryCertificate[] | null)[] | null)[];
}

/**
 * Candidate generation in PostgreSQL, one round trip once the standards are resolved: one scan of the
 * need's HS chapter in `supplier_summaries` (one row per producer group with an offerable line there)
 * keeps the groups the lead firm may see that make a product of the need's heading when only that can
 * serve, could meet each standard the need insists on, are in an allowed country and within the
 * distance box, and returns their lines and certificates. TypeScript folds each supplier into a
 * matching candidate (`CandidateFolder`), less what awards reserve.
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
  const standardIds = await acceptedStandardIds(db, need, scope.registry);
  const accepted = [...standardIds];
  const { sql, params } = candidateQuery(need, {
    visibleTiers: scope.visibleTiers,
    productPrefix: requiredProductPrefix(need, today),
    filters,
    standardIds,
    certificateIds: accepted.map(([, id]) => id),
  });
  const [rows] = await db.query<CandidateRows[]>(sql, params);
  const folder = new CandidateFolder(need, await loadReservations(db, need));
  fold(
    rows!,
    accepted.map(([code]) => code),
    folder,
  );
  return folder.done();
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

/**
 * Suppliers of the need's product family that candidate generation leaves out (a heading, a standard
 * the need insists on, countries, the distance box), for the "why not": the `limit` nearest to the
 * delivery place, exact product first. Matching then gives each its reasons.
 */
export async function loadNearMisses(
  db: SqlRunner,
  need: SourcingNeedForMatching,
  scope: CandidateScope,
  candidateIds: readonly string[],
  limit: number,
): Promise<CandidateSet> {
  const standardIds = await acceptedStandardIds(db, need, scope.registry);
  const accepted = [...standardIds];
  const { sql, params } = candidateQuery(need, {
    visibleTiers: scope.visibleTiers,
    productPrefix: hsChapter(need.productCode),
    filters: [],
    standardIds,
    certificateIds: accepted.map(([, id]) => id),
    nearMisses: { candidateIds, limit },
  });
  const [rows] = await db.query<CandidateRows[]>(sql, params);
  const folder = new CandidateFolder(need);
  fold(
    rows!,
    accepted.map(([code]) => code),
    folder,
  );
  return folder.done();
}

/**
 * Ids of the standards whose certificates can meet the need's requirements, by code. Matching reads
 * a supplier's certificates only to meet the need's requirements (the domain's bestCertificate looks
 * at accepted codes alone), so no other certificate is handed to it.
 */
async function acceptedStandardIds(
  db: SqlRunner,
  need: SourcingNeedForMatching,
  registry: readonly StandardDefinition[],
): Promise<Map<string, string>> {
  const relevant = prepareRequirements(need.requirements, registry).flatMap((p) => [...p.acceptedCodes]);
  if (relevant.length === 0) return new Map();
  // By id: summaries and certificates name standards by id.
  const rows = await db.query<{ id: string; code: string }[]>(
    `SELECT id, code FROM standards WHERE code = ANY($1::text[])`,
    [[...new Set(relevant)]],
  );
  return new Map(rows.map((r) => [r.code, r.id]));
}

/**
 * Hands each supplier of the query's row to the folder, its certificates named by their standard's
 * code (`codes`, in the order of each supplier's lists). One scratch object carries every supplier:
 * the parsed lines are read in place, and the candidate keeps only its certificate lists.
 */
function fold(
  { candidates, certificates }: CandidateRows,
  codes: readonly string[],
  folder: CandidateFolder,
): void {
  const holders = new CertificateHolders();
  const supplier: SupplierLines = {
    supplierId: '',
    name: '',
    country: '',
    lat: null,
    lon: null,
    lines: [],
    own: [],
    byMember: undefined,
  };
  for (let k = 0; k < candidates.length; k++) {
    holders.reset();
    const held = certificates[k] ?? [];
    for (let i = 0; i < held.length; i++)
      for (const [validUntil, verification, memberId] of held[i] ?? [])
        holders.add(memberId, { standardCode: codes[i]!, validUntil, verification });
    const [supplierId, name, country, lat, lon, lines] = candidates[k]!;
    supplier.supplierId = supplierId;
    supplier.name = name;
    supplier.country = country;
    supplier.lat = lat;
    supplier.lon = lon;
    supplier.lines = lines;
    supplier.own = holders.own;
    supplier.byMember = holders.members;
    folder.add(supplier);
  }
}
