import { type CalendarDate } from '../dates/calendar-date.js';
import { MATCHING_CONFIG } from '../matching/matching-config.js';
import { type UpgradingActionStatus, isActionOpen } from './upgrading-actions.js';

export const READINESS_WARNINGS = ['LATE_ACTIONS', 'BEYOND_HORIZON', 'OVERDUE_ACTIONS'] as const;
export type ReadinessWarningCode = (typeof READINESS_WARNINGS)[number];

export interface ReadinessWarning {
  code: ReadinessWarningCode;
  message: string;
}

export interface PlanReadiness {
  /** The latest due date of the actions still open; null when none is (the supplier is ready now). */
  readyOn: CalendarDate | null;
  /** The need's first delivery, when the plan is for a need. */
  firstDelivery: CalendarDate | null;
  /** Ready on or before the first delivery; null without one. */
  beforeFirstDelivery: boolean | null;
  /**
   * Every open action finishes by when it is needed: its gap's deadline, else the first delivery.
   * Why not `beforeFirstDelivery`: a certificate valid at the start of deliveries may be renewed
   * later, before it lapses, and the supplier is still in time.
   */
  inTime: boolean;
  /** Twelve months from today: practice says gaps are worth closing only within a year. */
  horizonEnd: CalendarDate;
  withinHorizon: boolean;
  warnings: ReadinessWarning[];
}

/** The same day `months` calendar months later (clamped to the month's last day: 31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * When the supplier will be ready if every open action finishes on its due date, measured against the
 * need's first delivery and the twelve-month horizon, with what to warn about: actions that finish
 * after they are needed (their gap's deadline, else the first delivery), a plan that runs beyond a
 * year, and actions already past their due date.
 */
export function planReadiness(
  actions: ReadonlyArray<{
    status: UpgradingActionStatus;
    dueOn: CalendarDate;
    neededBy: CalendarDate | null;
  }>,
  firstDelivery: CalendarDate | null,
  today: CalendarDate,
): PlanReadiness {
  const open = actions.filter((a) => isActionOpen(a.status));
  const readyOn = open.reduce<CalendarDate | null>(
    (latest, a) => (latest && latest >= a.dueOn ? latest : a.dueOn),
    null,
  );
  const horizonEnd = addMonths(today, MATCHING_CONFIG.maxMonthsToClose);
  const beforeFirstDelivery = firstDelivery === null ? null : readyOn === null || readyOn <= firstDelivery;
  const withinHorizon = readyOn === null || readyOn <= horizonEnd;
  const late = open.filter((a) => {
    const neededBy = a.neededBy ?? firstDelivery;
    return neededBy !== null && a.dueOn > neededBy;
  });
  const warnings: ReadinessWarning[] = [];
  if (late.length > 0)
    warnings.push({
      code: 'LATE_ACTIONS',
      message:
        late.length === 1
          ? `One action finishes after it is needed (due ${late[0]!.dueOn}, needed by ${late[0]!.neededBy ?? firstDelivery}): bring it forward or agree a later date with the buyer`
          : `${late.length} actions finish after they are needed: bring them forward or agree later dates with the buyer`,
    });
  if (!withinHorizon)
    warnings.push({
      code: 'BEYOND_HORIZON',
      message: `The plan finishes on ${readyOn}, more than twelve months from today (${horizonEnd}): a gap that takes longer is not worth closing for this need`,
    });
  const overdue = open.filter((a) => a.dueOn < today).length;
  if (overdue > 0)
    warnings.push({
      code: 'OVERDUE_ACTIONS',
      message:
        overdue === 1 ? 'One action is past its due date' : `${overdue} actions are past their due date`,
    });
  return {
    readyOn,
    firstDelivery,
    beforeFirstDelivery,
    inTime: late.length === 0,
    horizonEnd,
    withinHorizon,
    warnings,
  };
}
