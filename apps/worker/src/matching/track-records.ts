import { type SupplierCandidate, type TrackRecord, addDays } from '@linkage/domain';
import { type SqlRunner } from './candidate-source.js';

/** How far back a supplier's deliveries count: the last twelve months, as its scorecard shows them. */
const TRACK_RECORD_DAYS = 365;

/**
 * The candidates with their track record: deliveries recorded under their linkages in the last
 * twelve months, how many on time and how many conforming. Matching scores it (the domain shrinks a
 * short record towards the neutral prior); suppliers without deliveries keep no record. One query,
 * only for suppliers with deliveries (an index range per supplier).
 */
export async function withTrackRecords(
  db: SqlRunner,
  candidates: readonly SupplierCandidate[],
  today: string,
): Promise<SupplierCandidate[]> {
  if (candidates.length === 0) return [];
  const rows = await db.query<
    Array<{ supplier_id: string; deliveries: number; on_time: number; conforming: number }>
  >(
    `SELECT supplier_id, count(*)::int AS deliveries, count(*) FILTER (WHERE on_time)::int AS on_time,
            count(*) FILTER (WHERE conforming)::int AS conforming
       FROM deliveries
      WHERE supplier_id = ANY($1::uuid[]) AND delivered_on > $2 AND delivered_on <= $3
      GROUP BY supplier_id`,
    [candidates.map((c) => c.supplierId), addDays(today, -TRACK_RECORD_DAYS), today],
  );
  if (rows.length === 0) return [...candidates];
  const records = new Map<string, TrackRecord>(
    rows.map((r) => [
      r.supplier_id,
      { deliveries: r.deliveries, onTimeDeliveries: r.on_time, conformingDeliveries: r.conforming },
    ]),
  );
  return candidates.map((c) => {
    const trackRecord = records.get(c.supplierId);
    return trackRecord ? { ...c, trackRecord } : c;
  });
}
