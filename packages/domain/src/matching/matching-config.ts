import { type VerificationLevel } from '../compliance/held-certification.js';
import { type MatchComponentScores } from './types.js';

export interface MatchingConfig {
  weights: Readonly<Record<keyof MatchComponentScores, number>>;
  productFitByLevel: Readonly<Record<2 | 4 | 6, number>>;
  distanceHalfScoreKm: number;
  farKm: number;
  maxMonthsToClose: number;
  renewalMonths: number;
  competenceMonths: number;
  lapsingCertificateCredit: number;
  verificationCredit: Readonly<Record<VerificationLevel, number>>;
  trackRecordPriorDeliveries: number;
  defaultLimit: number;
}

/**
 * Every tunable number of supplier matching, in one place so product and programme staff can read
 * and argue about them. Weights sum to 1 so scores stay in [0,1].
 */
export const MATCHING_CONFIG: Readonly<MatchingConfig> = {
  weights: {
    /** Making the right product is the first question a buyer asks. */
    product: 0.25,
    /** Share of the volume a supplier covers; partial suppliers still matter because coalitions combine them. */
    capacity: 0.2,
    /** Standards held, for the whole delivery period, weighted by how they were verified. */
    compliance: 0.25,
    /** Landed cost and reliability fall with distance to the delivery place. */
    distance: 0.1,
    /** Whether the supplier's lead time fits before the first delivery. */
    leadTime: 0.1,
    /** Delivery history counts more than badges, when there is one. */
    trackRecord: 0.1,
  },
  /** Product fit by shared HS level relative to the level the need names: subheading, heading, chapter. */
  productFitByLevel: { 6: 1, 4: 0.6, 2: 0.3 },
  /** Without a maximum distance, the distance score halves at this distance (roughly a day by truck). */
  distanceHalfScoreKm: 800,
  /** Beyond this distance a DISTANCE gap flags long-haul logistics (when the need sets no maximum). */
  farKm: 1500,
  /** Practice: gaps are worth closing only if the supplier can be ready within a year. */
  maxMonthsToClose: 12,
  /** A renewal (recertification) audit for a certificate that lapses during the delivery period. */
  renewalMonths: 3,
  /** Samples and a trial order to prove a supplier can make a product it has not made before. */
  competenceMonths: 3,
  /** A certificate that lapses during deliveries counts for this share of a held one until renewed. */
  lapsingCertificateCredit: 0.5,
  verificationCredit: { THIRD_PARTY_VERIFIED: 1, BROKER_VERIFIED: 0.85, SELF_DECLARED: 0.6 },
  /** Track record is shrunk towards 0.5 as if the supplier had this many average deliveries, so one lucky order is not a record. */
  trackRecordPriorDeliveries: 5,
  /** Matches returned with explanations and gaps. */
  defaultLimit: 50,
};
