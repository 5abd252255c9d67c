import { type CalendarDate, addDays } from '@linkage/domain';

/**
 * The demo's dates, counted from the day it is loaded: deadlines stay ahead, the organic certificate
 * that should be expiring is expiring, and renewals that should fit in time fit, whenever a new user
 * runs `npm start`. (Fixed dates drifted into the past and turned conditional matches into exclusions.)
 */
export const demoDay = (daysFromToday: number): CalendarDate =>
  addDays(new Date().toISOString().slice(0, 10), daysFromToday);
