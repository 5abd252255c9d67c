import { type CalendarDate, DAYS_PER_MONTH, dayNumber } from '../dates/calendar-date.js';
import { certificateStatus } from '../compliance/certificate-status.js';
import { type StandardDefinition } from '../compliance/standard.js';
import { greatCircleKm } from '../geo/distance.js';
import { normaliseHsCode, sharedHsLevel } from '../products/hs-code.js';
import { convertRate } from '../units/rate.js';
import { areCompatible } from '../units/units.js';
import { type MatchingConfig } from './matching-config.js';
import { type PreparedRequirement, bestCertificate, prepareRequirements } from './requirement-check.js';
import {
  type Gap,
  type MatchComponentScores,
  type SourcingNeedForMatching,
  type SupplierCandidate,
} from './types.js';

/** Outcome tiers, ordered as results are ranked: eligible and conditional by score, excluded last. */
export const TIER_ELIGIBLE = 0;
export const TIER_CONDITIONAL = 1;
export const TIER_EXCLUDED = 2;
/** Failed a hard filter: not a match at all. */
export const TIER_FILTERED = -1;

/** Everything about a need that does not depend on the supplier, computed once per matching run. */
export interface MatchingContext {
  need: SourcingNeedForMatching;
  config: Readonly<MatchingConfig>;
  today: CalendarDate;
  lastDelivery: CalendarDate;
  daysToStart: number;
  todayDay: number;
  needCode: string;
  allowedCountries: ReadonlySet<string> | undefined;
  requirements: readonly PreparedRequirement[];
}

export function createMatchingContext(
  need: SourcingNeedForMatching,
  today: CalendarDate,
  registry: readonly StandardDefinition[],
  config: Readonly<MatchingConfig>,
): MatchingContext {
  const todayDay = dayNumber(today);
  return {
    need,
    config,
    today,
    lastDelivery: need.endDate ?? need.startDate,
    daysToStart: dayNumber(need.startDate) - todayDay,
    todayDay,
    needCode: normaliseHsCode(need.productCode),
    allowedCountries: need.allowedCountries ? new Set(need.allowedCountries) : undefined,
    requirements: prepareRequirements(need.requirements, registry),
  };
}

/** Reusable result holder: the scoring pass writes into one instance instead of allocating per supplier. */
export interface Assessment {
  tier: number;
  score: number;
  components: MatchComponentScores;
  distanceKm: number;
  hsLevel: number;
  coverage: number;
  /** Why a supplier is excluded (the first gap it cannot close), or why it was filtered out. */
  blocker: string;
}

