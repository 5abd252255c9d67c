import {
  type DeliveryOutcome,
  type SupplierCandidate,
  type TrackRecord,
  trackRecordOf,
  trackRecordWindow,
} from '@linkage/domain';
import { type SqlRunner } from './candidate-source.js';

/**
 * The candidates with their track record: deliveries recorded under their linkages in the last
 * twelve months, counted by the domain's `trackRecordOf` — the same definition the group's scorecard
 * shows. Matching scores it (the domain shrinks a short record towards the neutral prior); suppliers
 * without deliveries keep no record. One query, only for suppliers with deliveries in the window (an
 * index range per supplier).
 */
export async function withTrackRecords(
  db: SqlRunner,
  candidates: readonly SupplierCandidate[],
  today: string,
): Promise<SupplierCandidate[]> {
  if (candidates.length === 0) return [];
  const window = trackRecordWindow(today);
  const rows = await db.query<
    Array<{ supplier_id: string; delivered_on: string; on_time: boolean; conforming: boolean }>
  >(
    `SELECT supplier_id, delivered_on::text, on_time, conforming
       FROM deliveries
      WHERE supplier_id = ANY($1::uuid[]) AND delivered_on > $2 AND delivered_on <= $3`,
    [candidates.map((c) => c.supplierId), window.after, window.through],
  );
  if (rows.length === 0) return [...candidates];
  const bySupplier = new Map<string, DeliveryOutcome[]>();
  for (const r of rows) {
    const list = bySupplier.get(r.supplier_id) ?? [];
    list.push({ deliveredOn: r.delivered_on, onTime: r.on_time, conforming: r.conforming });
    bySupplier.set(r.supplier_id, list);
  }
  const records = new Map<string, TrackRecord>(
    [...bySupplier].map(([id, deliveries]) => [id, trackRecordOf(deliveries, today)]),
  );
  return candidates.map((c) => {
    const trackRecord = records.get(c.supplierId);
    return trackRecord ? { ...c, trackRecord } : c;
  });
}
