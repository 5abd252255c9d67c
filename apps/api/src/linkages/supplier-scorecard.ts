import { type DeliveryScorecard, deliveryScorecard, trackRecordWindow } from '@linkage/domain';
import { type EntityManager } from 'typeorm';

/**
 * A supplier's delivery scorecard: its deliveries and orders under its linkages, read for the last
 * twelve months and scored by the domain — the same definition matching's track record uses. Each
 * order's day is the day it was recorded (UTC); the trial orders before the window are read too, so
 * a repeat order is told from a linkage's first.
 */
export async function supplierScorecard(
  em: EntityManager,
  supplierId: string,
  today: string,
): Promise<DeliveryScorecard> {
  const window = trackRecordWindow(today);
  const [deliveries, orders] = await Promise.all([
    em.query(
      `SELECT delivered_on::text AS "deliveredOn", on_time AS "onTime", conforming
         FROM deliveries WHERE supplier_id = $1 AND delivered_on > $2 AND delivered_on <= $3`,
      [supplierId, window.after, window.through],
    ),
    em.query(
      `SELECT o.linkage_id AS "linkageId", (o.created_at AT TIME ZONE 'UTC')::date::text AS "placedOn"
         FROM linkage_orders o JOIN linkages l ON l.id = o.linkage_id
        WHERE l.supplier_id = $1`,
      [supplierId],
    ),
  ]);
  return deliveryScorecard(deliveries, orders, today);
}
