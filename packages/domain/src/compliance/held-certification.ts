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
