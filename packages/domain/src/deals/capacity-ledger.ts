import { type CalendarDate } from '../dates/calendar-date.js';
import { type Rate, convertRate } from '../units/rate.js';
import { type Unit } from '../units/units.js';

/**
 * The capacity ledger (DESIGN §2 "Offer"): per capacity line (a member's, or the group's own, for one
 * product) and calendar month, what is committed, what awards have reserved, and what is left.
 * Months are the ledger's periods because capacity is seasonal by month (`availableMonths`) and every
 * rate converts to a monthly one; a need's weekly or yearly quantity is reserved as its monthly
 * equivalent in each month it delivers in.
 */

/** A calendar month written `YYYY-MM`. */
export type LedgerMonth = string;

/**
 * The months a need delivers in: its delivery month when one-off (no end date), every month from
 * start to end when recurring.
 */
export function deliveryMonths(schedule: {
  startDate: CalendarDate;
  endDate?: CalendarDate | null;
}): LedgerMonth[] {
  const first = schedule.startDate.slice(0, 7);
  const last = schedule.endDate ? schedule.endDate.slice(0, 7) : first;
  const months: LedgerMonth[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) months.push(m);
  return months;
}

/** The month after `month`. */
export function nextMonth(month: LedgerMonth): LedgerMonth {
  const year = Number(month.slice(0, 4));
  const next = Number(month.slice(5, 7)) + 1;
  return next > 12
    ? `${String(year + 1).padStart(4, '0')}-01`
    : `${month.slice(0, 4)}-${String(next).padStart(2, '0')}`;
}

/** `count` months from the one `date` falls in. */
export function monthsFrom(date: CalendarDate, count: number): LedgerMonth[] {
  const months: LedgerMonth[] = [];
  for (let m = date.slice(0, 7); months.length < count; m = nextMonth(m)) months.push(m);
  return months;
}

/** A capacity line as the ledger reads it. */
export interface LedgerLine extends Rate {
  /** Whether the line counts towards an offer (`countsTowardsOffer`); a line that does not is committed to nothing. */
  offerable: boolean;
  /** Months of the year it is available in (1 = January); empty means all year. */
  availableMonths: readonly number[];
}

/** What the line commits in a month, in its own unit: its monthly rate in season, nothing out of season or when not offerable. */
export function committedInMonth(line: LedgerLine, month: LedgerMonth): number {
  if (!line.offerable) return 0;
  const monthOfYear = Number(month.slice(5, 7));
  if (line.availableMonths.length > 0 && !line.availableMonths.includes(monthOfYear)) return 0;
  return convertRate(line, line.unit, 'MONTH');
}

/** A need's rate (an offer's or award's share of it) as the monthly quantity it takes from a line, in the line's unit. */
export function monthlyDraw(rate: Rate, lineUnit: Unit): number {
  return convertRate(rate, lineUnit, 'MONTH');
}

/** Ledger quantities are numeric(18,4): compare at that precision so a full reservation is not refused by a rounding crumb. */
const EPSILON = 0.00005;

/** One month of one line where a draw does not fit. */
export interface LedgerShortfall {
  month: LedgerMonth;
  committed: number;
  reserved: number;
  available: number;
  requested: number;
}

/**
 * The months in which drawing `requested` (per month, the line's unit) from the line would take more
 * than is available (committed − reserved). Empty when it fits everywhere: the invariant every offer
 * and award is checked against, so reservations never exceed committed capacity.
 */
export function ledgerShortfalls(
  line: LedgerLine,
  months: readonly LedgerMonth[],
  reservedByMonth: ReadonlyMap<LedgerMonth, number>,
  requested: number,
): LedgerShortfall[] {
  const shortfalls: LedgerShortfall[] = [];
  for (const month of months) {
    const committed = committedInMonth(line, month);
    const reserved = reservedByMonth.get(month) ?? 0;
    const available = Math.max(0, committed - reserved);
    if (requested > available + EPSILON)
      shortfalls.push({ month, committed, reserved, available, requested });
  }
  return shortfalls;
}

/** The least a line has available over the months (per month, its unit): what it can promise for the whole schedule. */
export function availableThroughout(
  line: LedgerLine,
  months: readonly LedgerMonth[],
  reservedByMonth: ReadonlyMap<LedgerMonth, number>,
): number {
  let least = Infinity;
  for (const month of months)
    least = Math.min(least, Math.max(0, committedInMonth(line, month) - (reservedByMonth.get(month) ?? 0)));
  return least === Infinity ? 0 : least;
}

/**
 * What a supplying unit can still put behind a need, per period: what it commits less the most that
 * awards reserve of it in any one of the need's months (the quantity must be there every month).
 */
export function availableAfterReservations(committed: number, reservedByMonth: Iterable<number>): number {
  let most = 0;
  for (const reserved of reservedByMonth) most = Math.max(most, reserved);
  return Math.max(0, committed - most);
}
