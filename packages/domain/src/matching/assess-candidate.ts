import { type CalendarDate, DAYS_PER_MONTH, dayNumber } from '../dates/calendar-date.js';
import { type StandardDefinition } from '../compliance/standard.js';
import { greatCircleKm } from '../geo/distance.js';
import { type DomainMessage, message } from '../messages/catalogue.js';
import { normaliseHsCode, sharedHsLevel } from '../products/hs-code.js';
import { convertRate } from '../units/rate.js';
import { areCompatible } from '../units/units.js';
import { MATCHING_CONFIG, type MatchingConfig } from './matching-config.js';
import { type OfferableCapacity, offerableCapacity } from './offerable-capacity.js';
import { type PreparedRequirement, prepareRequirements } from './requirement-check.js';
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
/** Makes nothing in the need's product family: not a supplier of the product at all. */
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
  /** Offerable capacity over the need's volume. */
  coverage: number;
  /** Offerable capacity in the need's unit and period. */
  offered: number;
  /** Eligible, covering the volume and holding every ANY_SUPPLIER standard itself. */
  standsAlone: boolean;
  /** Requirements met for the whole delivery period. */
  heldRequirements: number;
  /** How the supplier's units stand against the requirements (undefined when its unit cannot be compared). */
  offer: OfferableCapacity | undefined;
}

export function createAssessment(): Assessment {
  return {
    tier: TIER_FILTERED,
    score: 0,
    components: { product: 0, capacity: 0, compliance: 0, distance: 0, leadTime: 0, trackRecord: null },
    distanceKm: 0,
    hsLevel: 0,
    coverage: 0,
    offered: 0,
    standsAlone: false,
    heldRequirements: 0,
    offer: undefined,
  };
}

