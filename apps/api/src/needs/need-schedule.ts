import { type NeedScheduleInput } from '@linkage/contracts';
import { type NeedScheduleKind, type Period, addDays } from '@linkage/domain';

export interface ResolvedSchedule {
  scheduleKind: NeedScheduleKind;
  startDate: string;
  endDate: string | null;
}

/**
 * The stored schedule of a need. A need posted without one (older clients) recurs every period from
 * its response deadline for a year, or is one-off by the deadline when its quantity is per year.
 */
export function resolveSchedule(
  schedule: NeedScheduleInput | undefined,
  period: Period,
  responseDeadline: string,
): ResolvedSchedule {
  if (schedule?.kind === 'ONE_OFF')
    return { scheduleKind: 'ONE_OFF', startDate: schedule.deliverBy, endDate: null };
  if (schedule?.kind === 'RECURRING')
    return { scheduleKind: 'RECURRING', startDate: schedule.startDate, endDate: schedule.endDate };
  if (period === 'YEAR') return { scheduleKind: 'ONE_OFF', startDate: responseDeadline, endDate: null };
  return { scheduleKind: 'RECURRING', startDate: responseDeadline, endDate: addDays(responseDeadline, 365) };
}
