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
 * The stage an award brings a linkage to: an award is the buyer's commitment to quantities over a
 * schedule, i.e. an agreement. A linkage already further on (supplying, under review) is not set
 * back by a new award; one that had ended starts again from the agreement.
 */
export function stageAfterAward(current: LinkageStage | undefined): LinkageStage {
  if (current === 'SUPPLYING' || current === 'UNDER_REVIEW') return current;
  return 'AGREEMENT';
}
