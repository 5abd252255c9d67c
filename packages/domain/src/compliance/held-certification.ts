import { type CalendarDate } from '../dates/calendar-date.js';

/** How much a certificate can be trusted (DESIGN: "certificates are evidence, not proof"). */
export const VERIFICATION_LEVELS = ['SELF_DECLARED', 'BROKER_VERIFIED', 'THIRD_PARTY_VERIFIED'] as const;
export type VerificationLevel = (typeof VERIFICATION_LEVELS)[number];

/** A certificate as matching reads it: which standard, until when, and how it was verified. */
export interface HeldCertification {
  standardCode: string;
  validUntil: CalendarDate;
  verification: VerificationLevel;
}

/** How a requirement applies to a coalition: to every supplier, to at least one, or through a group certificate. */
export const REQUIREMENT_LEVELS = ['EACH_SUPPLIER', 'ANY_SUPPLIER', 'GROUP_COVERS'] as const;
export type RequirementLevel = (typeof REQUIREMENT_LEVELS)[number];

/** A need's requirement for a standard (DESIGN §2 "Requirements"). */
export interface Requirement {
  standardCode: string;
  level: RequirementLevel;
  /** The supplier must hold it on the day of matching; otherwise it may be obtained before deliveries start. */
  mustHoldNow: boolean;
}