/** Where the describing pass writes what the ranking pass only counts. */
export interface AssessmentDetail {
  gaps: Gap[];
  /** Every reason the supplier cannot serve the need (for EXCLUDED suppliers: the "why not"). */
  blockers: DomainMessage[];
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/** Whether a gap taking `months` closes within the days available and within the one-year horizon. */
function fitsInTime(months: number, daysAvailable: number, maxDays: number): boolean {
  const days = months * DAYS_PER_MONTH;
  return days <= daysAvailable && days <= maxDays;
}

/** Whether a supplier of the need's chapter alone can prove the product (a trial) before deliveries start. */
function competenceClosesInTime(daysToStart: number, config: Readonly<MatchingConfig>): boolean {
  return fitsInTime(config.competenceMonths, daysToStart, config.maxMonthsToClose * DAYS_PER_MONTH);
}

/**
 * The HS prefix a supplier must make some product of to be worth assessing for a need: the need's
 * heading when a supplier sharing only its chapter could not close the competence gap before
 * deliveries start (matching excludes it), otherwise the chapter. Candidate generation may leave out
 * suppliers without such a product, as it does for standards (`holderRequirement`).
 */
export function requiredProductPrefix(
  need: Pick<SourcingNeedForMatching, 'productCode' | 'startDate'>,
  today: CalendarDate,
  config: Readonly<MatchingConfig> = MATCHING_CONFIG,
): string {
  const needCode = normaliseHsCode(need.productCode);
  const daysToStart = dayNumber(need.startDate) - dayNumber(today);
  return needCode.length > 2 && !competenceClosesInTime(daysToStart, config)
    ? needCode.slice(0, 4)
    : needCode.slice(0, 2);
}

/**
 * Scores one supplier for the need. Only a supplier of another product family is filtered out; every
 * other limit (countries, distance, incomparable units, standards required now, gaps that cannot close
 * in time) makes it EXCLUDED with its reasons, so the buyer can see why not. When `detail` is given
 * the gaps and blocking reasons are also written out; the ranking pass leaves it out so that scoring
 * 100,000 suppliers allocates little per supplier, and only the returned ones pay for texts.
 */
export function assessCandidate(
  ctx: MatchingContext,
  c: SupplierCandidate,
  out: Assessment,
  detail?: AssessmentDetail,
): void {
  const { need, config } = ctx;
  const gaps = detail?.gaps;
  out.tier = TIER_FILTERED;
  out.standsAlone = false;
  out.offer = undefined;

  let level = 0;
  for (let i = 0; i < c.productCodes.length; i++) {
    const l = sharedHsLevel(ctx.needCode, c.productCodes[i]!);
    if (l > level) level = l;
  }
  if (level < 2) return;

  let tier = TIER_ELIGIBLE;
  const block = (reason: () => DomainMessage) => {
    tier = TIER_EXCLUDED;
    detail?.blockers.push(reason());
  };
  /** A gap that closes in time makes an eligible supplier conditional; one that cannot blocks it. */
  const timeBound = (closesInTime: boolean, reason: () => DomainMessage) => {
    if (!closesInTime) block(reason);
    else if (tier === TIER_ELIGIBLE) tier = TIER_CONDITIONAL;
  };

  if (ctx.allowedCountries !== undefined && !ctx.allowedCountries.has(c.country))
    block(() => message('blocker.country', { country: c.country }));
  const distanceKm = greatCircleKm(need.deliveryPlace, c.location);
  if (need.maxDistanceKm !== undefined && distanceKm > need.maxDistanceKm)
    block(() => message('blocker.distance', { km: Math.round(distanceKm), limit: need.maxDistanceKm! }));
  const comparable = areCompatible(c.capacity.unit, need.unit);
  if (!comparable) block(() => message('blocker.unit', { unit: c.capacity.unit, needUnit: need.unit }));

  const daysToStart = ctx.daysToStart;
  const maxDays = config.maxMonthsToClose * DAYS_PER_MONTH;
  const credit = config.verificationCredit;
  // Certificates do not depend on units: a supplier whose capacity cannot be compared is still assessed
  // on them (its units at quantity 0), so its "why not" names only what really keeps it out.
  const offer = offerableCapacity(
    c,
    comparable ? convertRate(c.capacity, need.unit, need.period) : 0,
    ctx.requirements,
    ctx.today,
    ctx.lastDelivery,
    credit,
  );
  const anyUnitQualifies = offer.qualifyingUnits > 0;
  if (comparable && offer.recorded <= 0) block(() => message('blocker.noCapacity', {}));
  let holdsEveryAny = true;
  let held = 0;

  // Compliance: each requirement counts for the trust in the certificate that meets it, and a
  // certificate lapsing before the last delivery counts only partly until renewed.
  let compliance = ctx.requirements.length === 0 ? 1 : 0;
  for (let r = 0; r < ctx.requirements.length; r++) {
    const prepared = ctx.requirements[r]!;
    const requirement = prepared.requirement;
    const code = requirement.standardCode;
    const standing = offer.standings[r];
    const anyLevel = requirement.level === 'ANY_SUPPLIER';
    // Unit-level: the offer is as good as its weakest qualifying unit. With none qualifying (each unit
    // lacks one standard or another), a standard only some units hold is one the others must obtain;
    // one no unit holds now starts from the best certificate any unit has. ANY_SUPPLIER: what the
    // supplier holds itself.
    const cert = anyLevel
      ? offer.anyHeld[r]
      : anyUnitQualifies
        ? standing?.weakest
        : standing !== undefined && standing.holders > 0 && standing.holders < offer.units
          ? undefined
          : standing?.best;
    const validNow = cert !== undefined && cert.validUntil >= ctx.today;
    const lasts = validNow && cert.validUntil >= ctx.lastDelivery;
    if (validNow) {
      compliance +=
        (credit[cert.verification] * (lasts ? 1 : config.lapsingCertificateCredit)) / ctx.requirements.length;
    }
    if (lasts) {
      held++;
      continue;
    }
    if (anyLevel) {
      // One holder in the coalition meets it for all: a non-holder is no less a supplier, it needs a partner.
      holdsEveryAny = false;
      gaps?.push({
        kind: 'CERTIFICATION',
        standardCode: code,
        missing: validNow
          ? message('gap.anySupplierLapses', {
              standard: code,
              lapses: cert.validUntil,
              lastDelivery: ctx.lastDelivery,
            })
          : message('gap.anySupplierNotHeld', { standard: code }),
        monthsToClose: 0,
        closeBy: need.startDate,
        suggestedAction: validNow
          ? message('action.renewOrPartner', {
              held: cert.standardCode,
              lapses: cert.validUntil,
              months: config.renewalMonths,
              standard: code,
            })
          : Number.isFinite(prepared.monthsToObtain)
            ? message('action.partnerOrObtain', {
                standard: code,
                route: prepared.quickestRoute,
                months: prepared.monthsToObtain,
              })
            : message('action.partnerWithHolder', { standard: code }),
      });
      continue;
    }
    if (!validNow && requirement.mustHoldNow) {
      block(() =>
        cert
          ? message('blocker.expiredRequiredNow', {
              held: cert.standardCode,
              expired: cert.validUntil,
              standard: code,
            })
          : message('blocker.notHeldRequiredNow', { standard: code }),
      );
      continue;
    }
    if (validNow) {
      // Renewal must be done before the certificate lapses, or by the buyer's deadline if it lapses earlier.
      const deadline = requirement.obtainBy ?? need.startDate;
      const closeBy = cert.validUntil > deadline ? cert.validUntil : deadline;
      timeBound(fitsInTime(config.renewalMonths, dayNumber(closeBy) - ctx.todayDay, maxDays), () =>
        message('blocker.renewalTooLate', {
          standard: code,
          lapses: cert.validUntil,
          months: config.renewalMonths,
          closeBy,
        }),
      );
      gaps?.push({
        kind: 'CERTIFICATION',
        standardCode: code,
        missing: message('gap.renewal', {
          standard: code,
          held: cert.standardCode,
          lapses: cert.validUntil,
          lastDelivery: ctx.lastDelivery,
        }),
        monthsToClose: config.renewalMonths,
        closeBy,
        suggestedAction: message('action.bookRecertification', {
          held: cert.standardCode,
          lapses: cert.validUntil,
        }),
      });
      continue;
    }
    // An expired certificate means the system exists and only recertification is needed. The buyer
    // may give its own deadline for obtaining the standard; otherwise it is the first delivery.
    const months = cert ? config.renewalMonths : prepared.monthsToObtain;
    const obtainBy = requirement.obtainBy;
    const deadline = obtainBy ?? need.startDate;
    timeBound(fitsInTime(months, dayNumber(deadline) - ctx.todayDay, maxDays), () => {
      if (cert)
        return message(obtainBy ? 'blocker.recertificationByBuyer' : 'blocker.recertificationBeforeStart', {
          standard: code,
          expired: cert.validUntil,
          date: deadline,
        });
      if (!Number.isFinite(prepared.monthsToObtain))
        return message('blocker.unknownStandard', { standard: code });
      return message(obtainBy ? 'blocker.obtainByBuyer' : 'blocker.obtainBeforeStart', {
        standard: code,
        months: prepared.monthsToObtain,
        date: deadline,
      });
    });
    gaps?.push({
      kind: 'CERTIFICATION',
      standardCode: code,
      missing: cert
        ? message('gap.expired', { standard: code, held: cert.standardCode, expired: cert.validUntil })
        : message('gap.notHeld', { standard: code }),
      monthsToClose: months,
      closeBy: deadline,
      suggestedAction: cert
        ? message('action.recertify', { held: cert.standardCode })
        : message('action.obtain', { route: prepared.quickestRoute }),
    });
  }

  const fitKey = (6 - (ctx.needCode.length - level)) as 2 | 4 | 6;
  const product = config.productFitByLevel[fitKey];
  if (level === 2 && ctx.needCode.length > 2) {
    timeBound(competenceClosesInTime(daysToStart, config), () =>
      message('blocker.competence', { heading: ctx.needCode.slice(0, 4), date: need.startDate }),
    );
    gaps?.push({
      kind: 'COMPETENCE',
      missing: message('gap.competence', { product: ctx.needCode, chapter: ctx.needCode.slice(0, 2) }),
      monthsToClose: config.competenceMonths,
      closeBy: need.startDate,
      suggestedAction: message('action.trialOrder', {}),
    });
  }

  if (c.leadTimeDays > daysToStart) {
    const lateDays = c.leadTimeDays - Math.max(0, daysToStart);
    // Lead time cannot be bought back: the first delivery would simply be late.
    block(() => message('blocker.leadTime', { leadDays: c.leadTimeDays, lateDays }));
    gaps?.push({
      kind: 'LEAD_TIME',
      missing: message('gap.leadTime', {
        lateDays,
        leadDays: c.leadTimeDays,
        dueDays: Math.max(0, daysToStart),
      }),
      monthsToClose: round4(lateDays / DAYS_PER_MONTH),
      closeBy: need.startDate,
      suggestedAction: message('action.laterDelivery', {}),
    });
  }
  const leadTime = c.leadTimeDays <= daysToStart ? 1 : daysToStart <= 0 ? 0 : daysToStart / c.leadTimeDays;

  // With no unit qualifying, the whole recorded capacity is what certification would make offerable.
  const offered = !comparable ? 0 : anyUnitQualifies ? offer.quantity : offer.recorded;
  const coverage = offered / need.quantity;
  const capacity = coverage >= 1 ? 1 : coverage;
  if (gaps !== undefined && comparable && coverage < 1) {
    gaps.push({
      kind: 'CAPACITY',
      missing: message('gap.capacity', {
        short: round4(need.quantity - offered),
        offered: round4(offered),
        quantity: need.quantity,
        unit: need.unit,
        period: need.period,
      }),
      monthsToClose: 0,
      closeBy: need.startDate,
      suggestedAction: message('action.joinCoalition', {}),
    });
  }

  const distance =
    need.maxDistanceKm !== undefined && need.maxDistanceKm > 0
      ? Math.max(0, 1 - distanceKm / need.maxDistanceKm)
      : 1 / (1 + distanceKm / config.distanceHalfScoreKm);
  if (gaps !== undefined && need.maxDistanceKm === undefined && distanceKm > config.farKm) {
    gaps.push({
      kind: 'DISTANCE',
      missing: message('gap.distance', { km: Math.round(distanceKm), farKm: config.farKm }),
      monthsToClose: 0,
      closeBy: need.startDate,
      suggestedAction: message('action.consolidateShipments', {}),
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
  out.offered = offered;
  out.offer = comparable ? offer : undefined;
  out.standsAlone = tier === TIER_ELIGIBLE && coverage >= 1 && holdsEveryAny;
  out.heldRequirements = held;
  const comp = out.components;
  comp.product = product;
  comp.capacity = round4(capacity);
  comp.compliance = round4(compliance);
  comp.distance = round4(distance);
  comp.leadTime = round4(leadTime);
  comp.trackRecord = hasRecord ? round4(trackRecord) : null;
}
