import { type CalendarDate } from '../dates/calendar-date.js';
import { satisfies } from '../compliance/equivalence.js';
import { type StandardDefinition } from '../compliance/standard.js';
import { type UpgradingActionKind, type UpgradingActionStatus, isActionOpen } from './upgrading-actions.js';

export interface ActionAimedAtStandard {
  kind: UpgradingActionKind;
  status: UpgradingActionStatus;
  standardCode: string | null;
}

export interface RecordedCertificate {
  standardCode: string;
  /** The organisation holding it: the supplier itself or one of its member enterprises. */
  holderId: string;
  validFrom: CalendarDate | null;
  validUntil: CalendarDate;
}

export interface ClosingContext {
  /** The plan's supplier and the organisations of its member enterprises. */
  supplierId: string;
  memberIds: ReadonlySet<string>;
  today: CalendarDate;
  /** The last day the certificate must cover (the need's deliveries); null for a plan without a need. */
  coverUntil: CalendarDate | null;
  registry: readonly StandardDefinition[];
}

/**
 * Whether a recorded certificate closes a certification action: the action is still open and aimed at
 * a standard; the certificate is the supplier's or a member's, of that standard or an accepted
 * equivalent, in force today and through the need's deliveries. Why through the deliveries: a renewal
 * that lapses again before the buyer is served has not closed the gap matching found.
 */
export function closesAction(
  action: ActionAimedAtStandard,
  certificate: RecordedCertificate,
  ctx: ClosingContext,
): boolean {
  if (action.kind !== 'CERTIFICATION' || !action.standardCode || !isActionOpen(action.status)) return false;
  if (certificate.holderId !== ctx.supplierId && !ctx.memberIds.has(certificate.holderId)) return false;
  if (!satisfies(action.standardCode, certificate.standardCode, ctx.registry)) return false;
  if (certificate.validFrom !== null && certificate.validFrom > ctx.today) return false;
  if (certificate.validUntil < ctx.today) return false;
  return ctx.coverUntil === null || certificate.validUntil >= ctx.coverUntil;
}
