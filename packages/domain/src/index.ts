export * from './vocabulary/organisation.js';
export * from './vocabulary/sourcing.js';
export * from './vocabulary/need-status.js';
export * from './vocabulary/need-dates.js';
export * from './vocabulary/match-invitation.js';
export * from './vocabulary/producer-group.js';
export * from './vocabulary/linkage.js';
export * from './i18n/locale.js';
export * from './messages/index.js';
export * from './visibility/visibility.js';
export * from './programmes/programme.js';
export * from './units/units.js';
export * from './units/periods.js';
export * from './units/rate.js';
export * from './products/hs-code.js';
export * from './products/search-vocabulary.js';
export * from './i18n/locale.js';
export * from './text/fold-text.js';
export * from './geo/countries.js';
export * from './geo/distance.js';
export * from './dates/calendar-date.js';
export * from './compliance/standard.js';
export * from './compliance/standards-registry.js';
export * from './compliance/standard-names.js';
export * from './compliance/equivalence.js';
export * from './compliance/certificate-status.js';
export * from './compliance/held-certification.js';
export * from './compliance/requirement.js';
export * from './catalogue/catalogue-capacity.js';
export * from './catalogue/catalogue-price.js';
export * from './matching/types.js';
export * from './matching/offerable-capacity.js';
export * from './money/format-money.js';
export * from './units/format-quantity.js';
export { MATCHING_CONFIG, type MatchingConfig } from './matching/matching-config.js';
export { matchSuppliers, type MatchOptions } from './matching/match-suppliers.js';
export { requiredProductPrefix } from './matching/assess-candidate.js';
export {
  type HolderRequirement,
  type PreparedRequirement,
  holderRequirement,
  prepareRequirements,
} from './matching/requirement-check.js';
export * from './coalition/types.js';
export { type CoalitionModel, MIN_MEMBER_SHARE, prepareCoalitionModel } from './coalition/coalition-model.js';
export { proposeCoalitions, greedyCoalition } from './coalition/propose-coalitions.js';
export * from './coalition/member-shares.js';
export * from './deals/capacity-ledger.js';
export * from './deals/offers.js';
export * from './compliance/verification-checklist.js';
export * from './deliveries/scorecard.js';
export * from './upgrading/upgrading-actions.js';
export * from './upgrading/cost-sharing.js';
export * from './upgrading/plan-readiness.js';
export * from './upgrading/closes-action.js';
export * from './upgrading/service-providers.js';
export * from './brokering/introduction.js';
export * from './brokering/meeting-time.js';
