import { type CalendarDate } from '../dates/calendar-date.js';

/**
 * How a requirement applies to a coalition: EACH_SUPPLIER must hold it, ANY_SUPPLIER means at least
 * one member must, GROUP_COVERS means every supplier must be covered, typically by its producer
 * group's certificate. GROUP_COVERS is checked like EACH_SUPPLIER; what makes it work is that a
 * group certificate counts for members whenever the scheme covers them (StandardDefinition.coversGroupMembers).
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
