import { type LedgerLine, type LedgerMonth } from '@linkage/domain';
import { type EntityManager } from 'typeorm';
import { CapacityEntry } from '../entities/capacity-entry.entity.js';

/** A capacity line as the ledger reads it, with whose it is. */
export interface LedgerEntry extends LedgerLine {
  id: string;
  organisationId: string;
  memberId: string | null;
  productCode: string;
  productLabel: string;
}

export const toLedgerEntry = (e: CapacityEntry): LedgerEntry => ({
  id: e.id,
  organisationId: e.organisationId,
  memberId: e.memberId,
  productCode: e.productCode,
  productLabel: e.productLabel,
  quantity: e.quantity,
  unit: e.unit,
  period: e.period,
  offerable: e.offerable,
  availableMonths: e.availableMonths,
});

/**
 * The lines, locked FOR UPDATE in id order (so two transactions locking overlapping sets queue
 * instead of deadlocking). Every change to a line's reservations, and every edit of a reserved
 * line, holds this lock: the check "reserved + new ≤ committed" and the insert that follows it
 * cannot interleave with another, whatever the concurrency.
 */
export async function lockLedgerLines(em: EntityManager, lineIds: readonly string[]): Promise<LedgerEntry[]> {
  if (lineIds.length === 0) return [];
  const entries = await em
    .getRepository(CapacityEntry)
    .createQueryBuilder('c')
    .where('c.id IN (:...ids)', { ids: [...new Set(lineIds)] })
    .orderBy('c.id')
    .setLock('pessimistic_write')
    .getMany();
  return entries.map(toLedgerEntry);
}

/** Reserved quantity per line and month (the line's unit), from reservations not released. */
export async function reservedByLine(
  em: EntityManager,
  lineIds: readonly string[],
  months?: readonly LedgerMonth[],
): Promise<Map<string, Map<LedgerMonth, number>>> {
  const byLine = new Map<string, Map<LedgerMonth, number>>();
  if (lineIds.length === 0) return byLine;
  const rows: Array<{ line: string; month: string; reserved: string }> = await em.query(
    `SELECT capacity_entry_id AS line, month, sum(quantity) AS reserved
       FROM capacity_reservations
      WHERE released_at IS NULL AND capacity_entry_id = ANY($1::uuid[])
        ${months ? 'AND month = ANY($2::char(7)[])' : ''}
      GROUP BY capacity_entry_id, month`,
    months ? [[...lineIds], [...months]] : [[...lineIds]],
  );
  for (const r of rows) {
    const line = byLine.get(r.line) ?? new Map<LedgerMonth, number>();
    line.set(r.month, Number(r.reserved));
    byLine.set(r.line, line);
  }
  return byLine;
}
