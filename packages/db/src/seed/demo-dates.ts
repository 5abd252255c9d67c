import { type CalendarDate, addDays } from '@linkage/domain';

/**
 * The demo's dates, counted from the day it is loaded: deadlines stay ahead, the organic certificate
 * that should be expiring is expiring, and renewals that should fit in time fit, whenever a new user
 * runs `npm start`. (Fixed dates drifted into the past and turned conditional matches into exclusions.)
 */
export const demoDay = (daysFromToday: number): CalendarDate =>
  addDays(new Date().toISOString().slice(0, 10), daysFromToday);

/** The first day of the month after the one `date` falls in. */
export function firstOfMonthAfter(date: CalendarDate): CalendarDate {
  const [year, month] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** The last day of the twelfth month from `first` (a first of the month): a year of monthly deliveries. */
export const endOfTwelfthMonth = (first: CalendarDate): CalendarDate =>
  addDays(`${Number(first.slice(0, 4)) + 1}${first.slice(4)}`, -1);
