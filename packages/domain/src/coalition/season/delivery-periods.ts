import { type CalendarDate, addDays } from '../../dates/calendar-date.js';
import { deliveryMonths, nextMonth } from '../../deals/capacity-ledger.js';
import { type SourcingNeedForMatching } from '../../matching/types.js';
import { convertPeriod } from '../../units/periods.js';

/** One month a recurring need delivers in, and the days of it that fall within the schedule. */
export interface DeliveryPeriod {
  /** `YYYY-MM`. */
  month: string;
  /** The first and last delivery day of the schedule in this month. */
  firstDay: CalendarDate;
  lastDay: CalendarDate;
  /** The need's volume for the month, in its unit (its rate re-expressed per month). */
  demand: number;
}

/**
 * The delivery periods of a need: one per calendar month from its first to its last delivery — the
 * ledger's months (`deliveryMonths`), since capacity is seasonal by month. A one-off need, or a
 * recurring one within a single month, has one period: the single-period coalition model serves it.
 */
export function deliveryPeriods(need: SourcingNeedForMatching): DeliveryPeriod[] {
  const last = need.endDate ?? need.startDate;
  const demand = convertPeriod(need.quantity, need.period, 'MONTH');
  return deliveryMonths(need).map((month) => {
    const monthEnd = addDays(`${nextMonth(month)}-01`, -1);
    return {
      month,
      firstDay: need.startDate > `${month}-01` ? need.startDate : `${month}-01`,
      lastDay: last < monthEnd ? last : monthEnd,
      demand,
    };
  });
}

/** Whether a need runs over several months and so gets a seasonal, month-by-month coalition. */
export const isSeasonal = (need: SourcingNeedForMatching): boolean => deliveryMonths(need).length > 1;
