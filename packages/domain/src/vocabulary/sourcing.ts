/** Lifecycle of a sourcing need (DESIGN §2). Transitions are enforced by `assertNeedTransition`. */
export const NEED_STATUSES = ['DRAFT', 'OPEN', 'EVALUATING', 'AWARDED', 'CANCELLED', 'CLOSED'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const MATCH_STATUSES = ['PROPOSED', 'SHORTLISTED', 'DISMISSED', 'INVITED'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];
