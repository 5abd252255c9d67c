import { MATCHABLE_NEED_STATUSES } from './need-status.js';
import { type LeadFirmMatchStatus, type MatchStatus, type NeedStatus } from './sourcing.js';

/** Why a supplier cannot be invited to offer on a need, or why a lead firm cannot change a match's status. */
export class MatchInvitationError extends Error {
  constructor(
    readonly reason: 'NEED_NOT_OPEN' | 'NOT_A_MATCH' | 'ALREADY_INVITED',
    message: string,
  ) {
    super(message);
    this.name = 'MatchInvitationError';
  }
}

/**
 * A lead firm invites a supplier to offer (DESIGN §3 "From match to deal"): only while the need takes
 * answers (OPEN or EVALUATING), and only a supplier the need's current matching ranked — eligible, or
 * conditional with gaps it can close in time; an excluded supplier cannot serve the need.
 */
export function assertCanInvite(
  need: { status: NeedStatus },
  match: { eligibility: 'ELIGIBLE' | 'CONDITIONAL' | 'EXCLUDED' } | undefined,
): void {
  if (!MATCHABLE_NEED_STATUSES.includes(need.status))
    throw new MatchInvitationError(
      'NEED_NOT_OPEN',
      `A ${need.status.toLowerCase()} need takes no more offers`,
    );
  if (match === undefined || match.eligibility === 'EXCLUDED')
    throw new MatchInvitationError('NOT_A_MATCH', 'Only a supplier this need matches can be invited');
}

/**
 * The lead firm's own marks (shortlist, dismiss, back to proposed) cannot undo an invitation: the
 * group has been told, and may be preparing an offer.
 */
export function assertLeadFirmMatchStatusChange(from: MatchStatus, to: LeadFirmMatchStatus): void {
  if (from === 'INVITED')
    throw new MatchInvitationError(
      'ALREADY_INVITED',
      `The supplier is invited: it cannot be marked ${to.toLowerCase()}`,
    );
}
