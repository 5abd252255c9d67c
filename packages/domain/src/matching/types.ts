import { type CalendarDate } from '../dates/calendar-date.js';
import { type HeldCertification } from '../compliance/held-certification.js';
import { type Requirement } from '../compliance/requirement.js';
import { type LatLon } from '../geo/distance.js';
import { type Period } from '../units/periods.js';
import { type Rate } from '../units/rate.js';
import { type Unit } from '../units/units.js';

/** A sourcing need reduced to what matching and coalition building read. */
export interface SourcingNeedForMatching {
  id: string;
  /** HS 2022 code at the level the buyer asks for: chapter (2), heading (4) or subheading (6 digits). */
  productCode: string;
  /** Volume per period, in the need's unit. */
  quantity: number;
  unit: Unit;
  period: Period;
  /** First delivery (the only one for a one-off need). */
  startDate: CalendarDate;
  /** Last delivery of a recurring need; a one-off need leaves it out. */
  endDate?: CalendarDate;
  deliveryPlace: LatLon;
  maxDistanceKm?: number;
  /** ISO 3166-1 alpha-2 codes; absent means any country. */
  allowedCountries?: readonly string[];
  requirements: readonly Requirement[];
}

/** Delivery history from recorded orders: delivery history counts more than badges. */
export interface TrackRecord {
  deliveries: number;
  onTimeDeliveries: number;
  conformingDeliveries: number;
}

/** A supplier profile as matching reads it; the worker builds these from capability profiles. */
export interface SupplierCandidate {
  supplierId: string;
  /** How explanations name the supplier; its id when absent. */
  name?: string;
  country: string;
  location: LatLon;
  /** HS 6-digit codes the supplier produces. */
  productCodes: readonly string[];
  /** Capacity available for the need's product family. */
  capacity: Rate;
  leadTimeDays: number;
  certifications: readonly HeldCertification[];
  /**
   * Certificates held by the producer group the supplier belongs to. They count for the supplier
   * only when the standard's group certificate covers members (GLOBALG.A.P. option 2, Fairtrade SPO).
   */
  groupCertifications?: readonly HeldCertification[];
  trackRecord?: TrackRecord;
}

export const GAP_KINDS = ['CERTIFICATION', 'CAPACITY', 'LEAD_TIME', 'DISTANCE', 'COMPETENCE'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** Something a supplier lacks for this need, and the route to close it ("gaps are routes, not rejections"). */
export interface Gap {
  kind: GapKind;
  missing: string;
  /** Estimated months to close; 0 for gaps closed by a decision rather than by time (joining a coalition). */
  monthsToClose: number;
  /** The date by which it must be closed for the supplier to serve the need. */
  closeBy: CalendarDate;
  suggestedAction: string;
}

export const MATCH_ELIGIBILITIES = ['ELIGIBLE', 'CONDITIONAL', 'EXCLUDED'] as const;
/**
 * ELIGIBLE: can serve as it is (possibly for part of the volume). CONDITIONAL: has gaps it can close
 * before deliveries start and within a year. EXCLUDED: has a gap it cannot close in time.
 */
export type MatchEligibility = (typeof MATCH_ELIGIBILITIES)[number];

export interface MatchComponentScores {
  product: number;
  capacity: number;
  compliance: number;
  distance: number;
  leadTime: number;
  /** Null when the supplier has no recorded deliveries (the score then uses the neutral prior, 0.5). */
  trackRecord: number | null;
}

export interface Match {
  needId: string;
  supplierId: string;
  /** In [0,1]. */
  score: number;
  eligibility: MatchEligibility;
  components: MatchComponentScores;
  distanceKm: number;
  explanation: string;
  gaps: Gap[];
}
