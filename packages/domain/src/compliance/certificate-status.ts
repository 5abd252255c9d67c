import { type CalendarDate, dayNumber } from '../dates/calendar-date.js';

export const CERTIFICATE_STATUSES = ['VALID', 'EXPIRING', 'EXPIRED'] as const;
export type CertificateStatus = (typeof CERTIFICATE_STATUSES)[number];

/** A certificate within this many days of its end date is flagged so the owner can book the renewal audit. */
export const EXPIRING_WITHIN_DAYS = 60;

/**
 * Status of a certificate on `today`. `validUntil` is the last day the certificate is valid (as
 * printed on it), so on that day it is still EXPIRING and the day after it is EXPIRED.
 */
export function certificateStatus(validUntil: CalendarDate, today: CalendarDate): CertificateStatus {
  const daysLeft = dayNumber(validUntil) - dayNumber(today);
  if (daysLeft < 0) return 'EXPIRED';
  return daysLeft <= EXPIRING_WITHIN_DAYS ? 'EXPIRING' : 'VALID';
}
