import {
  type Period,
  type SourcingNeedForMatching,
  type SupplierCandidate,
  areCompatible,
  convertRate,
  deliveryMonths,
  hsChapter,
  isUnit,
  normaliseHsCode,
  sharedHsLevel,
} from '@linkage/domain';
import { type SqlRunner } from './candidate-source.js';

interface LineMonthsRow {
  organisation_id: string;
  member_id: string | null;
  product_code: string;
  quantity: number;
  unit: string;
  period: Period;
  available_months: number[];
  /** Reserved by awards in each delivery month, in the line's unit per month. */
  reserved: Record<string, number>;
}

/**
 * Gives each supplying unit of the candidates its capacity month by month over the need's delivery
 * months (`SupplyingUnit.byMonth`), for the seasonal coalition model: the lines matching counted for
 * it (the supplier's closest products, comparable units, offerable) that are available in the month
 * — `availableMonths`, empty meaning all year — less what awards reserve of each line in that month.
 * One query for the coalition pool only; units are changed in place (the fold built them for this
 * need alone).
 */
export async function addMonthlyAvailability(
  db: SqlRunner,
  need: SourcingNeedForMatching,
  candidates: readonly SupplierCandidate[],
): Promise<void> {
  const withUnits = candidates.filter((c) => c.units?.length);
  if (withUnits.length === 0) return;
  const months = deliveryMonths(need);
  const rows = await db.query<LineMonthsRow[]>(
    `SELECT c.organisation_id, c.member_id, c.product_code, c.quantity::float8 AS quantity, c.unit, c.period,
            c.available_months,
            coalesce((SELECT json_object_agg(r.month, r.reserved)
                        FROM (SELECT month, sum(quantity)::float8 AS reserved FROM capacity_reservations
                               WHERE capacity_entry_id = c.id AND released_at IS NULL AND month = ANY($3::char(7)[])
                               GROUP BY month) r), '{}'::json) AS reserved
       FROM capacity_entries c
      WHERE c.organisation_id = ANY($1::uuid[]) AND c.offerable AND c.product_code LIKE $2`,
    [withUnits.map((c) => c.supplierId), `${hsChapter(need.productCode)}%`, months],
  );
  const needCode = normaliseHsCode(need.productCode);
  const bySupplier = new Map<string, LineMonthsRow[]>();
  for (const row of rows)
    bySupplier.set(row.organisation_id, [...(bySupplier.get(row.organisation_id) ?? []), row]);
  for (const c of withUnits) {
    const lines = bySupplier.get(c.supplierId) ?? [];
    const best = Math.max(0, ...lines.map((l) => sharedHsLevel(needCode, l.product_code)));
    const byUnit = new Map<string | null, Map<string, number>>();
    for (const line of lines) {
      if (
        sharedHsLevel(needCode, line.product_code) !== best ||
        !isUnit(line.unit) ||
        !areCompatible(line.unit, need.unit)
      )
        continue;
      const perNeedPeriod = convertRate(
        { quantity: line.quantity, unit: line.unit, period: line.period },
        need.unit,
        need.period,
      );
      const byMonth = byUnit.get(line.member_id) ?? new Map<string, number>();
      for (const month of months) {
        const available =
          line.available_months.length === 0 || line.available_months.includes(Number(month.slice(5, 7)));
        if (!available) continue;
        const reserved = convertRate(
          { quantity: line.reserved[month] ?? 0, unit: line.unit, period: 'MONTH' },
          need.unit,
          need.period,
        );
        byMonth.set(month, (byMonth.get(month) ?? 0) + Math.max(0, perNeedPeriod - reserved));
      }
      byUnit.set(line.member_id, byMonth);
    }
    for (const unit of c.units!)
      (unit as { byMonth?: ReadonlyMap<string, number> }).byMonth = byUnit.get(unit.memberId) ?? new Map();
  }
}
