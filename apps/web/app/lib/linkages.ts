import type { EmbeddedService, LinkageGovernance, LinkageStage } from '@linkage/domain';

/** The pipeline's stages in the words of a programme officer. */
export const LINKAGE_STAGE_LABEL: Record<LinkageStage, string> = {
  INTRODUCED: 'Introduced',
  MEETING: 'Meeting',
  SAMPLING: 'Sampling',
  TRIAL_ORDER: 'Trial order',
  AGREEMENT: 'Agreement',
  SUPPLYING: 'Supplying',
  UNDER_REVIEW: 'Under review',
  ENDED: 'Ended',
  PHASED_OUT: 'Phased out',
};

export const GOVERNANCE_LABEL: Record<LinkageGovernance, string> = {
  MARKET: 'Market (arm’s length)',
  DIRECTED: 'Directed by the lead firm',
  RELATIONAL: 'Relational (mutual)',
};

export const SERVICE_LABEL: Record<EmbeddedService, string> = {
  TECHNICAL_ASSISTANCE: 'Technical assistance',
  INPUTS: 'Inputs',
  FINANCE: 'Finance',
};
