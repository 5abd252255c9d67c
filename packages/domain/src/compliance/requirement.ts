import { type CalendarDate } from '../dates/calendar-date.js';

/**
 * How a requirement applies to the suppliers of a need (DESIGN §2 "Requirements"); checked in
 * `matching/offerable-capacity.ts` and the assessment, the one place these meanings are applied:
 * - EACH_SUPPLIER: every supplying unit holds it — a standalone supplier, or each member of a group
 *   whose capacity is used — itself, or through a group certificate of a scheme that covers members.
 *   A group's capacity for the need is that of its units that comply.
 * - GROUP_COVERS: a group certificate of a covering scheme (GLOBALG.A.P. option 2, Fairtrade SPO);
 *   members holding the scheme one by one do not make a certified group.
 * - ANY_SUPPLIER: at least one member of the coalition holds it. A non-holder is a valid coalition
 *   member and, on its own, has a gap ("supply with a holder"), not an exclusion.
 */
export const REQUIREMENT_LEVELS = ['EACH_SUPPLIER', 'ANY_SUPPLIER', 'GROUP_COVERS'] as const;
export type RequirementLevel = (typeof REQUIREMENT_LEVELS)[number];

/** A need's requirement for a standard (DESIGN §2 "Requirements"). */
export interface Requirement {
  standardCode: string;
  level: RequirementLevel;
  /** The supplier must hold it on the day of matching; otherwise it may be obtained before deliveries start. */
  mustHoldNow: boolean;
  /** The buyer's own deadline for obtaining it (instead of the first delivery), when not required now. */
  obtainBy?: CalendarDate;
}
