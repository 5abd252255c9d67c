import { type CalendarDate } from '../dates/calendar-date.js';
import { type NeedScheduleKind } from './sourcing.js';

/** The dates of a need that must not be past while it is open to suppliers. */
export interface NeedDates {
  responseDeadline: CalendarDate;
  scheduleKind: NeedScheduleKind;
  /** The first delivery: the deliver-by date of a one-off need, the start of a recurring one. */
  startDate: CalendarDate;
  /** The requirements' own dates to obtain a standard by, in order (null where none). */
  requirements?: readonly { obtainBy: CalendarDate | null }[];
}

/** A date of a need that is already past, with the input field that holds it. */
export interface PastNeedDate {
  field: 'responseDeadline' | 'schedule.deliverBy' | 'schedule.startDate' | `requirements.${number}.obtainBy`;
  message: string;
}

/**
 * Why a need cannot be opened to suppliers on `today` (DESIGN §2 "SourcingNeed"): a response deadline
 * that has passed leaves nobody time to answer, and a first delivery that has passed cannot be met.
 * Both dates may be today. A draft may hold past dates; they are checked when it is posted open or
 * opened, and when an edit of an open need names them. Needs already open are not closed by this
 * rule: the deadline passing is the normal way into evaluation. A requirement's obtain-by date that
 * has passed would exclude every supplier still to obtain the standard, so it is refused too.
 */
export function pastNeedDates(need: NeedDates, today: CalendarDate): PastNeedDate[] {
  const past: PastNeedDate[] = [];
  if (need.responseDeadline < today)
    past.push({
      field: 'responseDeadline',
      message: `The response deadline ${need.responseDeadline} has already passed`,
    });
  if (need.startDate < today)
    past.push(
      need.scheduleKind === 'ONE_OFF'
        ? { field: 'schedule.deliverBy', message: `The delivery date ${need.startDate} has already passed` }
        : {
            field: 'schedule.startDate',
            message: `The first delivery, ${need.startDate}, has already passed`,
          },
    );
  need.requirements?.forEach((r, i) => {
    if (r.obtainBy !== null && r.obtainBy < today)
      past.push({ field: `requirements.${i}.obtainBy`, message: `The date to obtain it by, ${r.obtainBy}, has already passed` });
  });
  return past;
}
