import { type NeedStatus } from './sourcing.js';

const NEXT: Record<NeedStatus, readonly NeedStatus[]> = {
  DRAFT: ['OPEN', 'CANCELLED'],
  OPEN: ['EVALUATING', 'CANCELLED'],
  EVALUATING: ['OPEN', 'AWARDED', 'CANCELLED'],
  AWARDED: ['CLOSED'],
  CANCELLED: ['CLOSED'],
  CLOSED: [],
};

export class NeedTransitionError extends Error {
  constructor(
    readonly from: NeedStatus,
    readonly to: NeedStatus,
  ) {
    super(`A sourcing need cannot move from ${from} to ${to}`);
    this.name = 'NeedTransitionError';
  }
}

export function canTransitionNeed(from: NeedStatus, to: NeedStatus): boolean {
  return NEXT[from].includes(to);
}

/** The one place that decides whether a need may change status. */
export function assertNeedTransition(from: NeedStatus, to: NeedStatus): void {
  if (!canTransitionNeed(from, to)) throw new NeedTransitionError(from, to);
}

/** Needs in these states are still worth matching. */
export const MATCHABLE_NEED_STATUSES: readonly NeedStatus[] = ['OPEN', 'EVALUATING'];
