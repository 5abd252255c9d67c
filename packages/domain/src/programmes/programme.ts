import { type NeedStatus, type NeedVisibility } from '../vocabulary/sourcing.js';
import { type OrganisationViewer } from '../visibility/visibility.js';
import { hsChapter } from '../products/hs-code.js';
import { type CalendarDate, daysBetween } from '../dates/calendar-date.js';

/**
 * Where a programme works: the countries of its producers and the HS chapters of its value chains.
 * An empty list is no restriction. Scope decides what a broker's home page lists, not what a broker
 * may read: access comes from enrolment (decision 0012).
 */
export interface ProgrammeScope {
  countries: readonly string[];
  hsChapters: readonly string[];
}

/** Whether a product (HS chapter, heading or subheading) lies in the programme's value chains. */
export function productInScope(scope: ProgrammeScope, productCode: string): boolean {
  return scope.hsChapters.length === 0 || scope.hsChapters.includes(hsChapter(productCode));
}

/** Whether an organisation's country lies where the programme works. */
export function countryInScope(scope: ProgrammeScope, country: string): boolean {
  return scope.countries.length === 0 || scope.countries.includes(country.trim());
}

/**
 * Whether programme staff may read a sourcing need (read-only, with its matches and coalitions).
 * Why: a PUBLIC need is addressed to every supplier once posted, so the brokers who find suppliers
 * for it may read it — a draft is addressed to nobody yet; an INVITED or PROGRAMME need, and any
 * draft, is the lead firm's to show, and it shows them to the brokers of the programmes it enrolled
 * in (their full view, decision 0012) — an unenrolled firm's PROGRAMME need stays hidden from every
 * programme. Platform admins read every need.
 */
export function canBrokerReadNeed(
  need: { visibility: NeedVisibility; leadFirmId: string; status: NeedStatus },
  viewer: OrganisationViewer | undefined,
): boolean {
  if (viewer?.platformRole === 'ADMIN') return true;
  if (!viewer?.programmeStaff) return false;
  if (viewer.brokering?.has(need.leadFirmId)) return true;
  return need.visibility === 'PUBLIC' && need.status !== 'DRAFT';
}

/** A broker's task is on their list this many days before it falls due (and every day after). */
export const TASK_HORIZON_DAYS = 14;

/** Whether a dated task belongs on the broker's list today: due within the horizon, or overdue. */
export function isTaskDue(dueOn: CalendarDate, today: CalendarDate): boolean {
  return daysBetween(today, dueOn) <= TASK_HORIZON_DAYS;
}
