/**
 * Calendar dates written `YYYY-MM-DD`, as certificates and delivery schedules state them. They are
 * days, not instants: all arithmetic goes through a day number (days since 1970-01-01) computed with
 * UTC rules, so no time zone or daylight-saving change can shift a result by a day.
 */
export type CalendarDate = string;

const MS_PER_DAY = 86_400_000;

/** Average month length: months-to-close estimates are converted to days with it. */
export const DAYS_PER_MONTH = 365.25 / 12;

export class InvalidCalendarDateError extends Error {
  constructor(readonly value: string) {
    super(`"${value}" is not a calendar date written YYYY-MM-DD`);
    this.name = 'InvalidCalendarDateError';
  }
}

const DIGIT_0 = 48;
const DASH = 45;

/** Value of `length` decimal digits at `from`, or -1 if any is not a digit. */
function digits(s: string, from: number, length: number): number {
  let value = 0;
  for (let i = from; i < from + length; i++) {
    const d = s.charCodeAt(i) - DIGIT_0;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Days since 1970-01-01 for a real calendar date; rejects malformed or impossible dates (2026-02-30).
 * Parsed by hand (proleptic Gregorian, days-from-civil) because matching calls it per supplier and
 * a regular expression or Date object would allocate each time.
 */
export function dayNumber(date: CalendarDate): number {
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 2);
  const day = digits(date, 8, 2);
  if (
    date.length !== 10 ||
    date.charCodeAt(4) !== DASH ||
    date.charCodeAt(7) !== DASH ||
    year < 0 ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!)
  ) {
    throw new InvalidCalendarDateError(date);
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The calendar date `days` days after `date` (negative goes back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return new Date((dayNumber(date) + days) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumber(to) - dayNumber(from);
}