export function createAssessment(): Assessment {
  return {
    tier: TIER_FILTERED,
    score: 0,
    components: { product: 0, capacity: 0, compliance: 0, distance: 0, leadTime: 0, trackRecord: null },
    distanceKm: 0,
    hsLevel: 0,
    coverage: 0,
    blocker: '',
  };
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** Whether a gap taking `months` closes within the days available and within the one-year horizon. */
function fitsInTime(months: number, daysAvailable: number, maxDays: number): boolean {
  const days = months * DAYS_PER_MONTH;
  return days <= daysAvailable && days <= maxDays;
}

/** A gap that closes in time makes an eligible supplier conditional; one that cannot excludes it. */
function afterTimeBoundGap(tier: number, closesInTime: boolean): number {
  if (!closesInTime) return TIER_EXCLUDED;
  return tier === TIER_ELIGIBLE ? TIER_CONDITIONAL : tier;
}

/**
 * Scores one supplier for the need, hard filters first. When `gaps` is given the supplier's gaps are
 * also written out; the ranking pass leaves it out so that scoring 100,000 suppliers allocates
 * nothing per supplier, and only the returned top matches pay for gaps and explanations.
 */
export function assessCandidate(
  ctx: MatchingContext,
  c: SupplierCandidate,
  out: Assessment,
  gaps?: Gap[],
): void {
  const { need, config } = ctx;
  out.tier = TIER_FILTERED;
  out.blocker = '';

  if (ctx.allowedCountries !== undefined && !ctx.allowedCountries.has(c.country)) {
    out.blocker = `based in ${c.country}, outside the countries the buyer accepts`;
    return;
  }
  let level = 0;
  for (let i = 0; i < c.productCodes.length; i++) {
    const l = sharedHsLevel(ctx.needCode, c.productCodes[i]!);
    if (l > level) level = l;
  }
  if (level < 2) {
    out.blocker = 'makes nothing in the product family (HS chapter)';
    return;
  }
  const distanceKm = greatCircleKm(need.deliveryPlace, c.location);
  if (need.maxDistanceKm !== undefined && distanceKm > need.maxDistanceKm) {
    out.blocker = `${Math.round(distanceKm)} km away, beyond the ${need.maxDistanceKm} km limit`;
    return;
  }
  if (!areCompatible(c.capacity.unit, need.unit)) {
    out.blocker = `capacity is recorded in ${c.capacity.unit}, which cannot be compared with ${need.unit}`;
    return;
  }

  let tier = TIER_ELIGIBLE;
  const daysToStart = ctx.daysToStart;
  const maxDays = config.maxMonthsToClose * DAYS_PER_MONTH;

  // Compliance: each requirement counts for the trust in the certificate that meets it, and a
  // certificate lapsing before the last delivery counts only partly until renewed.
  let compliance = ctx.requirements.length === 0 ? 1 : 0;
  for (let r = 0; r < ctx.requirements.length; r++) {
    const prepared = ctx.requirements[r]!;
    const code = prepared.requirement.standardCode;
    const cert = bestCertificate(
      prepared,
      c.certifications,
      c.groupCertifications,
      ctx.lastDelivery,
      config.verificationCredit,
    );
    const validNow = cert !== undefined && cert.validUntil >= ctx.today;
    if (!validNow && prepared.requirement.mustHoldNow) {
      out.blocker = cert
        ? `its ${cert.standardCode} certificate expired on ${cert.validUntil}`
        : `does not hold ${code}, which the buyer requires now`;
      return;
    }
    if (cert !== undefined && validNow && cert.validUntil >= ctx.lastDelivery) {
      compliance += config.verificationCredit[cert.verification] / ctx.requirements.length;
    } else if (cert !== undefined && validNow) {
      compliance +=
        (config.verificationCredit[cert.verification] * config.lapsingCertificateCredit) /
        ctx.requirements.length;
      // Renewal must be done before the certificate lapses, or by the buyer's deadline if it lapses earlier.
      const deadline = prepared.requirement.obtainBy ?? need.startDate;
      const closeBy = cert.validUntil > deadline ? cert.validUntil : deadline;
      const daysAvailable = dayNumber(closeBy) - ctx.todayDay;
      const ok = fitsInTime(config.renewalMonths, daysAvailable, maxDays);
      tier = afterTimeBoundGap(tier, ok);
      if (!ok && out.blocker === '')
        out.blocker = `its ${code} certificate lapses on ${cert.validUntil} and cannot be renewed in time`;
      gaps?.push({
        kind: 'CERTIFICATION',
        missing: `${code} valid until ${ctx.lastDelivery}: the ${cert.standardCode} certificate ends ${cert.validUntil} (${certificateStatus(cert.validUntil, ctx.today).toLowerCase()})`,
        monthsToClose: config.renewalMonths,
        closeBy,
        suggestedAction: `Book the ${cert.standardCode} recertification audit before ${cert.validUntil}`,
      });
    } else {
      // An expired certificate means the system exists and only recertification is needed. The
      // buyer may give its own deadline for obtaining the standard; otherwise it is the first delivery.
      const months = cert ? config.renewalMonths : prepared.monthsToObtain;
      const obtainBy = prepared.requirement.obtainBy;
      const deadline = obtainBy ?? need.startDate;
      const ok = fitsInTime(months, obtainBy ? dayNumber(obtainBy) - ctx.todayDay : daysToStart, maxDays);
      tier = afterTimeBoundGap(tier, ok);
      if (!ok && out.blocker === '') {
        const when = obtainBy ? `by the buyer's deadline of ${obtainBy}` : `before deliveries start on ${deadline}`;
        out.blocker = cert
          ? `its ${code} certificate expired on ${cert.validUntil} and recertification cannot finish ${when}`
          : Number.isFinite(prepared.monthsToObtain)
            ? `${code} typically takes ${prepared.monthsToObtain} months to obtain, too long to hold it ${when}`
            : `${code} is not in the standards registry, so the time to obtain it is unknown`;
      }
      gaps?.push({
        kind: 'CERTIFICATION',
        missing: cert ? `${code}: the ${cert.standardCode} certificate expired on ${cert.validUntil}` : code,
        monthsToClose: months,
        closeBy: deadline,
        suggestedAction: cert
          ? `Recertify ${cert.standardCode} with a certification body`
          : `Obtain ${prepared.quickestRoute} with support from a BDS provider or certification programme`,
      });
    }
  }

  const fitKey = (6 - (ctx.needCode.length - level)) as 2 | 4 | 6;
  const product = config.productFitByLevel[fitKey];
  if (level === 2 && ctx.needCode.length > 2) {
    const ok = fitsInTime(config.competenceMonths, daysToStart, maxDays);
    tier = afterTimeBoundGap(tier, ok);
    if (!ok && out.blocker === '')
      out.blocker = `has not made products of HS heading ${ctx.needCode.slice(0, 4)} and a trial cannot finish before ${need.startDate}`;
    gaps?.push({
      kind: 'COMPETENCE',
      missing: `experience with HS ${ctx.needCode} (makes other products of chapter ${ctx.needCode.slice(0, 2)})`,
      monthsToClose: config.competenceMonths,
      closeBy: need.startDate,
      suggestedAction: 'Send samples and run a trial order to prove the product',
    });
  }

  if (c.leadTimeDays > daysToStart) {
    const lateDays = c.leadTimeDays - Math.max(0, daysToStart);
    // Lead time cannot be bought back: the first delivery would simply be late.
    tier = TIER_EXCLUDED;
    if (out.blocker === '')
      out.blocker = `its ${c.leadTimeDays}-day lead time makes the first delivery ${lateDays} days late`;
    gaps?.push({
      kind: 'LEAD_TIME',
      missing: `${lateDays} days: lead time ${c.leadTimeDays} days, first delivery due in ${Math.max(0, daysToStart)}`,
      monthsToClose: round4(lateDays / DAYS_PER_MONTH),
      closeBy: need.startDate,
      suggestedAction: 'Agree a later first delivery or hold buffer stock',
    });
  }
  const leadTime = c.leadTimeDays <= daysToStart ? 1 : daysToStart <= 0 ? 0 : daysToStart / c.leadTimeDays;

  const coverage = convertRate(c.capacity, need.unit, need.period) / need.quantity;
  const capacity = coverage >= 1 ? 1 : coverage;
  if (gaps !== undefined && coverage < 1) {
    gaps.push({
      kind: 'CAPACITY',
      missing: `${round4(need.quantity * (1 - coverage))} ${need.unit}/${need.period.toLowerCase()} of the ${need.quantity} needed`,
      monthsToClose: 0,
      closeBy: need.startDate,
      suggestedAction: 'Supply as part of a coalition with other suppliers',
    });
  }

  const distance =
    need.maxDistanceKm !== undefined && need.maxDistanceKm > 0
      ? 1 - distanceKm / need.maxDistanceKm
      : 1 / (1 + distanceKm / config.distanceHalfScoreKm);
  if (gaps !== undefined && need.maxDistanceKm === undefined && distanceKm > config.farKm) {
    gaps.push({
      kind: 'DISTANCE',
      missing: `${Math.round(distanceKm)} km to the delivery place (long haul above ${config.farKm} km)`,
      monthsToClose: 0,
      closeBy: need.startDate,
      suggestedAction: 'Agree consolidated shipments and the Incoterm with the buyer',
    });
  }

  // Share of good deliveries (on time, conforming), shrunk towards 0.5 by a prior of k average
  // deliveries; a supplier with no history scores the prior itself, so that neither a first order's
  // luck nor the absence of a record (common for MSEs new to formal buyers) outweighs the evidence.
  const record = c.trackRecord;
  const hasRecord = record !== undefined && record.deliveries > 0;
  const k = config.trackRecordPriorDeliveries;
  const trackRecord = hasRecord
    ? ((record.onTimeDeliveries + record.conformingDeliveries) / 2 + 0.5 * k) / (record.deliveries + k)
    : 0.5;

  const w = config.weights;
  const score =
    w.product * product +
    w.capacity * capacity +
    w.compliance * compliance +
    w.distance * distance +
    w.leadTime * leadTime +
    w.trackRecord * trackRecord;

  out.tier = tier;
  out.score = round4(score);
  out.distanceKm = distanceKm;
  out.hsLevel = level;
  out.coverage = coverage;
  const comp = out.components;
  comp.product = product;
  comp.capacity = round4(capacity);
  comp.compliance = round4(compliance);
  comp.distance = round4(distance);
  comp.leadTime = round4(leadTime);
  comp.trackRecord = hasRecord ? round4(trackRecord) : null;
}
