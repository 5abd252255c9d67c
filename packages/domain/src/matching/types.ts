import { type CalendarDate } from '../dates/calendar-date.js';
import { type HeldCertification } from '../compliance/held-certification.js';
import { type Requirement } from '../compliance/requirement.js';
import { type LatLon } from '../geo/distance.js';
import { type Period } from '../units/periods.js';
import { type Rate } from '../units/rate.js';
import { type Unit } from '../units/units.js';
import { type DomainMessage } from '../messages/catalogue.js';

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
  /** ISO 4217 code of the need's prices (target price, catalogue prices): explanations format money in it. */
  currency?: string;
}

/** Delivery history from recorded orders: delivery history counts more than badges. */
export interface TrackRecord {
  deliveries: number;
  onTimeDeliveries: number;
  conformingDeliveries: number;
}

/**
 * One unit whose capacity a supplier puts behind a need: a member enterprise of a producer group
 * (its committed capacity, while ACTIVE), or the supplier's own production (`memberId` null: a
 * group's committed group-level lines). Requirements that every supplier must meet are checked
 * unit by unit (DESIGN §2 "Offerable capacity").
 */
export interface SupplyingUnit {
  memberId: string | null;
  /** Capacity for the need's product, already in the need's unit and period. */
  quantity: number;
  /**
   * The member's own certificates. The supplier's own certificates (`SupplierCandidate.certifications`)
   * count for a member only where the scheme's group certificate covers members.
   */
  certifications: readonly HeldCertification[];
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
  /** All capacity recorded for the need's product family (compliant or not); its unit may not be comparable. */
  capacity: Rate;
  leadTimeDays: number;
  /** The supplier's own certificates (for a producer group: its group certificates). */
  certifications: readonly HeldCertification[];
  /**
   * The units behind `capacity` (a group's members and its own lines). Absent: the supplier is one
   * unit, its own production, holding `certifications`.
   */
  units?: readonly SupplyingUnit[];
  trackRecord?: TrackRecord;
}

export const GAP_KINDS = ['CERTIFICATION', 'CAPACITY', 'LEAD_TIME', 'DISTANCE', 'COMPETENCE'] as const;
export type GapKind = (typeof GAP_KINDS)[number];

/** Something a supplier lacks for this need, and the route to close it ("gaps are routes, not rejections"). */
export interface Gap {
  kind: GapKind;
  /** CERTIFICATION gaps: the standard the need asks for, which an upgrading plan aims at. */
  standardCode?: string;
  /** What is missing, as a message rendered in the reader's language (decision 0022). */
  missing: DomainMessage;
  /** Estimated months to close; 0 for gaps closed by a decision rather than by time (joining a coalition). */
  monthsToClose: number;
  /** The date by which it must be closed for the supplier to serve the need. */
  closeBy: CalendarDate;
  suggestedAction: DomainMessage;
}

export const MATCH_ELIGIBILITIES = ['ELIGIBLE', 'CONDITIONAL', 'EXCLUDED'] as const;
/**
 * ELIGIBLE: can serve as it is (possibly for part of the volume, or beside a partner that holds an
 * ANY_SUPPLIER standard). CONDITIONAL: has gaps it can close in time (before deliveries start, or by
 * the buyer's obtain-by date) and within a year. EXCLUDED: blocked — a gap it cannot close in time, or
 * a limit of the need (countries, distance, a standard required now, an incomparable unit).
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
  /** Sentences a reader can follow: why this supplier ranks where it does and what stands in the way. */
  explanation: DomainMessage[];
  gaps: Gap[];
  /** Why an EXCLUDED supplier cannot serve the need, every blocking reason; empty otherwise. */
  blockers: DomainMessage[];
  /**
   * Whether it can serve the whole need on its own: eligible, covering the volume with compliant
   * capacity and holding every ANY_SUPPLIER standard itself.
   */
  standsAlone: boolean;
  /** Compliant capacity it can offer, in the need's unit and period (what `components.capacity` measures). */
  offerableQuantity: number;
}

/** The outcome of matching a need: who can serve (ranked), and who cannot and why (best first). */
export interface MatchResult {
  matches: Match[];
  excluded: Match[];
}
