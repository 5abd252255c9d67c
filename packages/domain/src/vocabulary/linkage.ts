import { type CalendarDate, daysBetween } from '../dates/calendar-date.js';

/**
 * DESIGN §2 "Linkage": the stages of a lead firm's relation with a supplier, from a broker's
 * introduction to repeat supply. Phase-out comes only after a review.
 */
export const LINKAGE_STAGES = [
  'INTRODUCED',
  'MEETING',
  'SAMPLING',
  'TRIAL_ORDER',
  'AGREEMENT',
  'SUPPLYING',
  'UNDER_REVIEW',
  'ENDED',
  'PHASED_OUT',
] as const;
export type LinkageStage = (typeof LINKAGE_STAGES)[number];

/**
 * The pipeline (issue 15): each stage leads to the next or ends; supplying goes under review and
 * back; phase-out comes only after a review. ENDED and PHASED_OUT are final.
 */
const NEXT: Record<LinkageStage, readonly LinkageStage[]> = {
  INTRODUCED: ['MEETING', 'ENDED'],
  MEETING: ['SAMPLING', 'TRIAL_ORDER', 'ENDED'],
  SAMPLING: ['TRIAL_ORDER', 'ENDED'],
  TRIAL_ORDER: ['AGREEMENT', 'ENDED'],
  AGREEMENT: ['SUPPLYING', 'ENDED'],
  SUPPLYING: ['UNDER_REVIEW', 'ENDED'],
  UNDER_REVIEW: ['SUPPLYING', 'PHASED_OUT', 'ENDED'],
  ENDED: [],
  PHASED_OUT: [],
};

/** The stages a linkage may move to by hand from `from`. */
export const nextLinkageStages = (from: LinkageStage): readonly LinkageStage[] => NEXT[from];

export class LinkageTransitionError extends Error {
  constructor(
    readonly from: LinkageStage,
    readonly to: LinkageStage,
  ) {
    super(
      to === 'PHASED_OUT'
        ? 'A linkage is phased out only after a review: move it to UNDER_REVIEW first'
        : `A linkage cannot move from ${from} to ${to}`,
    );
    this.name = 'LinkageTransitionError';
  }
}

/** The one place that decides whether a linkage may change stage. */
export function assertLinkageTransition(from: LinkageStage, to: LinkageStage): void {
  if (!NEXT[from].includes(to)) throw new LinkageTransitionError(from, to);
}

/** Days without an event after which a linkage is stalled, unless configured otherwise. */
export const STALLED_AFTER_DAYS = 30;

/** ENDED and PHASED_OUT are final: a linkage in any other stage is still in progress. */
export const isLinkageInProgress = (stage: LinkageStage): boolean => stage !== 'ENDED' && stage !== 'PHASED_OUT';

/**
 * A linkage still in progress (not ended or phased out) with no event for `afterDays` days is
 * stalled: its people are told, so it does not quietly die between meetings.
 */
export function isStalled(
  linkage: { stage: LinkageStage; lastEventOn: CalendarDate },
  today: CalendarDate,
  afterDays = STALLED_AFTER_DAYS,
): boolean {
  if (!isLinkageInProgress(linkage.stage)) return false;
  return daysBetween(linkage.lastEventOn, today) > afterDays;
}

/** How a linkage is governed (value-chain governance): by the market, directed by the lead firm, or relational. */
export const LINKAGE_GOVERNANCE = ['MARKET', 'DIRECTED', 'RELATIONAL'] as const;
export type LinkageGovernance = (typeof LINKAGE_GOVERNANCE)[number];

/** Services the lead firm embeds in the linkage. */
export const EMBEDDED_SERVICES = ['TECHNICAL_ASSISTANCE', 'INPUTS', 'FINANCE'] as const;
export type EmbeddedService = (typeof EMBEDDED_SERVICES)[number];

/**
 * The stage an award brings a linkage to: an award is the buyer's commitment to quantities over a
 * schedule, i.e. an agreement. A linkage already further on (supplying, under review) is not set
 * back by a new award; one that had ended starts again from the agreement.
 */
export function stageAfterAward(current: LinkageStage | undefined): LinkageStage {
  if (current === 'SUPPLYING' || current === 'UNDER_REVIEW') return current;
  return 'AGREEMENT';
}
