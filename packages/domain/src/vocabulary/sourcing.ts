/** Lifecycle of a sourcing need (DESIGN §2). Transitions are enforced by `assertNeedTransition`. */
export const NEED_STATUSES = ['DRAFT', 'OPEN', 'EVALUATING', 'AWARDED', 'CANCELLED', 'CLOSED'] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];

export const MATCH_STATUSES = ['PROPOSED', 'SHORTLISTED', 'DISMISSED', 'INVITED'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/** When a need is delivered: once by a date, or every period between two dates (DESIGN §2 "SourcingNeed"). */
export const NEED_SCHEDULE_KINDS = ['ONE_OFF', 'RECURRING'] as const;
export type NeedScheduleKind = (typeof NEED_SCHEDULE_KINDS)[number];

/** Periods a recurring need can be delivered per. */
export const RECURRING_PERIODS = ['WEEK', 'MONTH'] as const;
export type RecurringPeriod = (typeof RECURRING_PERIODS)[number];

/** How much the need matters to the lead firm's business: a core input or a peripheral one. */
export const NEED_CRITICALITIES = ['CORE', 'NON_CORE'] as const;
export type NeedCriticality = (typeof NEED_CRITICALITIES)[number];

/**
 * Who may see a need: every producer group it matches, only the suppliers the lead firm invited, or
 * only the programme (brokers) it is posted through.
 */
export const NEED_VISIBILITIES = ['PUBLIC', 'INVITED', 'PROGRAMME'] as const;
export type NeedVisibility = (typeof NEED_VISIBILITIES)[number];

/** Why the lead firm sources locally (DESIGN §2): what makes the linkage commercially worth it. */
export const BUSINESS_RATIONALES = ['IMPORT_SUBSTITUTION', 'LEAD_TIME', 'COST', 'RISK', 'OTHER'] as const;
export type BusinessRationale = (typeof BUSINESS_RATIONALES)[number];

/** Statuses a lead firm may give a match itself; INVITED comes with an invitation to offer. */
export const LEAD_FIRM_MATCH_STATUSES = ['PROPOSED', 'SHORTLISTED', 'DISMISSED'] as const;
export type LeadFirmMatchStatus = (typeof LEAD_FIRM_MATCH_STATUSES)[number];
