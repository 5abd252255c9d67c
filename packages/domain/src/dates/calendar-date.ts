/**
 * Calendar dates written `YYYY-MM-DD`, as certificates and delivery schedules state them. They are
 * days, not instants: all arithmetic goes through a day number (days since 1970-01-01) computed with
 * UTC rules, so no time zone or daylight-saving change can shift a result by a day.
 */
export type CalendarDate = string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Average month length: months-to-close estimates are converted to days with it. */
export const DAYS_PER_MONTH = 365.25 / 12;

export class InvalidCalendarDateError extends Error {
  constructor(readonly value: string) {
    super(`"${value}" is not a calendar date written YYYY-MM-DD`);
    this.name = 'InvalidCalendarDateError';
  }
}

/** Days since 1970-01-01 for a real calendar date; rejects malformed or impossible dates (2026-02-30). */
export function dayNumber(date: CalendarDate): number {
  const parts = CALENDAR_DATE.exec(date);
  if (!parts) throw new InvalidCalendarDateError(date);
  const year = Number(parts[1]);
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new InvalidCalendarDateError(date);
  }
  return ms / MS_PER_DAY;
}

export function isCalendarDate(value: string): boolean {
  try {
    dayNumber(value);
    return true;
  } catch {
    return false;
  }
}

/** The calendar date `days` days after `date` (negative goes back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return new Date((dayNumber(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}
