import { type CalendarDate } from '../dates/calendar-date.js';

/**
 * What a broker confirms, item by item, against the certificate's evidence file before marking it
 * broker-verified (issue "Brokers at work"): a verification is a record of what was checked, never
 * one unchecked click.
 */
export interface VerificationChecklist {
  /** The certificate number recorded matches the one on the evidence. */
  certificateNumber: boolean;
  /** The certification body recorded matches the one on the evidence. */
  certificationBody: boolean;
  /** The product scope recorded is the one the evidence covers. */
  productScope: boolean;
  /** The holder named on the evidence is the group or member the certificate is recorded for. */
  holderName: boolean;
  note?: string | null;
}

export const CHECKLIST_ITEMS = ['certificateNumber', 'certificationBody', 'productScope', 'holderName'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

/** The facts of a certificate that decide whether it can be verified today. */
export interface CertificateToVerify {
  hasEvidence: boolean;
  certificateNumber: string | null;
  certificationBody: string | null;
  validFrom: CalendarDate | null;
  validUntil: CalendarDate;
}

/** Problems keyed by the field a person fixes (`evidence`, `validUntil`, `checklist.productScope` …). */
export type VerificationProblems = Record<string, string>;

/**
 * What stands between a certificate and a broker's verification before anyone opens the checklist:
 * an evidence file to check against, and dates that cover today (a certificate not yet in force or
 * already expired proves nothing today). Empty: ready to verify.
 */
export function verificationReadinessProblems(c: CertificateToVerify, today: CalendarDate): VerificationProblems {
  const problems: VerificationProblems = {};
  if (!c.hasEvidence) problems.evidence = 'Upload the certificate’s evidence file before it can be verified';
  if (c.validFrom && c.validFrom > today) problems.validFrom = `The certificate is not in force until ${c.validFrom}`;
  if (c.validUntil < today) problems.validUntil = `The certificate expired on ${c.validUntil}`;
  return problems;
}

const UNCHECKED: Record<ChecklistItem, string> = {
  certificateNumber: 'Check the certificate number against the evidence',
  certificationBody: 'Check the certification body against the evidence',
  productScope: 'Check the product scope against the evidence',
  holderName: 'Check the holder’s name against the evidence',
};

/**
 * Why a certificate cannot be marked BROKER_VERIFIED today with this checklist: its readiness, each
 * item confirmed, and a number and body recorded to confirm (an empty field cannot match the
 * evidence). Empty: the verification may be recorded.
 */
export function verificationChecklistProblems(
  c: CertificateToVerify,
  checklist: VerificationChecklist | null | undefined,
  today: CalendarDate,
): VerificationProblems {
  const problems = verificationReadinessProblems(c, today);
  for (const item of CHECKLIST_ITEMS) {
    if (!checklist?.[item]) problems[`checklist.${item}`] = UNCHECKED[item];
  }
  if (!c.certificateNumber)
    problems['checklist.certificateNumber'] = 'Record the certificate number from the evidence first';
  if (!c.certificationBody)
    problems['checklist.certificationBody'] = 'Record the certification body from the evidence first';
  return problems;
}
